package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * Italian fiscal codes (codice fiscale): 16 chars, six letters, year, month letter, day (+40
 * for women), a letter and three digits for the place of birth, and a check letter; digits may
 * be replaced by the omocodia letters LMNPQRSTUV. A correct check letter scores
 * {@link Scores#VALIDATED}; the structure alone {@link Scores#PLAUSIBLE}.
 */
final class ItFiscalCodeRule implements CodeRule {
  private static final String MONTHS = "ABCDEHLMPRST";
  private static final String OMOCODIA = "LMNPQRSTUV";
  private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
      12, 14, 16, 10, 22, 25, 24, 23};
  private static final ContextWords CONTEXT =
      ContextWords.of("codice fiscale", "fiscal code", "cf", "c.f", "tax code");

  @Override
  public long tokenLengths() {
    return CodeRule.lengths(16, 16);
  }

  @Override
  public void find(String text, int start, int tokenEnd, List<Span> out) {
    if (tokenEnd - start != 16 || Glue.gluedRight(text, tokenEnd)) {
      return;
    }
    String code = text.substring(start, tokenEnd).toUpperCase(java.util.Locale.ROOT);
    for (int i = 0; i < 16; i++) {
      boolean numeric = (i >= 6 && i <= 7) || (i >= 9 && i <= 10) || (i >= 12 && i <= 14);
      char c = code.charAt(i);
      boolean ok = numeric ? Glue.isDigit(c) || OMOCODIA.indexOf(c) >= 0 : Glue.isUpper(c);
      if (!ok) {
        return;
      }
    }
    int day = value(code.charAt(9)) * 10 + value(code.charAt(10));
    if (MONTHS.indexOf(code.charAt(8)) < 0 || day < 1 || (day > 31 && day < 41) || day > 71) {
      return;
    }
    double base = checkLetter(code) == code.charAt(15) ? Scores.VALIDATED : Scores.PLAUSIBLE;
    out.add(new Span(Entities.IT_FISCAL_CODE, start, tokenEnd,
        Scores.boost(base, CONTEXT, text, start, tokenEnd), "it-fiscal-code"));
  }

  private static int value(char c) {
    return Glue.isDigit(c) ? c - '0' : OMOCODIA.indexOf(c);
  }

  static char checkLetter(String code) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = code.charAt(i);
      int v = Glue.isDigit(c) ? c - '0' : c - 'A';
      sum += i % 2 == 0 ? ODD[v] : v;
    }
    return (char) ('A' + sum % 26);
  }
}
