package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * Indian Permanent Account Numbers: five upper-case letters (the fourth a holder type from
 * ABCFGHLJPTK), four digits, a letter. A valid holder type scores {@link Scores#PLAUSIBLE},
 * any other fourth letter {@link Scores#WEAK}; a PAN word nearby raises both.
 */
final class InPanRule implements CodeRule {
  private static final ContextWords CONTEXT = ContextWords.of("pan", "pan card", "pan no",
      "permanent account number", "income tax");

  @Override
  public long tokenLengths() {
    return CodeRule.lengths(10, 10);
  }

  @Override
  public void find(String text, int start, int tokenEnd, List<Span> out) {
    if (tokenEnd - start != 10 || Glue.gluedRight(text, tokenEnd)) {
      return;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(start + i);
      boolean ok = i >= 5 && i <= 8 ? Glue.isDigit(c) : Glue.isUpper(c);
      if (!ok) {
        return;
      }
    }
    double base = "ABCFGHLJPTK".indexOf(text.charAt(start + 3)) >= 0 ? Scores.PLAUSIBLE : Scores.WEAK;
    out.add(new Span(Entities.IN_PAN, start, tokenEnd,
        Scores.boost(base, CONTEXT, text, start, tokenEnd), "in-pan"));
  }
}
