package dev.veil.detect.names;

import java.util.Arrays;

/**
 * An immutable open-addressing map from case-folded words to flag bits, looked up directly over a
 * range of the input text, so a lookup costs one hash pass and allocates nothing.
 *
 * <p>Built once (by {@link Builder}) and then read-only, hence safe to share between threads.
 */
final class WordTable {
  private final String[] keys;
  /** {@code keys[i].hashCode()}, read without touching the key. */
  private final int[] hashes;
  private final int[] values;
  private final int mask;
  private final int maxLength;

  private WordTable(String[] keys, int[] values, int maxLength) {
    this.keys = keys;
    this.hashes = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      hashes[i] = keys[i] == null ? 0 : keys[i].hashCode();
    }
    this.values = values;
    this.mask = keys.length - 1;
    this.maxLength = maxLength;
  }

  /** Case folding used for keys and lookups alike: per char, so lengths never change. */
  static String fold(CharSequence s) {
    char[] c = new char[s.length()];
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(s.charAt(i));
    }
    return new String(c);
  }

  /** Flags of the folded word {@code text[start, end)}, or 0 when absent. */
  int get(String text, int start, int end) {
    int len = end - start;
    if (len <= 0 || len > maxLength) {
      return 0;
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + lower(text.charAt(i));
    }
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return 0;
      }
      if (hashes[slot] == h && k.length() == len && same(k, text, start)) {
        return values[slot];
      }
    }
  }

  int get(String word) {
    return get(word, 0, word.length());
  }

  private static boolean same(String key, String text, int start) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != lower(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#toLowerCase(char)}, without the table lookup for ASCII. */
  private static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  /** Collects words and ORs flags of repeated words; not thread-safe. */
  static final class Builder {
    private final java.util.HashMap<String, Integer> words = new java.util.HashMap<>();

    Builder add(String word, int flags) {
      if (!word.isEmpty()) {
        words.merge(fold(word), flags, (a, b) -> a | b);
      }
      return this;
    }

    WordTable build() {
      int cap = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
      String[] keys = new String[cap];
      int[] values = new int[cap];
      int maxLength = 0;
      for (var e : words.entrySet()) {
        String k = e.getKey();
        maxLength = Math.max(maxLength, k.length());
        int slot = spread(k.hashCode()) & (cap - 1);
        while (keys[slot] != null) {
          slot = (slot + 1) & (cap - 1);
        }
        keys[slot] = k;
        values[slot] = e.getValue();
      }
      return new WordTable(keys, values, maxLength);
    }
  }

  @Override
  public String toString() {
    return "WordTable[" + Arrays.stream(keys).filter(k -> k != null).count() + " words]";
  }
}
