package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.testing.Gen;
import org.junit.jupiter.api.Test;

/** {@link MarkScan} finds every mark: the same first candidate as a char-by-char reading. */
class TokensMarkScanTest {
  @Test
  void everyByteValueInEveryLane() {
    for (int v = 0; v < 256; v++) {
      boolean want = v >= 128 || v >= 'A' && v <= 'Z' || v == '?';
      for (int lane = 0; lane < 8; lane++) {
        long w = 0x6161616161616161L & ~(0xffL << (8 * lane)) | (long) v << (8 * lane);
        long hits = MarkScan.candidates(w);
        assertEquals(want ? 0x80L << (8 * lane) : 0, hits, "byte " + v + " lane " + lane);
      }
    }
  }

  @Test
  void nextAgreesWithACharByCharReading() {
    Gen.check("mark scan", 0x3A5CL, 3000, r -> {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(Gen.oneOf(r, "a", "z", "b", " ", ".", "?", "A", "Z", "@", "[", "`", "{", "\u007f",
            "\u0080", "é", "\u00ff", "\u0100", "\u0161", "\u4e00", "\ud83d\ude00", "x", "y", "q"));
      }
      String s = sb.toString();
      MarkScan scan = new MarkScan(s);
      for (int from = 0; from <= s.length(); from++) {
        int want = from;
        while (want < s.length() && !(s.charAt(want) >= 128 || s.charAt(want) >= 'A'
            && s.charAt(want) <= 'Z')) {
          want++;
        }
        int got = scan.next(from);
        while (got < s.length() && s.charAt(got) == '?') {
          got = scan.next(got + 1); // a '?' is a candidate the caller rules out
        }
        assertEquals(want, got, "from " + from);
      }
    });
  }
}
