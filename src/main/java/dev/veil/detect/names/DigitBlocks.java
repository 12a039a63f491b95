package dev.veil.detect.names;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Where the digits of one text are: each block of 16 chars (at a multiple of 16) holding a
 * digit, in order, with which of its chars are digits. A "digit" here is a char whose low byte
 * is an ASCII digit: every ASCII digit ({@code 0-9}), plus the rare char above U+00FF whose low
 * byte looks like one (U+4E30, U+0130); callers use digits only to decide where to look, and
 * check the chars they report. The detectors whose values all contain an ASCII digit (dates of
 * birth, document and record numbers, house numbers) look at a text only near these blocks.
 * Immutable; holds positions, never text.
 *
 * <p>Found eight chars at a time, without a branch per digit: the text is copied, a chunk at a
 * time, to the low byte of each char ({@link String#getBytes(int, int, byte[], int)}:
 * deprecated as an encoding, but it is the one bulk copy that keeps each char at its index)
 * and read as {@code long}s.
 */
final class DigitBlocks {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = ONES << 7;
  static final int BLOCK = 16;
  /** Chars copied at a time (a multiple of {@link #BLOCK}): stays in the first-level cache. */
  private static final int CHUNK = 2048;
  private static final DigitBlocks NONE = new DigitBlocks(new int[0], new long[0], 0);

  /** Start of block {@code g}. */
  private final int[] starts;
  /**
   * {@code lanes[2g]} and {@code lanes[2g + 1]}: bit 7 of byte {@code k} set when char
   * {@code k} of the first and of the second eight chars of block {@code g} is a digit.
   */
  private final long[] lanes;
  private final int count;

  private DigitBlocks(int[] starts, long[] lanes, int count) {
    this.starts = starts;
    this.lanes = lanes;
    this.count = count;
  }

  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): see the class doc
  static DigitBlocks of(String text) {
    int n = text.length();
    byte[] b = new byte[Math.min(n, CHUNK) + BLOCK];
    int[] starts = null;
    long[] lanes = null;
    int count = 0;
    for (int at = 0; at < n; at += CHUNK) {
      int len = Math.min(CHUNK, n - at);
      text.getBytes(at, at + len, b, 0);
      Arrays.fill(b, len, len + BLOCK, (byte) 0); // the last block reads past len: no digits
      for (int i = 0; i < len; i += BLOCK) {
        long low = digitBits((long) LONGS.get(b, i));
        long high = digitBits((long) LONGS.get(b, i + 8));
        if ((low | high) != 0) {
          if (starts == null) {
            starts = new int[8];
            lanes = new long[16];
          } else if (count == starts.length) {
            starts = Arrays.copyOf(starts, 2 * count);
            lanes = Arrays.copyOf(lanes, 4 * count);
          }
          starts[count] = at + i;
          lanes[2 * count] = low;
          lanes[2 * count + 1] = high;
          count++;
        }
      }
    }
    return count == 0 ? NONE : new DigitBlocks(starts, lanes, count);
  }

  /**
   * Bit 7 of each byte of the result is set when that byte of {@code x} is an ASCII digit, all
   * other bits clear. Exact per byte: no carry or borrow crosses bytes.
   */
  static long digitBits(long x) {
    long low = x & ~HIGH;
    // 0xB9 - low has bit 7 set when low <= '9'; low + 0x50 when low >= '0'; ~x when x < 0x80.
    return (0xB9 * ONES - low) & (low + 0x50 * ONES) & ~x & HIGH;
  }

  /** How many blocks hold a digit. */
  int count() {
    return count;
  }

  /** Position of the first digit of block {@code g}. */
  int first(int g) {
    long low = lanes[2 * g];
    return starts[g] + (low != 0 ? Long.numberOfTrailingZeros(low) >>> 3
        : 8 + (Long.numberOfTrailingZeros(lanes[2 * g + 1]) >>> 3));
  }

  /** Position of the last digit of block {@code g}. */
  int last(int g) {
    long high = lanes[2 * g + 1];
    return starts[g] + (high != 0 ? 15 - (Long.numberOfLeadingZeros(high) >>> 3)
        : 7 - (Long.numberOfLeadingZeros(lanes[2 * g]) >>> 3));
  }

  /** Whether a digit lies in {@code [from, to)}. */
  boolean any(int from, int to) {
    if (from >= to) {
      return false;
    }
    // The first block whose last digit is at or after from.
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (last(mid) < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo == count) {
      return false;
    }
    // Its first digit at or after from.
    int skip = Math.max(0, from - starts[lo]);
    long low = skip >= 8 ? 0 : lanes[2 * lo] & -1L << 8 * skip;
    long high = skip <= 8 ? lanes[2 * lo + 1] : lanes[2 * lo + 1] & -1L << 8 * (skip - 8);
    int at = starts[lo] + (low != 0 ? Long.numberOfTrailingZeros(low) >>> 3
        : 8 + (Long.numberOfTrailingZeros(high) >>> 3));
    return at < to;
  }
}
