package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;

/**
 * French social security numbers (NIR / INSEE): 13 digits and a 2-digit key equal to
 * 97 - (number mod 97), compact or written 1 22 22 22 333 333 22. Sex digit 1, 2, 3, 4, 7 or 8;
 * month 01-12 or one of the special 20-42 / 50-99 codes. Corsican departments (2A/2B) are not
 * matched.
 */
final class FrInseeRule extends ShapedDigitRule {
  FrInseeRule() {
    super(Entities.FR_INSEE, "fr-insee",
        new int[][] {{1, 2, 2, 2, 3, 3, 2}, {13, 2}, {15}}, " ",
        ContextWords.of("insee", "nir", "sécurité sociale", "securite sociale", "numéro de sécu"));
  }

  @Override
  double score(String d, char sep) {
    char sex = d.charAt(0);
    int month = Checksums.number(d, 3, 5);
    if ("123478".indexOf(sex) < 0 || month == 0 || (month > 12 && month < 20)
        || (month > 42 && month < 50)) {
      return 0;
    }
    long number = Long.parseLong(d.substring(0, 13));
    int key = Checksums.number(d, 13, 15);
    return 97 - number % 97 == key ? Scores.VALIDATED : 0;
  }
}
