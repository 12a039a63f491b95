package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;

/**
 * The score scale shared by the built-in detectors. The redactor drops spans below its
 * per-entity minimum (0.5 by default), so a {@link #WEAK} finding is only redacted when a context
 * word is near or the user lowers the threshold.
 */
final class Scores {
  private Scores() {}

  /** A checksum or structural proof passed. */
  static final double VALIDATED = 1.0;
  /** A checksum passed, but a 1-in-10 check over a short bare digit run. */
  static final double SHORT_CHECKSUM = 0.75;
  /** A vendor-specific prefix and exact token shape. */
  static final double VENDOR_TOKEN = 0.95;
  /** A distinctive format without a checksum. */
  static final double FORMAT = 0.85;
  /** A plausible format, redacted by default. */
  static final double PLAUSIBLE = 0.6;
  /** Plausible, but common enough in ordinary numbers that it sits at the default threshold. */
  static final double BORDERLINE = 0.5;
  /** Only a shape: needs a context word to reach the default threshold. */
  static final double WEAK = 0.3;
  /** Added when a context word is near. */
  static final double CONTEXT_BOOST = 0.4;

  /** {@code base}, raised by {@link #CONTEXT_BOOST} (capped at 1) when a context word is near. */
  static double boost(double base, ContextWords context, String text, int start, int end) {
    if (base >= 1.0 || !context.near(text, start, end)) {
      return base;
    }
    return Math.min(1.0, base + CONTEXT_BOOST);
  }
}
