package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitBlocksTest {
  /** Chars whose low byte is an ASCII digit (they count), or digits of other scripts (not). */
  private static final char[] LOOK_ALIKES = {'\u0130', '\u0131', '\u4e30', '\u4e39', '\u0139',
      '\u00b9', '\u00b2', '\u00b3', '\uff10', '\uff19', '\u0660', '\u0669', '\u0966', '\ud835',
      '\udfce', '\u1d7d', '\u2070', '\u2079'};

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "1", "12", "a1", "1a", "abc 123 def 45", "0123456789",
      "x0123456789y", "12345678", "1234567 8", "\u0130\u4e30\u00b9\uff11\u0661 7",
      "fifteen chars 1", "sixteen chars 12", "seventeen chars 1", "7 then sixteen more chars 8",
      "no digits at all, only words and punctuation."})
  void findsTheCharsWithADigitLowByte(String text) {
    same(text);
  }

  @Test
  void findsWhatACharByCharScanFinds() {
    Gen.check("digit-blocks", 0x64696769L, 3000, r -> same(text(r, Gen.length(r, 120))));
  }

  @Test
  void blocksGoOnAcrossTheCopiedChunks() {
    // Chunks are 2048 chars, blocks 16: digits just before, at and after their edges.
    for (int at : new int[] {2040, 2046, 2047, 2048, 2049, 4095, 4096, 7, 8, 15, 16, 17}) {
      StringBuilder sb = new StringBuilder("x".repeat(at)).append("1234").append("y".repeat(9));
      sb.append("56").append("\u4e31".repeat(2100)).append('7');
      same(sb.toString());
    }
    Gen.check("digit-blocks-long", 0x6C6F6E67L, 60, r -> same(text(r, 2000 + r.nextInt(5000))));
  }

  @Test
  void anyTellsWhetherADigitLiesInARange() {
    Gen.check("digit-blocks-any", 0x616E7964L, 3000, r -> {
      String text = text(r, Gen.length(r, 60));
      DigitBlocks digits = DigitBlocks.of(text);
      int from = r.nextInt(text.length() + 2) - 1;
      int to = from + r.nextInt(40) - 3;
      boolean expected = false;
      for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
        expected |= lowDigit(text.charAt(i));
      }
      assertEquals(expected, digits.any(from, to), text + " [" + from + ", " + to + ")");
    });
  }

  @Test
  void digitBitsMarkExactlyTheDigitBytes() {
    for (int v = 0; v < 256; v++) {
      for (int lane = 0; lane < 8; lane++) {
        long x = 0x4141414141414141L & ~(0xFFL << 8 * lane) | (long) v << 8 * lane;
        long expected = v >= '0' && v <= '9' ? 0x80L << 8 * lane : 0;
        assertEquals(expected, DigitBlocks.digitBits(x), "byte " + v + " lane " + lane);
      }
    }
  }

  /** The blocks, their first and last digits and each single position agree with the text. */
  private static void same(String text) {
    DigitBlocks digits = DigitBlocks.of(text);
    List<String> expected = new ArrayList<>();
    for (int b = 0; b < text.length(); b += DigitBlocks.BLOCK) {
      int first = -1;
      int last = -1;
      for (int i = b; i < Math.min(text.length(), b + DigitBlocks.BLOCK); i++) {
        if (lowDigit(text.charAt(i))) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first >= 0) {
        expected.add(first + "-" + last);
      }
    }
    List<String> actual = new ArrayList<>();
    for (int g = 0; g < digits.count(); g++) {
      actual.add(digits.first(g) + "-" + digits.last(g));
    }
    assertEquals(expected, actual, text);
    for (int i = 0; i < text.length(); i++) {
      assertEquals(lowDigit(text.charAt(i)), digits.any(i, i + 1), text + " at " + i);
    }
  }

  private static boolean lowDigit(char c) {
    return (c & 0xFF) >= '0' && (c & 0xFF) <= '9';
  }

  private static String text(SplittableRandom r, int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      switch (r.nextInt(4)) {
        case 0 -> sb.append((char) ('0' + r.nextInt(10)));
        case 1 -> sb.append(LOOK_ALIKES[r.nextInt(LOOK_ALIKES.length)]);
        case 2 -> sb.append(Gen.anyText(r, 4));
        default -> sb.append((char) ('a' + r.nextInt(26)));
      }
    }
    return sb.toString();
  }
}
