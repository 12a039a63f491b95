package dev.veil.detect;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether one of a fixed set of words or phrases occurs as whole words near a span.
 *
 * <p>Matching is ASCII case-insensitive and whole-word: a phrase matches only where the chars
 * just before and after it are not letters or digits, so {@code "lic"} never matches inside
 * {@code "public"}. A phrase may contain spaces, which match one or more spaces, tabs, dashes
 * or underscores in the text ({@code "social security"} matches {@code "Social-Security"}).
 * The search window is {@link #BEFORE} chars before the span and {@link #AFTER} chars after it.
 *
 * <p>Immutable and thread-safe; the cost is linear in the window size times the word count.
 */
public final class ContextWords {

  /** How many chars before a span are searched. */
  public static final int BEFORE = 64;

  /** How many chars after a span are searched. */
  public static final int AFTER = 32;

  private static final ContextWords NONE = new ContextWords(new String[0]);

  private final String[] words;
  /** Words by their first char (ASCII), and the words starting with any other char. */
  private final String[][] byFirst = new String[128][];
  private final String[] others;

  private ContextWords(String[] words) {
    this.words = words;
    java.util.List<String> rest = new java.util.ArrayList<>();
    for (String w : words) {
      char c = w.charAt(0);
      if (c < 128) {
        String[] old = byFirst[c] == null ? new String[0] : byFirst[c];
        String[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = w;
        byFirst[c] = grown;
      } else {
        rest.add(w);
      }
    }
    this.others = rest.isEmpty() ? null : rest.toArray(new String[0]);
  }

  /** A matcher for {@code words}; each is trimmed and lower-cased; blanks are rejected. */
  public static ContextWords of(String... words) {
    String[] normalized = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String w = words[i].trim().toLowerCase(Locale.ROOT);
      if (w.isEmpty()) {
        throw new IllegalArgumentException("blank context word at index " + i);
      }
      normalized[i] = w;
    }
    return new ContextWords(normalized);
  }

  /** A matcher that never matches. */
  public static ContextWords none() {
    return NONE;
  }

  /** The normalized words, in the order given. */
  public List<String> words() {
    return List.copyOf(Arrays.asList(words));
  }

  /** True if a word occurs in the window around {@code [start, end)}. */
  public boolean near(CharSequence text, int start, int end) {
    return within(text, Math.max(0, start - BEFORE), Math.min(text.length(), end + AFTER), start, end);
  }

  /** True if a word occurs in the {@code before} chars preceding {@code start}. */
  public boolean before(CharSequence text, int start, int before) {
    return within(text, Math.max(0, start - before), start, start, start);
  }

  /** True if a word occurs whole in {@code [from, to)}, not overlapping {@code [skipFrom, skipTo)}. */
  private boolean within(CharSequence text, int from, int to, int skipFrom, int skipTo) {
    for (int i = from; i < to; i++) {
      char c = lower(text.charAt(i));
      String[] candidates = c < 128 ? byFirst[c] : others;
      if (candidates == null || (i > 0 && isWordChar(text.charAt(i - 1)) && isWordChar(c))) {
        continue; // no word starts with c, or i is inside a word
      }
      for (String w : candidates) {
        int end = matchAt(text, i, to, w);
        if (end < 0 || (i < skipTo && end > skipFrom)) {
          continue;
        }
        boolean endOk = end >= text.length() || !isWordChar(text.charAt(end))
            || !isWordChar(w.charAt(w.length() - 1));
        if (endOk) {
          return true;
        }
      }
    }
    return false;
  }

  /** Matches {@code w} at {@code i}; returns the end index or -1. */
  private static int matchAt(CharSequence text, int i, int limit, String w) {
    int p = i;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c == ' ') {
        int q = p;
        while (q < limit && isGap(text.charAt(q))) {
          q++;
        }
        if (q == p) {
          return -1;
        }
        p = q;
        continue;
      }
      if (p >= limit || lower(text.charAt(p)) != c) {
        return -1;
      }
      p++;
    }
    return p;
  }

  private static boolean isGap(char c) {
    return c == ' ' || c == '\t' || c == '-' || c == '_';
  }

  private static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /** Letters (any script) and digits are word chars; everything else separates words. */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
