package dev.veil.detect.builtin;

import dev.veil.config.RedactionConfig;
import java.util.List;

/**
 * Options for the built-in detectors.
 *
 * @param phoneRegions ISO 3166 regions whose national phone formats are recognised (numbers
 *     written with a {@code +} country code are recognised whatever this list says); not empty
 * @param phoneMaxTries upper bound on candidates libphonenumber tries per window of phone-like
 *     text (bounds the work on digit-heavy input); at least 1
 */
public record BuiltinOptions(List<String> phoneRegions, int phoneMaxTries) {

  public BuiltinOptions {
    phoneRegions = List.copyOf(phoneRegions);
    if (phoneRegions.isEmpty()) {
      throw new IllegalArgumentException("phoneRegions must not be empty");
    }
    if (phoneMaxTries < 1) {
      throw new IllegalArgumentException("phoneMaxTries must be at least 1");
    }
  }

  /** Options with {@code phoneRegions} and the default try bound. */
  public BuiltinOptions(List<String> phoneRegions) {
    this(phoneRegions, 64);
  }

  /** The default options: the default phone regions of {@code redaction.phone_regions}. */
  public static BuiltinOptions defaults() {
    return new BuiltinOptions(RedactionConfig.DEFAULT_PHONE_REGIONS);
  }
}
