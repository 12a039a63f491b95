package dev.veil.detect.names;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Finds the chars of a text that may be <em>marks</em> (upper-case ASCII or non-ASCII, see
 * {@link Tokens}) eight at a time over a Latin-1 byte copy. The copy holds each char up to U+00FF
 * at its own index and {@code '?'} for any char above, so every mark shows as an upper-case
 * letter, a byte above 127 or a {@code '?'}: {@link #next} returns those positions (a superset of
 * the marks) and the caller checks each on the text. A text with surrogate pairs (whose copy is
 * shorter) is read char by char instead.
 *
 * <p>Per call; not shared.
 */
final class MarkScan {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = ONES << 7;

  private final String text;
  private final int n;
  /** The Latin-1 copy, or null to read the text char by char. */
  private final byte[] b;

  MarkScan(String text) {
    this.text = text;
    this.n = text.length();
    byte[] copy = text.getBytes(StandardCharsets.ISO_8859_1); // a surrogate pair gives one '?'
    this.b = copy.length == n ? copy : null;
  }

  /**
   * The first index at or after {@code from} whose char is upper-case ASCII or non-ASCII, or may
   * be ({@code '?'}); {@code n} when there is none.
   */
  int next(int from) {
    int i = from;
    byte[] b = this.b;
    if (b == null) {
      while (i < n) {
        char c = text.charAt(i);
        if (c >= 128 || (char) (c - 'A') < 26) {
          return i;
        }
        i++;
      }
      return n;
    }
    while (i + 8 <= n) {
      long w = (long) LONGS.get(b, i);
      long hits = candidates(w);
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
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
    long low7 = w & (ONES * 127);
    long upper = (ONES * (128 + 'Z') - low7) & (low7 + ONES * (128 - 'A'));
    long quest = (ONES * (128 + '?') - low7) & (low7 + ONES * (128 - '?'));
    return (upper | quest | w) & HIGHS;
  }
}
