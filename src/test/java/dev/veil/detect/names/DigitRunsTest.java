package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitRunsTest {
  /** Chars whose low byte is an ASCII digit, or that are digits of other scripts. */
  private static final char[] LOOK_ALIKES = {'\u0130', '\u0131', '\u4e30', '\u4e39', '\u0139',
      '\u00b9', '\u00b2', '\u00b3', '\uff10', '\uff19', '\u0660', '\u0669', '\u0966', '\ud835',
      '\udfce', '\u1d7d', '\u2070', '\u2079'};

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "1", "12", "a1", "1a", "abc 123 def 45", "0123456789",
      "x0123456789y", "12345678", "1234567 8", "\u0130\u4e30\u00b9\uff11\u0661 7",
      "no digits at all, only words and punctuation."})
  void findsTheRunsOfAsciiDigits(String text) {
    assertEquals(naive(text), runs(DigitRuns.of(text)));
  }

  @Test
  void findsWhatACharByCharScanFinds() {
    Gen.check("digit-runs", 0x64696769L, 3000, r -> {
      String text = text(r, Gen.length(r, 120));
      assertEquals(naive(text), runs(DigitRuns.of(text)), text);
    });
  }

  @Test
  void runsGoOnAcrossTheCopiedChunks() {
    // Chunks are 2048 chars: runs ending, starting and crossing there.
    for (int at : new int[] {2040, 2046, 2047, 2048, 2049, 4095, 4096}) {
      StringBuilder sb = new StringBuilder("x".repeat(at)).append("1234").append("y".repeat(9));
      sb.append("56").append("\u4e30".repeat(2100)).append('7');
      String text = sb.toString();
      assertEquals(naive(text), runs(DigitRuns.of(text)), "run at " + at);
    }
    Gen.check("digit-runs-long", 0x6C6F6E67L, 60, r -> {
      String text = text(r, 2000 + r.nextInt(5000));
      assertEquals(naive(text), runs(DigitRuns.of(text)));
    });
  }

  @Test
  void anyTellsWhetherADigitLiesInARange() {
    Gen.check("digit-runs-any", 0x616E7964L, 2000, r -> {
      String text = text(r, Gen.length(r, 60));
      DigitRuns runs = DigitRuns.of(text);
      int from = r.nextInt(text.length() + 2) - 1;
      int to = from + r.nextInt(20) - 3;
      boolean expected = false;
      for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
        expected |= text.charAt(i) >= '0' && text.charAt(i) <= '9';
      }
      assertEquals(expected, runs.any(from, to), text + " [" + from + ", " + to + ")");
    });
  }

  @Test
  void digitBitsMarkExactlyTheDigitBytes() {
    for (int v = 0; v < 256; v++) {
      for (int lane = 0; lane < 8; lane++) {
        long x = 0x4141414141414141L & ~(0xFFL << 8 * lane) | (long) v << 8 * lane;
        long expected = v >= '0' && v <= '9' ? 0x80L << 8 * lane : 0;
        assertEquals(expected, DigitRuns.digitBits(x), "byte " + v + " lane " + lane);
      }
    }
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

  private static List<Integer> naive(String text) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      boolean digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
      boolean before = i > 0 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9';
      if (digit && !before) {
        out.add(i);
      }
      boolean after = i + 1 < text.length() && text.charAt(i + 1) >= '0'
          && text.charAt(i + 1) <= '9';
      if (digit && !after) {
        out.add(i + 1);
      }
    }
    return out;
  }

  private static List<Integer> runs(DigitRuns runs) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < runs.count(); r++) {
      out.add(runs.start(r));
      out.add(runs.end(r));
    }
    return out;
  }
}
