package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;
import java.util.Set;

/**
 * UK National Insurance numbers: two prefix letters (first not D F I Q U V, second not D F I O Q
 * U V, not BG GB KN NK NT TN ZZ), six digits, a suffix A-D; either case; single spaces allowed
 * after the prefix, between digit pairs and before the suffix.
 */
final class UkNinoRule implements CodeRule {
  private static final Set<String> BANNED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
  private static final ContextWords CONTEXT =
      ContextWords.of("nino", "national insurance", "ni number", "ni no", "insurance number");

  @Override
  public boolean needsDigit() {
    return false;
  }

  /** A prefix of letters only is followed by a space and a digit. */
  @Override
  public String lettersTriggers() {
    return "0123456789";
  }

  @Override
  public boolean lettersMayMatch(String text, int tokenEnd) {
    return tokenEnd + 1 < text.length() && text.charAt(tokenEnd) == ' '
        && Glue.isDigit(text.charAt(tokenEnd + 1));
  }

  @Override
  public long tokenLengths() {
    return CodeRule.lengths(2, 2) | CodeRule.lengths(8, 9);
  }

  @Override
  public void find(String text, int start, int tokenEnd, List<Span> out) {
    int len = tokenEnd - start;
    if ((len != 2 && len != 8 && len != 9) || start + 9 > text.length()) {
      return;
    }
    char a = Character.toUpperCase(text.charAt(start));
    char b = Character.toUpperCase(text.charAt(start + 1));
    int p = skipSpace(text, start + 2);
    if (!Glue.isDigit(text.charAt(p)) || !Glue.isUpper(a) || !Glue.isUpper(b)
        || "DFIQUV".indexOf(a) >= 0 || "DFIOQUV".indexOf(b) >= 0 || BANNED.contains("" + a + b)) {
      return;
    }
    for (int pair = 0; pair < 3; pair++) {
      if (pair > 0) {
        p = skipSpace(text, p);
      }
      if (p + 2 > text.length() || !Glue.isDigit(text.charAt(p)) || !Glue.isDigit(text.charAt(p + 1))) {
        return;
      }
      p += 2;
    }
    p = skipSpace(text, p);
    if (p >= text.length()) {
      return;
    }
    char suffix = Character.toUpperCase(text.charAt(p));
    int end = p + 1;
    if (suffix < 'A' || suffix > 'D' || Glue.gluedRight(text, end)) {
      return;
    }
    out.add(new Span(Entities.UK_NINO, start, end,
        Scores.boost(Scores.FORMAT, CONTEXT, text, start, end), "uk-nino"));
  }

  private static int skipSpace(String text, int p) {
    return p < text.length() && text.charAt(p) == ' ' ? p + 1 : p;
  }
}
