package dev.veil.docs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs Veil's command line in-process, as {@code java -jar veil.jar ARGS} would, with a given
 * environment. {@code Veil.run} is package-private (only {@code main}, which exits the JVM, is
 * public), so it is reached by reflection; the test classpath is not modular, so no flag is needed.
 */
final class VeilCli {
  /**
   * What one run printed and returned.
   *
   * @param status the exit status
   * @param out what went to stdout
   * @param err what went to stderr
   */
  record Result(int status, String out, String err) {}

  private VeilCli() {}

  static Result run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      Method run = dev.veil.Veil.class.getDeclaredMethod("run", String[].class, Map.class, PrintStream.class, PrintStream.class);
      run.setAccessible(true);
      int status = (Integer) run.invoke(null, args, env,
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Veil.run threw", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Veil.run(String[], Map, PrintStream, PrintStream) is gone", e);
    }
  }
}
