package dev.veil.detect.builtin;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * Spanish NIF (DNI: 7-8 digits and a check letter) and NIE (X, Y or Z, seven digits and a
 * check letter), with an optional dash before the letter, either case. The letter is
 * {@code TRWAGMYFPDXBNJZSQVHLCKE[number mod 23]}, X/Y/Z counting as 0/1/2.
 */
final class EsNifNieRule implements CodeRule {
  private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  @Override
  public long tokenLengths() {
    return CodeRule.lengths(7, 9);
  }

  @Override
  public void find(String text, int start, int tokenEnd, List<Span> out) {
    char first = Character.toUpperCase(text.charAt(start));
    boolean nie = first == 'X' || first == 'Y' || first == 'Z';
    int digitsFrom = nie ? start + 1 : start;
    int p = digitsFrom;
    while (p < tokenEnd && Glue.isDigit(text.charAt(p))) {
      p++;
    }
    int count = p - digitsFrom;
    if (nie ? count != 7 : count < 7 || count > 8) {
      return;
    }
    int letterAt;
    if (p == tokenEnd - 1) {
      letterAt = p;
    } else if (p == tokenEnd && p + 2 <= text.length() && text.charAt(p) == '-'
        && Glue.isAsciiAlnum(text.charAt(p + 1))
        && (p + 2 == text.length() || !Glue.isAsciiAlnum(text.charAt(p + 2)))) {
      letterAt = p + 1;
    } else {
      return;
    }
    char letter = Character.toUpperCase(text.charAt(letterAt));
    int end = letterAt + 1;
    if (!Glue.isUpper(letter) || Glue.gluedRight(text, end)) {
      return;
    }
    int number = Checksums.number(text, digitsFrom, p);
    if (nie) {
      number += (first - 'X') * 10_000_000;
    }
    if (LETTERS.charAt(number % 23) == letter) {
      String entity = nie ? Entities.ES_NIE : Entities.ES_NIF;
      out.add(new Span(entity, start, end, Scores.VALIDATED, nie ? "es-nie" : "es-nif"));
    }
  }
}
