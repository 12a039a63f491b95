package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;

/**
 * US passport book numbers written as nine bare digits: only a shape, so {@link Scores#WEAK}
 * unless a passport word is near. (Letter-first numbers are in {@link PassportRule}.)
 */
final class UsPassportDigitsRule extends ShapedDigitRule {
  UsPassportDigitsRule() {
    super(Entities.US_PASSPORT, "us-passport", new int[][] {{9}}, "", PassportRule.CONTEXT);
  }

  @Override
  double score(String d, char sep) {
    return Checksums.allSame(d) || d.charAt(0) == '0' ? 0 : Scores.WEAK;
  }
}
