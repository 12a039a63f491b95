package dev.veil.detect.names;

import dev.veil.detect.ByteScan;

/**
 * Finds the chars of a text that may be <em>marks</em> (upper-case ASCII or non-ASCII, see
 * {@link Tokens}) eight at a time over {@link ByteScan#bytes}, which holds each char up to U+00FF
 * at its own index and {@code '?'} for any char above. So every mark shows as an upper-case
 * letter, a byte above 127 or a {@code '?'}: {@link #next} returns those positions (a superset of
 * the marks) and the caller checks each on the text.
 *
 * <p>Per call; not shared.
 */
final class MarkScan {
  private final int n;
  private final byte[] b;

  MarkScan(String text) {
    this.b = ByteScan.bytes(text);
    this.n = b.length;
  }

  /**
   * The first index at or after {@code from} whose char is upper-case ASCII or non-ASCII, or may
   * be ({@code '?'}); {@code n} when there is none.
   */
  int next(int from) {
    int i = from;
    while (i + 8 <= n) {
      long hits = candidates(ByteScan.word(b, i));
      if (hits != 0) {
        return i + ByteScan.firstByte(hits);
      }
      i += 8;
    }
    while (i < n) {
      int c = b[i] & 0xff;
      if (c >= 128 || c >= 'A' && c <= 'Z' || c == '?') {
        return i;
      }
      i++;
    }
    return n;
  }

  /** The high bit of each byte of {@code w} that is 'A'..'Z', '?' or above 127. */
  static long candidates(long w) {
    return ByteScan.inRange(w, 'A', 'Z') | ByteScan.inRange(w, '?', '?') | (w & ByteScan.HIGHS);
  }
}
