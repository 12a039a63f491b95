package dev.veil.redact;

import java.util.List;
import java.util.Locale;

/**
 * Context words of one rule: when one of them stands as a whole word (any case) within
 * {@link #WINDOW} chars of a match, the match's score rises by the boost, capped at 1.0.
 */
final class Context {
  static final int WINDOW = 100;

  private final String[] words;
  private final double boost;

  Context(List<String> words, double boost) {
    this.words = words.stream().map(w -> w.trim().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    this.boost = boost;
  }

  /** The score of a match at {@code [start, end)} of {@code text} with base score {@code score}. */
  double score(String text, int start, int end, double score) {
    if (words.length == 0 || score >= 1.0) {
      return score;
    }
    int from = Math.max(0, start - WINDOW);
    int to = Math.min(text.length(), end + WINDOW);
    if (near(text, from, start) || near(text, end, to)) {
      return Math.min(1.0, score + boost);
    }
    return score;
  }

  private boolean near(String text, int from, int to) {
    for (String word : words) {
      int n = word.length();
      for (int i = from; i + n <= to; i++) {
        if (text.regionMatches(true, i, word, 0, n) && Bounds.wholeWord(text, i, i + n)) {
          return true;
        }
      }
    }
    return false;
  }
}
