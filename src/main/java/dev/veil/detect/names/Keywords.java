package dev.veil.detect.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds context keywords as whole words, case-insensitively ("lic" never matches inside
 * "public"). Keywords may contain spaces and punctuation ("date of birth", "d.o.b"). A keyword
 * is tried only at a word start (a letter after a non-letter-or-digit), against the keywords
 * whose first two folded chars are the word's, longest first; the scan goes on at the end of
 * each match. Immutable and thread-safe.
 *
 * <p>The scan reads the text in a {@code char[]} and, where the chars are ASCII, rules a
 * position out with one table lookup on its first three chars; the rest (a possible keyword,
 * or non-ASCII chars) takes the exact path, whose final word is
 * {@link String#regionMatches(boolean, int, String, int, int)}. {@link #endsNear} scans only
 * the parts of a text before digits, restarting between two chars that are in no keyword one
 * after the other: no match spans them, so the full scan examines the second too.
 */
final class Keywords {
  private static final boolean[] ASCII_ALNUM = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_ALNUM[c] = (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
    }
  }

  /** Keywords by their first two folded chars (both ASCII); others in {@link #other}. */
  private final String[][] byFirst = new String[128 * 128][];
  private final String[] other;
  /**
   * For ASCII chars {@code c} (a letter), {@code d} and {@code e} as they appear in the text:
   * bit {@code e & 63} of {@code third[(c << 7 | d) << 1 | e >>> 6]} is set when a keyword of
   * the bucket of {@code c d} is two chars long or its third char matches {@code e}.
   */
  private final long[] third = new long[128 * 128 * 2];
  /**
   * For ASCII chars {@code a} and {@code b}, at {@code a << 7 | b}: whether some keyword has two
   * chars in a row that match them (case-insensitively). No match spans two chars that are not.
   */
  private final boolean[] joined = new boolean[128 * 128];
  private final int longest;

  Keywords(String... words) {
    java.util.Map<Integer, List<String>> buckets = new java.util.HashMap<>();
    List<String> rest = new ArrayList<>();
    int max = 0;
    for (String w : words) {
      String k = w.toLowerCase(java.util.Locale.ROOT);
      max = Math.max(max, k.length());
      int key = key(lower(k.charAt(0)), k.length() > 1 ? lower(k.charAt(1)) : ' ');
      if (key < 0) {
        rest.add(k);
      } else {
        buckets.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
      }
    }
    longest = max;
    buckets.forEach((key, b) -> {
      // Longest first, so "medical record number" wins over "medical record".
      b.sort((x, y) -> y.length() - x.length());
      byFirst[key] = b.toArray(String[]::new);
    });
    rest.sort((x, y) -> y.length() - x.length());
    other = rest.toArray(String[]::new);
    for (char c = 'A'; c <= 'z'; c++) {
      for (char d = 0; d < 128; d++) {
        String[] b = byFirst[key(lower(c), lower(d))];
        if (b == null || !isLetter(c)) {
          continue;
        }
        for (String k : b) {
          for (char e = 0; e < 128; e++) {
            if (k.length() < 3 || sameIgnoringCase(e, k.charAt(2))) {
              third[(c << 7 | d) << 1 | e >>> 6] |= 1L << e;
            }
          }
        }
      }
    }
    for (String w : words) {
      String k = w.toLowerCase(java.util.Locale.ROOT);
      for (int q = 0; q + 1 < k.length(); q++) {
        for (char a = 0; a < 128; a++) {
          for (char b = 0; b < 128; b++) {
            joined[a << 7 | b] |= sameIgnoringCase(a, k.charAt(q))
                && sameIgnoringCase(b, k.charAt(q + 1));
          }
        }
      }
    }
  }

  /** Whether {@code a} and {@code b} match in a case-insensitive regionMatches. */
  private static boolean sameIgnoringCase(char a, char b) {
    return String.valueOf(a).regionMatches(true, 0, String.valueOf(b), 0, 1);
  }

  /** Bucket of two folded chars, or -1 when either is not ASCII. */
  private static int key(char a, char b) {
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
    return c < 128 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c);
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** Ends (exclusive) of every keyword match in {@code text}, in order. */
  int[] ends(String text) {
    Ends out = new Ends();
    scan(text, 0, text.length(), out);
    return out.toArray();
  }

  /**
   * The ends {@code e} of {@link #ends(String)} that have a digit of {@code digits} (those of
   * {@code text}) in {@code [e, e + within)}, in order; the text far from digits is not
   * scanned.
   */
  int[] endsNear(String text, DigitBlocks digits, int within) {
    Ends out = new Ends();
    int next = 0; // the next position the full scan examines, once scanned up to it
    for (int g = 0; g < digits.count(); g++) {
      // A match ending in (d - within, d], for a digit d of the block, starts in
      // [first - within - longest + 1, last).
      int from = Math.max(0, digits.first(g) - within - longest + 1);
      if (from > next) {
        while (from > next && spanned(text.charAt(from - 1), text.charAt(from))) {
          from--;
        }
        next = from;
      }
      int to = digits.last(g);
      if (next < to) {
        next = scan(text, next, to, out);
      }
    }
    int kept = 0;
    for (int k = 0; k < out.size; k++) {
      int e = out.values[k];
      if (digits.any(e, e + within)) {
        out.values[kept++] = e;
      }
    }
    out.size = kept;
    return out.toArray();
  }

  /** Whether a match may span {@code a} followed by {@code b}. */
  private boolean spanned(char a, char b) {
    return (a | b) >= 128 || joined[a << 7 | b];
  }

  /**
   * Examines the positions {@code [from, to)} as the full scan does, adding match ends to
   * {@code out}; {@code from} must be a position the full scan examines (0, a match end, or a
   * position no match spans across). Returns the next position to examine.
   */
  private int scan(String text, int from, int to, Ends out) {
    int off = from - 1; // b[x] is text[off + x]
    char[] b = out.window.load(text, from, to, 2);
    long[] third = this.third;
    int j = from;
    while (true) {
      j = next(b, j - off, to - off, third) + off;
      if (j >= to) {
        return j;
      }
      char c = b[j - off];
      char d = b[j - off + 1];
      String[] cands = null;
      if (isLetter(c) && !isLetterOrDigit(b[j - off - 1])) {
        int key = key(lower(c), lower(d));
        cands = key < 0 ? other : byFirst[key];
      }
      int e = cands == null ? -1 : match(text, j, cands);
      if (e < 0) {
        j++;
      } else {
        out.add(e);
        j = e;
      }
    }
  }

  /**
   * The first {@code x} in {@code [from, to)} whose chars {@code b[x - 1 .. x + 2]} are not all
   * ASCII or may start a keyword at a word start; {@code max(from, to)} when there is none.
   */
  private static int next(char[] b, int from, int to, long[] third) {
    if (from >= to) {
      return from; // a match ran past to
    }
    // Each char is read once: the four of position x slide along.
    char c = b[from - 1];
    char d = b[from];
    char e = b[from + 1];
    for (int x = from; x < to; x++) {
      char p = c;
      c = d;
      d = e;
      e = b[x + 2];
      if ((p | c | d | e) >= 128
          || (third[(c << 7 | d) << 1 | e >>> 6] & 1L << e) != 0 && !ASCII_ALNUM[p]) {
        return x;
      }
    }
    return to;
  }

  /** End of the longest keyword of {@code cands} matching whole at word start {@code i}, or -1. */
  private static int match(String text, int i, String[] cands) {
    int n = text.length();
    for (String k : cands) {
      int len = k.length();
      int e = i + len;
      if (e <= n && mayMatch(text, i, k) && text.regionMatches(true, i, k, 0, len)
          && (e == n || !isLetterOrDigit(text.charAt(e))
          || !isLetterOrDigit(k.charAt(len - 1)))) {
        return e;
      }
    }
    return -1;
  }

  /**
   * False only when {@code k} surely does not match at {@code text[i]}: two ASCII chars differ
   * after ASCII folding (for ASCII, exactly what case-insensitive regionMatches compares).
   */
  private static boolean mayMatch(String text, int i, String k) {
    for (int q = 2; q < k.length(); q++) {
      char t = text.charAt(i + q);
      char kc = k.charAt(q);
      if (t != kc && (t | kc) < 128 && lower(t) != lower(kc)) {
        return false;
      }
    }
    return true;
  }

  /** The match ends found so far, and the scan's copy of the text, for one call. */
  private static final class Ends {
    int[] values = new int[4];
    int size;
    final TextWindow window = new TextWindow();

    void add(int e) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = e;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
