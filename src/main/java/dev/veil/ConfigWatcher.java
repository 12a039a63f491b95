package dev.veil;

import dev.veil.config.ConfigException;
import dev.veil.config.ConfigLoader;
import dev.veil.config.VeilConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the config file on SIGHUP and when its content changes (a mounted ConfigMap is
 * swapped by symlink, so the content is compared, not file events). A file that does not load
 * is reported in the log and a metric, and the running config stays.
 */
final class ConfigWatcher {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);

  private final ConfigLoader loader;
  private final Path file;
  private final VeilApp app;
  private byte[] lastDigest;

  ConfigWatcher(ConfigLoader loader, Path file, VeilApp app) {
    this.loader = loader;
    this.file = file;
    this.app = app;
    this.lastDigest = digest();
  }

  /** Polls the file every {@code period} and listens for SIGHUP (where the JVM allows it). */
  void start(Duration period) {
    app.every(period, this::checkForChange);
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> reload("SIGHUP"));
      if (SignalDisposition.hangupIgnored()) {
        LOG.warn("SIGHUP is ignored by this process (inherited, e.g. from nohup): reload on SIGHUP is off;"
            + " the file is still watched");
      }
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      LOG.warn("SIGHUP reload unavailable on this platform; the file is still watched");
    }
  }

  synchronized void checkForChange() {
    byte[] now = digest();
    if (now != null && !Arrays.equals(now, lastDigest)) {
      reload("file changed");
    }
  }

  /** Loads the file and hands it to Veil; returns whether it is now active. */
  synchronized boolean reload(String why) {
    lastDigest = digest();
    VeilConfig next;
    try {
      next = loader.load(file);
    } catch (ConfigException e) {
      app.reloadRejected(e);
      return false;
    }
    LOG.info("reloading config ({})", why);
    return app.reload(next);
  }

  private byte[] digest() {
    try {
      return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    } catch (IOException e) {
      return null; // a ConfigMap swap can briefly hide the file; the next poll sees it
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
