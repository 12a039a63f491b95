package dev.veil.config;

/**
 * The redaction pipeline's settings (detectors, policy, rules). Owned by the pipeline; this
 * stub is replaced as the pipeline lands.
 *
 * @param enabled whether request content is scanned at all
 */
public record RedactionConfig(Boolean enabled) {
  public RedactionConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
  }
}
