package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * Passport numbers that are only a shape: UK (two letters and seven digits) and US (one letter
 * and eight digits). They score {@link Scores#WEAK} and reach the default threshold only with a
 * passport word nearby.
 */
final class PassportRule implements CodeRule {
  static final ContextWords CONTEXT = ContextWords.of("passport", "passports", "passport no",
      "passport number", "passport#", "travel document", "pasaporte", "passeport", "reisepass");

  @Override
  public long tokenLengths() {
    return CodeRule.lengths(9, 9);
  }

  @Override
  public void find(String text, int start, int tokenEnd, List<Span> out) {
    if (tokenEnd - start != 9 || Glue.gluedRight(text, tokenEnd)) {
      return;
    }
    int letters = 0;
    while (letters < 3 && Character.isLetter(text.charAt(start + letters))) {
      letters++;
    }
    if (letters != 1 && letters != 2) {
      return;
    }
    for (int i = start + letters; i < tokenEnd; i++) {
      if (!Glue.isDigit(text.charAt(i))) {
        return;
      }
    }
    if (Checksums.allSame(text.substring(start + letters, tokenEnd))) {
      return;
    }
    String entity = letters == 2 ? Entities.UK_PASSPORT : Entities.US_PASSPORT;
    out.add(new Span(entity, start, tokenEnd,
        Scores.boost(Scores.WEAK, CONTEXT, text, start, tokenEnd),
        letters == 2 ? "uk-passport" : "us-passport"));
  }
}
