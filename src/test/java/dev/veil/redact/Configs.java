package dev.veil.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.veil.config.ConfigLoader;
import dev.veil.config.RedactionConfig;
import dev.veil.config.VeilConfig;
import java.util.Map;

/** Test configs written as YAML and bound by the real {@link ConfigLoader}. */
public final class Configs {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Binds a whole veil.yaml given as text (validation included). */
  public static VeilConfig veil(String yaml) {
    try {
      JsonNode tree = YAML.readTree(yaml.isBlank() ? "{}" : yaml);
      return new ConfigLoader(Map.of()).bind(tree);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("bad test YAML", e);
    }
  }

  /** Binds a {@code redaction:} section given as the YAML under it (indented by the caller or not). */
  public static RedactionConfig redaction(String yamlUnderRedaction) {
    String indented = yamlUnderRedaction.lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
    return veil("redaction:\n" + (yamlUnderRedaction.isBlank() ? "  enabled: true\n" : indented)).redaction();
  }

  /** A config with a fixed key, so tokens are reproducible. */
  public static RedactionConfig keyed(String yamlUnderRedaction) {
    return redaction("key: test-key-0123456789abcdef\n" + yamlUnderRedaction);
  }

  private Configs() {}
}
