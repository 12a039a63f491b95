package dev.veil.detect.builtin;

import dev.veil.detect.Span;
import java.util.List;

/** Finds one kind of alphanumeric code starting at a token; stateless and thread-safe. */
interface CodeRule {

  /**
   * Tries a match starting at {@code start}, the start of an ASCII letters-and-digits token
   * {@code [start, tokenEnd)} that is not glued to a longer identifier on its left. The rule
   * checks its own right boundary.
   */
  void find(String text, int start, int tokenEnd, List<Span> out);

  /**
   * The token lengths this rule can start at, as a bit mask (bit {@code n} for length n, bit 63
   * for 63 and longer); the detector calls {@link #find} only for those.
   */
  long tokenLengths();

  /** Bit mask of the lengths {@code from..to} (inclusive, {@code to} at most 63). */
  static long lengths(int from, int to) {
    long mask = 0;
    for (int n = from; n <= to; n++) {
      mask |= 1L << n;
    }
    return mask;
  }

  /** False for rules whose first token may be letters only (the detector skips such tokens). */
  default boolean needsDigit() {
    return true;
  }

  /**
   * For a rule whose {@link #needsDigit} is false: the chars one of which stands at
   * {@code tokenEnd} or {@code tokenEnd + 1} whenever {@link #find} matches at a token of
   * letters only. The detector tries letters-only tokens only next to such a char, so prose
   * words cost nothing; a rule that cannot promise this must return null (the detector then
   * refuses it).
   */
  default String lettersTriggers() {
    return null;
  }

  /**
   * For a rule whose {@link #needsDigit} is false: a cheap necessary condition, judged on the
   * chars from {@code tokenEnd} on, for {@link #find} to match at a token of letters only that
   * ends there. False means {@code find} would add nothing there. The default, true, is safe.
   */
  default boolean lettersMayMatch(String text, int tokenEnd) {
    return true;
  }
}
