package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;

/**
 * UK NHS numbers: ten digits, 3-3-4 with spaces or dashes or compact, modulus-11 check digit.
 * A compact number in the range of current Unix timestamps scores only {@link Scores#WEAK}.
 */
final class UkNhsRule extends ShapedDigitRule {
  private static final int[] WEIGHTS = {10, 9, 8, 7, 6, 5, 4, 3, 2};

  UkNhsRule() {
    super(Entities.UK_NHS, "uk-nhs", new int[][] {{3, 3, 4}, {10}}, " -",
        ContextWords.of("nhs", "nhs number", "health service", "chi number", "patient"));
  }

  @Override
  double score(String d, char sep) {
    if (Checksums.allSame(d)) {
      return 0;
    }
    int check = 11 - Checksums.weighted(d, WEIGHTS) % 11;
    if (check == 11) {
      check = 0;
    }
    if (check == 10 || check != d.charAt(9) - '0') {
      return 0;
    }
    if (sep != 0) {
      return Scores.VALIDATED;
    }
    long value = Long.parseLong(d);
    return value >= 1_000_000_000L && value < 2_100_000_000L ? Scores.WEAK : Scores.SHORT_CHECKSUM;
  }
}
