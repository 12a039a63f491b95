package dev.veil.redact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of many literal terms in one left-to-right pass (Aho-Corasick), so
 * the cost is linear in the text and flat in the number of terms. Case folding is per char
 * ({@link Character#toLowerCase(char)}), which keeps offsets equal to the input's.
 *
 * <p>Immutable after construction and safe to share between threads.
 */
final class AhoCorasick {

  /** Receives one match: the term's index in the constructor's list and its char range. */
  interface Sink {
    void match(int term, int start, int end);
  }

  private static final int[] NONE = new int[0];
  private static final int ASCII = 128;

  private final boolean ignoreCase;
  private final int[] rootAscii = new int[ASCII];
  private final char[][] keys;
  private final int[][] next;
  private final int[] fail;
  private final int[][] out;
  private final int[] lengths;

  AhoCorasick(List<String> terms, boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
    this.lengths = new int[terms.size()];
    List<Map<Character, Integer>> trie = new ArrayList<>();
    List<List<Integer>> outputs = new ArrayList<>();
    trie.add(new HashMap<>());
    outputs.add(new ArrayList<>());
    for (int t = 0; t < terms.size(); t++) {
      String term = terms.get(t);
      lengths[t] = term.length();
      int state = 0;
      for (int i = 0; i < term.length(); i++) {
        char c = fold(term.charAt(i));
        Integer child = trie.get(state).get(c);
        if (child == null) {
          child = trie.size();
          trie.get(state).put(c, child);
          trie.add(new HashMap<>());
          outputs.add(new ArrayList<>());
        }
        state = child;
      }
      if (!term.isEmpty()) {
        outputs.get(state).add(t);
      }
    }
    int n = trie.size();
    keys = new char[n][];
    next = new int[n][];
    fail = new int[n];
    out = new int[n][];
    for (int s = 0; s < n; s++) {
      Map<Character, Integer> children = trie.get(s);
      char[] k = new char[children.size()];
      int i = 0;
      for (char c : children.keySet()) {
        k[i++] = c;
      }
      Arrays.sort(k);
      int[] v = new int[k.length];
      for (i = 0; i < k.length; i++) {
        v[i] = children.get(k[i]);
      }
      keys[s] = k;
      next[s] = v;
    }
    for (int c = 0; c < ASCII; c++) {
      rootAscii[c] = child(0, (char) c);
    }
    // Breadth-first: a state's fail link is the longest proper suffix that is also a trie path.
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    List<List<Integer>> merged = new ArrayList<>(outputs);
    for (int child : next[0]) {
      fail[child] = 0;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int i = 0; i < keys[s].length; i++) {
        char c = keys[s][i];
        int child = next[s][i];
        int f = fail[s];
        while (f != 0 && child(f, c) < 0) {
          f = fail[f];
        }
        int target = child(f, c);
        fail[child] = target >= 0 && target != child ? target : 0;
        List<Integer> o = new ArrayList<>(merged.get(child));
        o.addAll(merged.get(fail[child]));
        merged.set(child, o);
        queue.add(child);
      }
    }
    for (int s = 0; s < n; s++) {
      List<Integer> o = merged.get(s);
      out[s] = o.isEmpty() ? NONE : o.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * Reports every occurrence of every term in {@code text}, overlapping ones included. At the
   * root, chars that start no term are skipped in a tight loop (most of any text).
   */
  void search(String text, Sink sink) {
    search(text, 0, text.length(), sink);
  }

  /** As {@link #search(String, Sink)}, for the occurrences within {@code [from, until)} only. */
  void search(String text, int from, int until, Sink sink) {
    int state = 0;
    int len = until;
    for (int i = from; i < len; i++) {
      char c = fold(text.charAt(i));
      if (state == 0 && c < ASCII) {
        int to = rootAscii[c];
        while (to < 0 && ++i < len) {
          c = fold(text.charAt(i));
          if (c >= ASCII) {
            break;
          }
          to = rootAscii[c];
        }
        if (i == len) {
          return;
        }
        if (c < ASCII) {
          state = to;
          report(state, i, sink);
          continue;
        }
      }
      int to;
      while (true) {
        to = state == 0 && c < ASCII ? rootAscii[c] : child(state, c);
        if (to >= 0 || state == 0) {
          break;
        }
        state = fail[state];
      }
      state = to < 0 ? 0 : to;
      report(state, i, sink);
    }
  }

  private void report(int state, int i, Sink sink) {
    for (int t : out[state]) {
      sink.match(t, i + 1 - lengths[t], i + 1);
    }
  }

  private char fold(char c) {
    if (!ignoreCase) {
      return c;
    }
    if (c < ASCII) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  private int child(int state, char c) {
    char[] k = keys[state];
    if (k.length < 8) {
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return next[state][i];
        }
      }
      return -1;
    }
    int i = Arrays.binarySearch(k, c);
    return i >= 0 ? next[state][i] : -1;
  }
}
