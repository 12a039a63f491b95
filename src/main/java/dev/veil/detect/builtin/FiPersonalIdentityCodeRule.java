package dev.veil.detect.builtin;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign (+ 1800s; - Y X W V U
 * 1900s; A-F 2000s), an individual number 002-999 (900+ for temporary codes) and a check char
 * {@code 0123456789ABCDEFHJKLMNPRSTUVWXY[DDMMYYNNN mod 31]}; the date must exist.
 */
final class FiPersonalIdentityCodeRule implements CodeRule {
  private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  @Override
  public long tokenLengths() {
    return CodeRule.lengths(6, 6) | CodeRule.lengths(11, 11);
  }

  @Override
  public void find(String text, int start, int tokenEnd, List<Span> out) {
    int end = start + 11;
    if (end > text.length()) {
      return;
    }
    for (int i = start; i < start + 6; i++) {
      if (!Glue.isDigit(text.charAt(i))) {
        return;
      }
    }
    char sign = text.charAt(start + 6);
    boolean separate = sign == '-' || sign == '+';
    if (separate ? tokenEnd != start + 6 : tokenEnd != end || "ABCDEFYXWVU".indexOf(sign) < 0) {
      return;
    }
    for (int i = start + 7; i < start + 10; i++) {
      if (!Glue.isDigit(text.charAt(i))) {
        return;
      }
    }
    char check = text.charAt(start + 10);
    if (Glue.gluedRight(text, end) || (end < text.length() && Glue.isAsciiAlnum(text.charAt(end)))) {
      return;
    }
    int century = sign == '+' ? 1800 : "ABCDEF".indexOf(sign) >= 0 ? 2000 : 1900;
    int year = century + Checksums.number(text, start + 4, start + 6);
    int individual = Checksums.number(text, start + 7, start + 10);
    if (!Checksums.validDate(year, Checksums.number(text, start + 2, start + 4),
        Checksums.number(text, start, start + 2)) || individual < 2) {
      return;
    }
    long number = Long.parseLong(text.substring(start, start + 6) + text.substring(start + 7, start + 10));
    if (CHECK.charAt((int) (number % 31)) == check) {
      out.add(new Span(Entities.FI_PERSONAL_IDENTITY_CODE, start, end, Scores.VALIDATED,
          "fi-personal-identity-code"));
    }
  }
}
