package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;

/**
 * ABA routing transit numbers: nine digits (or 4-4-1 with dashes) with a Federal Reserve prefix
 * (00-12, 21-32, 61-72, 80) and the 3-7-1 weighted checksum.
 */
final class AbaRoutingRule extends ShapedDigitRule {
  private static final int[] WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7, 1};

  AbaRoutingRule() {
    super(Entities.ABA_ROUTING_NUMBER, "aba-routing", new int[][] {{4, 4, 1}, {9}}, "-",
        ContextWords.of("routing", "aba", "rtn", "transit", "bank", "wire", "ach"));
  }

  @Override
  double score(String d, char sep) {
    int prefix = Checksums.number(d, 0, 2);
    boolean knownPrefix = prefix <= 12 || (prefix >= 21 && prefix <= 32)
        || (prefix >= 61 && prefix <= 72) || prefix == 80;
    if (!knownPrefix || Checksums.allSame(d) || Checksums.weighted(d, WEIGHTS) % 10 != 0) {
      return 0;
    }
    return sep == 0 ? Scores.SHORT_CHECKSUM : Scores.VALIDATED;
  }
}
