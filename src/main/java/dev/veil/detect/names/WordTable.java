package dev.veil.detect.names;

import java.util.Arrays;

/**
 * An immutable open-addressing map from case-folded words to flag bits, looked up directly over a
 * range of the input text, so a lookup costs one pass over the word and allocates nothing.
 *
 * <p>Most words are short and plain ({@code [a-z0-9'-]}, at most {@value #PACKED_MAX} chars): they
 * are also kept packed into a {@code long}, key and flags side by side in one array, so looking
 * one up reads a single slot instead of a hash, a key object and its bytes. Every packable key is
 * in the packed index, so a packable word it lacks is absent; other words use the string table.
 *
 * <p>Built once (by {@link Builder}) and then read-only, hence safe to share between threads.
 */
final class WordTable {
  /** Longest packable word: 10 chars of 6 bits. */
  static final int PACKED_MAX = 10;

  private final String[] keys;
  /** {@code keys[i].hashCode()}, read without touching the key. */
  private final int[] hashes;
  private final int[] values;
  private final int mask;
  private final int maxLength;
  /** Packed index: {@code packed[2i]} a packed key (0 = empty), {@code packed[2i + 1]} its flags. */
  private final long[] packed;
  private final int packedMask;

  private WordTable(String[] keys, int[] values, int maxLength) {
    this.keys = keys;
    this.hashes = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      hashes[i] = keys[i] == null ? 0 : keys[i].hashCode();
    }
    this.values = values;
    this.mask = keys.length - 1;
    this.maxLength = maxLength;
    this.packed = new long[2 * keys.length];
    this.packedMask = keys.length - 1;
    for (int i = 0; i < keys.length; i++) {
      long p = keys[i] == null ? 0 : pack(keys[i], 0, keys[i].length());
      if (p != 0) {
        int slot = mix(p) & packedMask;
        while (packed[2 * slot] != 0) {
          slot = (slot + 1) & packedMask;
        }
        packed[2 * slot] = p;
        packed[2 * slot + 1] = values[i];
      }
    }
  }

  /**
   * The folded word {@code text[start, end)} packed 6 bits a char, or 0 when it is longer than
   * {@value #PACKED_MAX} or has a char outside {@code [a-z0-9'-]} after folding.
   */
  static long pack(CharSequence text, int start, int end) {
    if (end - start > PACKED_MAX || end <= start) {
      return 0;
    }
    long p = 0;
    for (int i = end - 1; i >= start; i--) {
      char c = text.charAt(i);
      int code;
      if (c >= 'a' && c <= 'z') {
        code = c - 'a' + 1;
      } else if (c >= 'A' && c <= 'Z') {
        code = c - 'A' + 1;
      } else if (c >= '0' && c <= '9') {
        code = c - '0' + 27;
      } else if (c == '\'') {
        code = 37;
      } else if (c == '-') {
        code = 38;
      } else {
        return 0;
      }
      p = (p << 6) | code;
    }
    return p;
  }

  private static int mix(long p) {
    long h = p * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 43));
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
    long p = pack(text, start, end);
    if (p != 0) {
      for (int slot = mix(p) & packedMask; ; slot = (slot + 1) & packedMask) {
        long k = packed[2 * slot];
        if (k == p) {
          return (int) packed[2 * slot + 1];
        }
        if (k == 0) {
          return 0;
        }
      }
    }
    return unpacked(text, start, end);
  }

  /** The string-table lookup alone (words that do not pack, and tests of the packed index). */
  int unpacked(String text, int start, int end) {
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

  /** Every key, for tests. */
  java.util.List<String> keys() {
    return Arrays.stream(keys).filter(k -> k != null).toList();
  }

  @Override
  public String toString() {
    return "WordTable[" + Arrays.stream(keys).filter(k -> k != null).count() + " words]";
  }
}
