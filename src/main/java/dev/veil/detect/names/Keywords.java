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
  private final String[][] byFirst = new String[128][];
  private final String[] other;

  Keywords(String... words) {
    List<List<String>> buckets = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      buckets.add(new ArrayList<>());
    }
    List<String> rest = new ArrayList<>();
    for (String w : words) {
      char c = Character.toLowerCase(w.charAt(0));
      (c < 128 ? buckets.get(c) : rest).add(w.toLowerCase(java.util.Locale.ROOT));
    }
    for (int i = 0; i < 128; i++) {
      List<String> b = buckets.get(i);
      // Longest first, so "medical record number" wins over "medical record".
      b.sort((x, y) -> y.length() - x.length());
      byFirst[i] = b.isEmpty() ? null : b.toArray(String[]::new);
    }
    rest.sort((x, y) -> y.length() - x.length());
    other = rest.toArray(String[]::new);
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
      char lc = Character.toLowerCase(c);
      String[] cands = lc < 128 ? byFirst[lc] : other;
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
