package dev.veil.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Keeps a metric label's values bounded: a value must look like an identifier of the expected
 * shape, and only the first {@code max} distinct values are kept; everything else is "other".
 * So a client cannot grow the metrics without bound or smuggle text into a label.
 */
final class BoundedLabels {
  private final Pattern shape;
  private final int max;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  BoundedLabels(Pattern shape, int max) {
    this.shape = shape;
    this.max = max;
  }

  String of(String value) {
    if (value == null || value.isEmpty()) {
      return "none";
    }
    if (seen.contains(value)) {
      return value; // admitted before, so it has the shape: no regex per request
    }
    if (value.length() > 64 || !shape.matcher(value).matches()) {
      return "other";
    }
    if (seen.size() >= max) {
      return "other";
    }
    seen.add(value);
    return value;
  }
}
