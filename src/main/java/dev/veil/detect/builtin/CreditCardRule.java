package dev.veil.detect.builtin;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * Payment card numbers: 13..19 digits, compact or in groups of four (Amex/Diners 4-6-5 and
 * 4-6-4) joined by spaces or dashes, Luhn-valid, with a known issuer prefix and a length that
 * issuer uses. Cards written one after another are each found.
 */
final class CreditCardRule implements DigitRule {
  static final String NAME = "credit-card";

  @Override
  public void find(DigitRun run, List<Span> out) {
    int lastCard = -2;
    int g = 0;
    while (g < run.count) {
      int k = window(run, g);
      if (k > 0 && leftOk(run, g, lastCard) && rightOk(run, g + k - 1, k)) {
        out.add(new Span(Entities.CREDIT_CARD, run.starts[g], run.ends[g + k - 1],
            Scores.VALIDATED, NAME));
        lastCard = g + k - 1;
        g += k;
      } else {
        g++;
      }
    }
  }

  /** The group count of a valid card starting at group {@code g}, or 0. */
  static int window(DigitRun run, int g) {
    int len = run.len(g);
    if (len >= 13 && len <= 19) {
      return valid(run.digits(g, 1)) ? 1 : 0;
    }
    if (len != 4 || g + 1 >= run.count) {
      return 0;
    }
    char sep = run.seps[g];
    if (sep != ' ' && sep != '-') {
      return 0;
    }
    if (run.shaped(g, 4, 6, 5) || run.shaped(g, 4, 6, 4)) {
      return run.separator(g, 3, " -") == sep && valid(run.digits(g, 3)) ? 3 : 0;
    }
    // 4-4-4-x: fours, then a last group of 1..4, 13..19 digits in all; longest first.
    int fours = 1;
    while (g + fours < run.count && run.len(g + fours) == 4 && run.seps[g + fours - 1] == sep
        && fours < 4) {
      fours++;
    }
    for (int k = Math.min(fours + 1, 5); k >= 3; k--) {
      if (g + k > run.count || run.len(g + k - 1) > 4 || run.separator(g, k, " -") != sep) {
        continue;
      }
      int digits = run.digitCount(g, k);
      if (digits >= 13 && digits <= 19 && valid(run.digits(g, k))) {
        return k;
      }
    }
    return 0;
  }

  private static boolean leftOk(DigitRun run, int g, int lastCard) {
    if (g == 0) {
      return !run.gluedLeft;
    }
    if (run.seps[g - 1] != ' ') {
      return false;
    }
    return g - 1 == lastCard || (run.len(g) >= 13 && !(g - 1 == 0 && run.gluedLeft))
        || (g + 1 < run.count && run.seps[g] == '-'); // grouped with dashes: a token of its own
  }

  private static boolean rightOk(DigitRun run, int last, int k) {
    if (last == run.count - 1) {
      return !run.gluedRight;
    }
    if (run.seps[last] != ' ') {
      return false;
    }
    // A card grouped with dashes is a token of its own; one grouped with spaces may only be
    // followed by another card, or it could be part of a longer spaced number.
    return k == 1 || run.seps[last - 1] == '-' || window(run, last + 1) > 0;
  }

  /** Luhn plus a known issuer prefix for this length. */
  static boolean valid(String d) {
    return knownIssuer(d) && !Checksums.allSame(d) && Checksums.luhn(d);
  }

  static boolean knownIssuer(String d) {
    int n = d.length();
    int p2 = Checksums.number(d, 0, 2);
    int p4 = Checksums.number(d, 0, 4);
    switch (d.charAt(0)) {
      case '1':
        return n == 15; // UATP
      case '2':
        return (p4 >= 2221 && p4 <= 2720 && n == 16) || (p4 >= 2200 && p4 <= 2204 && n >= 16);
      case '3':
        if (p2 == 34 || p2 == 37) {
          return n == 15;
        }
        if (p2 == 35) {
          return n >= 16;
        }
        return (p2 == 30 || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14;
      case '4':
        return n == 13 || n == 16 || n == 19;
      case '5':
        return p2 >= 51 && p2 <= 55 ? n == 16 : n >= 13;
      case '6':
        return n >= 13;
      default:
        return false;
    }
  }
}
