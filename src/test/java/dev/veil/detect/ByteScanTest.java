package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testing.Gen;
import org.junit.jupiter.api.Test;

/** The eight-at-a-time tests agree with a byte-by-byte check for every byte value and place. */
class ByteScanTest {
  private static final int[][] RANGES = {{'-', ':'}, {1, 127}, {'+', 'z'}, {'0', '9'}, {127, 127}, {1, 1}};

  @Test
  void inRangeFlagsExactlyTheBytesInRange() {
    for (int[] range : RANGES) {
      for (int place = 0; place < 8; place++) {
        for (int value = 0; value < 256; value++) {
          long word = 0x2020202020202020L & ~(0xffL << (8 * place)) | ((long) value << (8 * place));
          assertEquals(naiveInRange(word, range[0], range[1]),
              ByteScan.inRange(word, range[0], range[1]), range[0] + ".." + range[1] + " " + value);
        }
      }
    }
    Gen.check("inRange on random words", 8L, 20000, r -> {
      long word = r.nextLong();
      int[] range = RANGES[r.nextInt(RANGES.length)];
      assertEquals(naiveInRange(word, range[0], range[1]), ByteScan.inRange(word, range[0], range[1]));
    });
  }

  @Test
  void allAtLeastHoldsWhenNoByteIsBelowOrAbove127() {
    Gen.check("allAtLeast", 9L, 20000, r -> {
      long word = r.nextInt(3) == 0 ? r.nextLong() : r.nextLong() & 0x7f7f7f7f7f7f7f7fL | 0x2020202020202020L;
      int lo = 1 + r.nextInt(128);
      boolean want = true;
      for (int k = 0; k < 8; k++) {
        int b = (int) (word >>> (8 * k)) & 0xff;
        want &= b >= lo && b <= 127;
      }
      assertEquals(want, ByteScan.allAtLeast(word, lo), Long.toHexString(word) + " " + lo);
    });
  }

  @Test
  void nextInRangeFindsTheFirstHit() {
    Gen.check("nextInRange", 10L, 3000, r -> {
      byte[] b = new byte[Gen.length(r, 60)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 'a' + r.nextInt(26));
      }
      int from = r.nextInt(b.length + 1);
      int want = from;
      while (want < b.length && (b[want] < '-' || b[want] > ':')) {
        want++;
      }
      assertEquals(want, ByteScan.nextInRange(b, from, '-', ':'));
    });
  }

  @Test
  void copyKeepsEveryIndexAndExactLatin1() {
    String text = "aé😀ж1\u00ff";
    byte[] b = ByteScan.bytes(text);
    assertEquals(text.length(), b.length);
    assertEquals('a', b[0]);
    assertEquals((byte) 0xe9, b[1]);
    assertEquals('1', b[5]);
    assertEquals((byte) 0xff, b[6]);
    Gen.check("bytes keep indexes", 11L, 1000, r -> {
      String any = Gen.anyText(r, 50);
      byte[] copy = ByteScan.bytes(any);
      assertEquals(any.length(), copy.length);
      for (int i = 0; i < copy.length; i++) {
        char c = any.charAt(i);
        if (c <= 0xff) {
          assertEquals((byte) c, copy[i]);
        } else {
          assertEquals('?', copy[i]);
        }
      }
    });
  }

  private static long naiveInRange(long word, int lo, int hi) {
    long mask = 0;
    for (int k = 0; k < 8; k++) {
      int b = (int) (word >>> (8 * k)) & 0xff;
      if (b >= lo && b <= hi) {
        mask |= 0x80L << (8 * k);
      }
    }
    return mask;
  }
}
