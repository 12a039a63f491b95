package dev.veil.config;

/**
 * A configuration that cannot be used. The message names the YAML key path and what is wrong,
 * in one line, and never quotes a configured value (keys and secrets live in config).
 */
public final class ConfigException extends RuntimeException {
  private final String path;

  public ConfigException(String path, String problem) {
    super(path + ": " + problem, null, false, false);
    this.path = path;
  }

  public String path() {
    return path;
  }
}
