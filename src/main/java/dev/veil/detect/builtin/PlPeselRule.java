package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;

/**
 * Polish PESEL numbers: eleven digits, a valid birth date (the month carries the century:
 * +80 for 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s) and the 1-3-7-9 check digit.
 */
final class PlPeselRule extends ShapedDigitRule {
  private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

  PlPeselRule() {
    super(Entities.PL_PESEL, "pl-pesel", new int[][] {{11}}, "", ContextWords.of("pesel"));
  }

  @Override
  double score(String d, char sep) {
    int check = (10 - Checksums.weighted(d, WEIGHTS) % 10) % 10;
    if (check != d.charAt(10) - '0') {
      return 0;
    }
    int yy = Checksums.number(d, 0, 2);
    int mm = Checksums.number(d, 2, 4);
    int dd = Checksums.number(d, 4, 6);
    int century = mm > 80 ? 1800 : mm > 60 ? 2200 : mm > 40 ? 2100 : mm > 20 ? 2000 : 1900;
    int month = mm % 20;
    return Checksums.validDate(century + yy, month, dd) ? Scores.VALIDATED : 0;
  }
}
