package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;

/**
 * Swedish personal identity numbers: YYMMDD-NNNC (a plus for people over 100), YYYYMMDD-NNNC or
 * the same compact; a valid date (day + 60 for a co-ordination number) and a Luhn check over the
 * ten-digit form. Ten bare digits score {@link Scores#SHORT_CHECKSUM}, as do twelve bare digits
 * that also read as a timestamp.
 */
final class SePersonnummerRule extends ShapedDigitRule {
  SePersonnummerRule() {
    super(Entities.SE_PERSONNUMMER, "se-personnummer",
        new int[][] {{6, 4}, {8, 4}, {12}, {10}}, "-+",
        ContextWords.of("personnummer", "pnr", "samordningsnummer", "personal identity number"));
  }

  @Override
  double score(String d, char sep) {
    boolean full = d.length() == 12;
    if (full && sep == '+') {
      return 0;
    }
    String core = full ? d.substring(2) : d;
    int year = full ? Checksums.number(d, 0, 4) : 2000 + Checksums.number(d, 0, 2);
    if (full && (year < 1800 || year > 2099)) {
      return 0;
    }
    int month = Checksums.number(core, 2, 4);
    int day = Checksums.number(core, 4, 6);
    if (day > 60) {
      day -= 60;
    }
    if (!Checksums.validDate(year, month, day) && !(month == 2 && day == 29)) {
      return 0;
    }
    if (!Checksums.luhn(core)) {
      return 0;
    }
    if (sep == 0 && (!full || Timestamps.compactDateTime(d))) {
      return Scores.SHORT_CHECKSUM;
    }
    return Scores.VALIDATED;
  }
}
