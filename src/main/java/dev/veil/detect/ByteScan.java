package dev.veil.detect;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Eight-chars-at-a-time tests over a byte copy of a text ({@link #bytes}), for the passes that
 * look for rare ASCII chars. Each byte stands for the char at the same index: exact for chars
 * up to U+00FF, and {@code '?'} for every char above. A pass that looks for {@code '?'} itself
 * must check its hits on the text.
 *
 * <p>Shared by the detectors of both detector packages. Stateless and thread-safe.
 */
public final class ByteScan {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  /** The high bit of every byte. */
  public static final long HIGHS = 0x8080808080808080L;

  private ByteScan() {}

  /**
   * One byte per char of {@code text}, at the same index: the char itself up to U+00FF, else
   * {@code '?'}. For a text without surrogate pairs this is the encoder's copy (which writes
   * {@code '?'} for each unmappable char); a pair would become one {@code '?'} there, so such a
   * text is mapped char by char.
   */
  public static byte[] bytes(String text) {
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    if (b.length != text.length()) {
      b = new byte[text.length()];
      for (int i = 0; i < b.length; i++) {
        char c = text.charAt(i);
        b[i] = c <= 0xff ? (byte) c : (byte) '?';
      }
    }
    return b;
  }

  /** The eight bytes at {@code i} (needs {@code i + 8 <= b.length}), byte {@code i} lowest. */
  public static long word(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /**
   * The high bit of each byte of {@code word} that lies in {@code [lo, hi]}, an ASCII range
   * with {@code 1 <= lo <= hi <= 127}; exact for every byte (no carries between bytes).
   */
  public static long inRange(long word, int lo, int hi) {
    long low7 = word & (ONES * 127);
    return (ONES * (128 + hi) - low7) & ~word & (low7 + ONES * (128 - lo)) & HIGHS;
  }

  /**
   * Whether every byte of {@code word} lies in {@code [lo, 127]}, for {@code 1 <= lo <= 128}:
   * three operations (a byte below {@code lo} borrows, a byte above 127 has its high bit set).
   */
  public static boolean allAtLeast(long word, int lo) {
    return (((word - ONES * lo) | word) & HIGHS) == 0;
  }

  /** The index of the byte whose high bit is the lowest one set in {@code mask}. */
  public static int firstByte(long mask) {
    return Long.numberOfTrailingZeros(mask) >>> 3;
  }

  /** The index of the byte whose high bit is the highest one set in {@code mask}. */
  public static int lastByte(long mask) {
    return (63 - Long.numberOfLeadingZeros(mask)) >>> 3;
  }

  /** The first index at or after {@code from} whose byte is in {@code [lo, hi]}, or the length. */
  public static int nextInRange(byte[] b, int from, int lo, int hi) {
    int i = from;
    int n = b.length;
    while (i + 16 <= n) {
      long first = inRange(word(b, i), lo, hi);
      long second = inRange(word(b, i + 8), lo, hi);
      if ((first | second) != 0) {
        return first != 0 ? i + firstByte(first) : i + 8 + firstByte(second);
      }
      i += 16;
    }
    while (i + 8 <= n) {
      long hits = inRange(word(b, i), lo, hi);
      if (hits != 0) {
        return i + firstByte(hits);
      }
      i += 8;
    }
    while (i < n && (b[i] < lo || b[i] > hi)) {
      i++;
    }
    return i;
  }
}
