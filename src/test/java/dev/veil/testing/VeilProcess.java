package dev.veil.testing;

import dev.veil.SignalDisposition;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Veil as a separate JVM, the way it runs in production, with its working directory, temp
 * directory, stdout and stderr all captured under one folder, so a test can read everything the
 * process wrote.
 */
public final class VeilProcess implements AutoCloseable {
  private final Process process;
  private final Path dir;
  private final int port;
  private final int adminPort;

  private VeilProcess(Process process, Path dir, int port, int adminPort) {
    this.process = process;
    this.dir = dir;
    this.port = port;
    this.adminPort = adminPort;
  }

  /** Starts Veil on {@code configYaml} (written into the work folder) and waits until it is ready. */
  public static VeilProcess start(Path dir, String configYaml, Map<String, String> env) throws IOException, InterruptedException {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path config = work.resolve("veil.yaml");
    Files.writeString(config, configYaml);
    int port = freePort();
    int adminPort = freePort();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>();
    if (SignalDisposition.hangupIgnored()) {
      // Ignored signals are inherited (nohup, some CI runners): give Veil the default back, as a
      // service manager would, so the SIGHUP reload can be tested.
      cmd.addAll(List.of("env", "--default-signal=HUP"));
    }
    cmd.addAll(List.of(java, "-Djava.io.tmpdir=" + tmp, "-XX:-UsePerfData",
        "-cp", System.getProperty("java.class.path"), "dev.veil.Veil", "--config", config.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile())
        .redirectOutput(dir.resolve("stdout.log").toFile()).redirectError(dir.resolve("stderr.log").toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("VEIL_") || k.equals("OPENAI_API_KEY"));
    pb.environment().putAll(env);
    pb.environment().put("VEIL_PORT", Integer.toString(port));
    pb.environment().put("VEIL_ADMIN_PORT", Integer.toString(adminPort));
    Process p = pb.start();
    VeilProcess veil = new VeilProcess(p, dir, port, adminPort);
    veil.awaitReady(Duration.ofSeconds(60));
    return veil;
  }

  private void awaitReady(Duration max) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("veil exited with " + process.exitValue() + ": " + Files.readString(dir.resolve("stderr.log")));
      }
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IOException("veil did not start in time");
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  public long pid() {
    return process.pid();
  }

  public int port() {
    return port;
  }

  public int adminPort() {
    return adminPort;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public Path dir() {
    return dir;
  }

  /** SIGTERM, then wait for the graceful exit. */
  public int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }
}
