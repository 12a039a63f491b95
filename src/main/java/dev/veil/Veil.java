package dev.veil;

import dev.veil.config.ConfigException;
import dev.veil.config.ConfigLoader;
import dev.veil.config.VeilConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Command line entry: {@code java -jar veil.jar [--config FILE]} serves;
 * {@code --check-config [FILE]} validates and exits 0 or 1.
 */
public final class Veil {

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /** Runs a command; returns the exit status, or blocks serving until shutdown. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("redact")) {
      return redact(args, env, out, err);
    }
    String configFile = null;
    boolean check = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--check-config" -> {
          check = true;
          if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
            configFile = args[++i];
          }
        }
        case "--config" -> {
          if (i + 1 >= args.length) {
            err.println("veil: --config needs a file");
            return 2;
          }
          configFile = args[++i];
        }
        case "--help", "-h" -> {
          out.println("usage: java -jar veil.jar [--config FILE] | --check-config [FILE] | redact [--config FILE] [--route R] [--show-values] < input");
          return 0;
        }
        case "--version" -> {
          out.println("veil " + version());
          return 0;
        }
        default -> {
          err.println("veil: unknown argument (see --help)");
          return 2;
        }
      }
    }
    ConfigLoader loader = new ConfigLoader(env);
    Path path = loader.resolve(configFile);
    VeilConfig config;
    try {
      config = loader.load(path);
      VeilApp.pipeline(config); // builds the rules and checks their examples
    } catch (ConfigException e) {
      err.println("veil: config error in " + (path == null ? "embedded default" : path) + ": " + e.getMessage());
      return 1;
    }
    if (check) {
      out.println("veil: config OK (" + (path == null ? "embedded default" : path) + ")");
      return 0;
    }
    VeilApp app;
    try {
      app = VeilApp.start(config, env);
    } catch (RuntimeException e) {
      boolean bind = e.getClass().getSimpleName().contains("Bind");
      err.println("veil: cannot start: " + (bind
          ? "a port is in use (server.port " + config.server().port() + ", admin.port " + config.admin().port() + ")"
          : e.getClass().getSimpleName()));
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.shutdown();
      // Stopping the logging context writes out the audit lines still buffered.
      if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logs) {
        logs.stop();
      }
    }, "veil-shutdown"));
    if (path != null) {
      new ConfigWatcher(loader, path, app).start(java.time.Duration.ofSeconds(2));
    }
    org.slf4j.LoggerFactory.getLogger(Veil.class)
        .info("veil {} listening on {} (admin {}), upstream {}", version(), app.port(), app.adminPort(),
            config.upstream().managedKey() ? "managed-key" : "pass-through");
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** {@code redact}: previews what the configured pipeline does to text or a request body on stdin. */
  private static int redact(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    String configFile = null;
    for (int i = 0; i + 1 < rest.length; i++) {
      if (rest[i].equals("--config")) {
        configFile = rest[i + 1];
      }
    }
    ConfigLoader loader = new ConfigLoader(env);
    Path path = loader.resolve(configFile);
    dev.veil.body.Pipeline pipeline;
    try {
      pipeline = VeilApp.pipeline(loader.load(path));
    } catch (ConfigException e) {
      err.println("veil: config error in " + (path == null ? "embedded default" : path) + ": " + e.getMessage());
      return 1;
    }
    return dev.veil.cli.RedactCommand.run(rest, System.in, out, err, pipeline);
  }

  static String version() {
    String v = Veil.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  private Veil() {}
}
