package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;

/**
 * Canadian Social Insurance Numbers: nine digits, 3-3-3 with spaces or dashes, Luhn-valid, not
 * starting with 0 or 8. Nine bare digits score {@link Scores#WEAK} without context.
 */
final class CaSinRule extends ShapedDigitRule {
  CaSinRule() {
    super(Entities.CA_SIN, "ca-sin", new int[][] {{3, 3, 3}, {9}}, " -",
        ContextWords.of("sin", "social insurance", "nas", "assurance sociale"));
  }

  @Override
  double score(String d, char sep) {
    char first = d.charAt(0);
    if (first == '0' || first == '8' || Checksums.allSame(d) || !Checksums.luhn(d)) {
      return 0;
    }
    return sep == 0 ? Scores.WEAK : Scores.VALIDATED;
  }
}
