package dev.veil.redact;

import java.util.List;

/**
 * One redacted string.
 *
 * @param text the string with every finding replaced per policy (unchanged in dry-run mode)
 * @param counts findings per entity type and action
 * @param findings each finding's position and action, without values
 */
public record Redacted(String text, RedactionCounts counts, List<Finding> findings) {
  @Override
  public String toString() {
    return "Redacted[" + counts.header() + "]";
  }
}
