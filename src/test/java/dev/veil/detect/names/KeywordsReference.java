package dev.veil.detect.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test oracle: {@link Keywords} as it was before its char-table scan (a word-by-word scan with
 * {@code charAt} and {@code regionMatches}), kept unchanged so differential tests can compare.
 *
 * <p>Finds context keywords as whole words, case-insensitively ("lic" never matches inside
 * "public"). Keywords may contain spaces and punctuation ("date of birth", "d.o.b"). Candidate
 * keywords are indexed by their first letter, so a scan only compares at word starts.
 * Immutable and thread-safe.
 */
final class KeywordsReference {
  /** Keywords by their first two folded chars (ASCII letters); others in {@link #other}. */
  private final String[][] byFirst = new String[128 * 128][];
  private final String[] other;

  KeywordsReference(String... words) {
    java.util.Map<Integer, List<String>> buckets = new java.util.HashMap<>();
    List<String> rest = new ArrayList<>();
    for (String w : words) {
      String k = w.toLowerCase(java.util.Locale.ROOT);
      int key = key(k, 0, k.length());
      if (key < 0) {
        rest.add(k);
      } else {
        buckets.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
      }
    }
    buckets.forEach((key, b) -> {
      // Longest first, so "medical record number" wins over "medical record".
      b.sort((x, y) -> y.length() - x.length());
      byFirst[key] = b.toArray(String[]::new);
    });
    rest.sort((x, y) -> y.length() - x.length());
    other = rest.toArray(String[]::new);
  }

  /** Bucket of the two chars at {@code i}, or -1 when either is not ASCII. */
  private static int key(CharSequence s, int i, int len) {
    char a = lower(s.charAt(i));
    char b = i + 1 < len ? lower(s.charAt(i + 1)) : ' ';
    return a < 128 && b < 128 ? a * 128 + b : -1;
  }

  /** {@link Character#toLowerCase(char)}, without the table lookup for ASCII. */
  private static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * Ends (exclusive) of every keyword match in {@code text}, in order. Only word starts (a
   * letter after a non-letter-or-digit) are tried; the rest of a word is skipped at once.
   */
  int[] ends(String text) {
    int[] out = new int[4];
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      if (c < 128 ? (c | 0x20) < 'a' || (c | 0x20) > 'z' : !Character.isLetter(c)) {
        if (isLetterOrDigit(c)) {
          i = wordEnd(text, i, len); // a digit: the letters glued to it start no word
        } else {
          i++;
        }
        continue;
      }
      // A word start: the char before is not a letter or digit (every run of them is skipped whole).
      int e = match(text, i, len);
      if (e >= 0) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = e;
        i = e;
        continue;
      }
      i = wordEnd(text, i, len);
    }
    return Arrays.copyOf(out, n);
  }

  private static int wordEnd(String text, int i, int len) {
    do {
      i++;
    } while (i < len && isLetterOrDigit(text.charAt(i)));
    return i;
  }

  /** End of the longest keyword matching whole at word start {@code i}, or -1. */
  private int match(String text, int i, int len) {
    int key = key(text, i, len);
    String[] cands = key < 0 ? other : byFirst[key];
    if (cands == null) {
      return -1;
    }
    for (String k : cands) {
      int e = i + k.length();
      if (e <= len && text.regionMatches(true, i, k, 0, k.length())
          && (e == len || !isLetterOrDigit(text.charAt(e))
          || !isLetterOrDigit(k.charAt(k.length() - 1)))) {
        return e;
      }
    }
    return -1;
  }
}
