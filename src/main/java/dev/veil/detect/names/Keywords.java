package dev.veil.detect.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds context keywords as whole words, case-insensitively ("lic" never matches inside
 * "public"). Keywords may contain spaces and punctuation ("date of birth", "d.o.b"). Candidate
 * keywords are indexed by their first letter, so a scan only compares at word starts.
 * Immutable and thread-safe.
 */
final class Keywords {
  /** Keywords by their first two folded chars (ASCII letters); others in {@link #other}. */
  private final String[][] byFirst = new String[128 * 128][];
  private final String[] other;

  Keywords(String... words) {
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
    char a = Character.toLowerCase(s.charAt(i));
    char b = i + 1 < len ? Character.toLowerCase(s.charAt(i + 1)) : ' ';
    return a < 128 && b < 128 ? a * 128 + b : -1;
  }

  /** Ends (exclusive) of every keyword match in {@code text}, in order. */
  int[] ends(String text) {
    int[] out = new int[4];
    int n = 0;
    int len = text.length();
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      int key = key(text, i, len);
      String[] cands = key < 0 ? other : byFirst[key];
      if (cands == null) {
        continue;
      }
      for (String k : cands) {
        int e = i + k.length();
        if (e <= len && text.regionMatches(true, i, k, 0, k.length())
            && (e == len || !Character.isLetterOrDigit(text.charAt(e))
            || !Character.isLetterOrDigit(k.charAt(k.length() - 1)))) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = e;
          i = e - 1;
          break;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }
}
