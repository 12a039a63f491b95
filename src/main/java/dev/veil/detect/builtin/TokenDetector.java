package dev.veil.detect.builtin;

import dev.veil.detect.ByteScan;
import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds alphanumeric codes (IBANs, tax codes, passport numbers, wallet addresses, MAC addresses)
 * in one pass: each {@link CodeRule} is tried at the start of every ASCII letter-and-digit token
 * it may match (by length) that is not glued to a longer identifier. A token such as
 * {@code is030594W903B} (a lower-case word glued to a code) is also tried from its first digit.
 *
 * <p>The pass only stops at trigger chars: digits (every token with a digit is found from its
 * first digit) and the {@link CodeRule#lettersTriggers} of the rules that accept tokens of
 * letters only (such a token is tried when a trigger stands right after it or one char later).
 * It skips eight chars at a time ({@link ByteScan}) over chars outside the triggers' range, so
 * prose costs a fraction of a nanosecond per char.
 *
 * <p>Stateless and thread-safe; linear in the text length.
 */
final class TokenDetector implements Detector {
  /** For each token length (63 = 63 and longer): the rules that may start there. */
  private final CodeRule[][] byLength = new CodeRule[64][];
  /** The same for tokens of letters only: the rules that do not need a digit. */
  private final CodeRule[][] lettersByLength = new CodeRule[64][];
  /** For each trigger char: the rules that do not need a digit and named it. */
  private final CodeRule[][] lettersRulesByTrigger = new CodeRule[128][];
  /** ASCII chars where the pass stops: digits and the rules' letters triggers. */
  private final boolean[] trigger = new boolean[128];
  /** The smallest and largest trigger, for the eight-at-a-time skip. */
  private final int low;
  private final int high;

  TokenDetector(List<CodeRule> rules) {
    for (int len = 0; len < 64; len++) {
      long bit = 1L << len;
      byLength[len] = rules.stream().filter(r -> (r.tokenLengths() & bit) != 0)
          .toArray(CodeRule[]::new);
      lettersByLength[len] = rules.stream()
          .filter(r -> (r.tokenLengths() & bit) != 0 && !r.needsDigit())
          .toArray(CodeRule[]::new);
    }
    for (char c = '0'; c <= '9'; c++) {
      trigger[c] = true;
    }
    for (CodeRule rule : rules) {
      if (rule.needsDigit()) {
        continue;
      }
      String chars = rule.lettersTriggers();
      if (chars == null || chars.isEmpty()) {
        throw new IllegalArgumentException(
            "a code rule that takes letters only must name its triggers: " + rule.getClass().getSimpleName());
      }
      for (char c : chars.toCharArray()) {
        if (c >= 128 || Glue.isAsciiAlnum(c) && !Glue.isDigit(c)) {
          throw new IllegalArgumentException(
              "letters triggers must be ASCII digits or punctuation: " + rule.getClass().getSimpleName());
        }
        trigger[c] = true;
      }
    }
    for (int c = 0; c < 128; c++) {
      char t = (char) c;
      lettersRulesByTrigger[c] = rules.stream()
          .filter(r -> !r.needsDigit() && r.lettersTriggers().indexOf(t) >= 0)
          .toArray(CodeRule[]::new);
    }
    int lo = 127;
    int hi = 1;
    for (int c = 1; c < 128; c++) {
      if (trigger[c]) {
        lo = Math.min(lo, c);
        hi = Math.max(hi, c);
      }
    }
    low = lo;
    high = hi;
  }

  @Override
  public String name() {
    return "code-ids";
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    byte[] bytes = ByteScan.bytes(text);
    int done = 0; // end of the last token tried; tokens are tried in order, once each
    int i = 0;
    while ((i = ByteScan.nextInRange(bytes, i, low, high)) < n) {
      char c = text.charAt(i);
      if (c >= 128 || !trigger[c]) {
        i++;
        continue;
      }
      if (lettersRulesByTrigger[c].length > 0) {
        done = lettersBefore(text, i, lettersRulesByTrigger[c], done, out);
      }
      if (!Glue.isDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (start > 0 && isLetter(text.charAt(start - 1))) {
        start--;
      }
      int end = i + 1;
      while (end < n && Glue.isAsciiAlnum(text.charAt(end))) {
        end++;
      }
      withDigit(text, start, i, end, out);
      done = end;
      i = end;
    }
    return out;
  }

  /** An ASCII letter; one unsigned compare. */
  private static boolean isLetter(char c) {
    return (char) ((c | 0x20) - 'a') < 26;
  }

  /**
   * Tries the letters-only token that ends at {@code at} or {@code at - 1} (before the trigger
   * at {@code at}, named by {@code gates}), unless it ends at or before {@code done} or no
   * gate's {@link CodeRule#lettersMayMatch} passes there; returns the new {@code done}.
   */
  private int lettersBefore(String text, int at, CodeRule[] gates, int done, List<Span> out) {
    int end = at;
    if (!mayEndLetters(text, end, gates, done)) {
      end = at - 1;
      if (!mayEndLetters(text, end, gates, done)) {
        return done;
      }
    }
    int start = end - 1;
    while (start > 0 && isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start > 0 && Glue.isDigit(text.charAt(start - 1))) {
      return done; // not letters only: tried from its first digit
    }
    CodeRule[] rules = lettersByLength[Math.min(end - start, 63)];
    if (rules.length > 0 && !Glue.gluedLeft(text, start)) {
      for (CodeRule rule : rules) {
        rule.find(text, start, end, out);
      }
    }
    return end;
  }

  /** Whether a letters-only token may end at {@code end}, after {@code done}, and be matched. */
  private static boolean mayEndLetters(String text, int end, CodeRule[] gates, int done) {
    if (end <= done || end < 1 || !isLetter(text.charAt(end - 1))
        || Glue.isAsciiAlnum(text.charAt(end))) {
      return false;
    }
    for (CodeRule rule : gates) {
      if (rule.lettersMayMatch(text, end)) {
        return true;
      }
    }
    return false;
  }

  private void withDigit(String text, int start, int firstDigit, int end, List<Span> out) {
    CodeRule[] rules = byLength[Math.min(end - start, 63)];
    if (rules.length > 0 && !Glue.gluedLeft(text, start)) {
      for (CodeRule rule : rules) {
        rule.find(text, start, end, out);
      }
    }
    if (firstDigit > start + 1) {
      rules = byLength[Math.min(end - firstDigit, 63)];
      if (rules.length > 0 && Glue.afterLowerWord(text, firstDigit)) {
        for (CodeRule rule : rules) {
          rule.find(text, firstDigit, end, out);
        }
      }
    }
  }
}
