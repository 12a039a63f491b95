package dev.veil.detect.names;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The runs of ASCII digits ({@code 0-9}) of one text, in order. The detectors whose values all
 * contain a digit (dates of birth, document and record numbers, house numbers) look at a text
 * only near these runs. Immutable; holds positions, never text.
 *
 * <p>Found eight chars at a time: the text is copied, a chunk at a time, to the low byte of each
 * char ({@link String#getBytes(int, int, byte[], int)}: deprecated as an encoding, but it is
 * the one bulk copy that keeps each char at its index), read as {@code long}s, and each byte
 * that looks like a digit is checked against its char.
 */
final class DigitRuns {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = ONES << 7;

  /** {@code bounds[2r]} start and {@code bounds[2r + 1]} end (exclusive) of run {@code r}. */
  private final int[] bounds;
  private final int count;

  private DigitRuns(int[] bounds, int count) {
    this.bounds = bounds;
    this.count = count;
  }

  /** Chars copied at a time: small enough to stay in the first-level cache. */
  private static final int CHUNK = 2048;

  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): see the class doc
  static DigitRuns of(String text) {
    int n = text.length();
    byte[] b = new byte[Math.min(n, CHUNK)];
    Builder runs = new Builder();
    for (int at = 0; at < n; at += CHUNK) {
      int len = Math.min(CHUNK, n - at);
      text.getBytes(at, at + len, b, 0);
      int i = 0;
      // Sixteen chars a step, one branch: digits are rare in most text.
      for (; i <= len - 16; i += 16) {
        long low = digitBits((long) LONGS.get(b, i));
        long high = digitBits((long) LONGS.get(b, i + 8));
        if ((low | high) != 0) {
          runs.addAll(text, at + i, low);
          runs.addAll(text, at + i + 8, high);
        }
      }
      for (; i <= len - 8; i += 8) {
        runs.addAll(text, at + i, digitBits((long) LONGS.get(b, i)));
      }
      for (; i < len; i++) {
        if (b[i] >= '0' && b[i] <= '9') {
          runs.add(text, at + i);
        }
      }
    }
    return new DigitRuns(runs.bounds, runs.count);
  }

  /** Collects runs from candidate positions in increasing order. */
  private static final class Builder {
    int[] bounds = new int[8];
    int count;

    /** Adds the positions {@code at + lane} of the lanes marked in {@code bits}. */
    void addAll(String text, int at, long bits) {
      while (bits != 0) {
        add(text, at + (Long.numberOfTrailingZeros(bits) >>> 3));
        bits &= bits - 1;
      }
    }

    /** Adds {@code k} if the char there is an ASCII digit (its low byte alone may only look so). */
    void add(String text, int k) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return;
      }
      if (count > 0 && bounds[2 * count - 1] == k) {
        bounds[2 * count - 1] = k + 1;
        return;
      }
      if (2 * count == bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * count] = k;
      bounds[2 * count + 1] = k + 1;
      count++;
    }
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

  int count() {
    return count;
  }

  int start(int r) {
    return bounds[2 * r];
  }

  int end(int r) {
    return bounds[2 * r + 1];
  }

  /** Whether an ASCII digit lies in {@code [from, to)}. */
  boolean any(int from, int to) {
    // The first run ending after from.
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[2 * mid + 1] <= from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < count && bounds[2 * lo] < to && from < to;
  }
}
