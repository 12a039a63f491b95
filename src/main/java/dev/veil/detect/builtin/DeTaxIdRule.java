package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;

/**
 * German tax identification numbers (Steuer-IdNr): eleven digits, compact or written
 * {@code 12 345 678 903}, no leading zero; among the
 * first ten at most one digit occurs more than once, at most three times and not three in a
 * row (issued numbers have exactly one such digit; all-distinct test numbers are accepted too);
 * ISO 7064 MOD 11,10 check digit.
 */
final class DeTaxIdRule extends ShapedDigitRule {
  DeTaxIdRule() {
    super(Entities.DE_TAX_ID, "de-tax-id", new int[][] {{11}, {2, 3, 3, 3}}, " ",
        ContextWords.of("steuer-id", "steuerid", "idnr", "steuer idnr", "steuernummer",
            "identifikationsnummer", "steueridentifikationsnummer", "tax id"));
  }

  @Override
  double score(String d, char sep) {
    if (d.charAt(0) == '0' || !repeatRule(d) || !Checksums.iso7064Mod11x10(d)) {
      return 0;
    }
    return Scores.VALIDATED;
  }

  static boolean repeatRule(String d) {
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      counts[d.charAt(i) - '0']++;
    }
    int repeated = -1;
    for (int digit = 0; digit < 10; digit++) {
      if (counts[digit] > 3 || (counts[digit] > 1 && repeated >= 0)) {
        return false;
      }
      if (counts[digit] > 1) {
        repeated = digit;
      }
    }
    if (repeated >= 0 && counts[repeated] == 3) {
      char r = (char) ('0' + repeated);
      for (int i = 0; i + 2 < 10; i++) {
        if (d.charAt(i) == r && d.charAt(i + 1) == r && d.charAt(i + 2) == r) {
          return false;
        }
      }
    }
    return true;
  }
}
