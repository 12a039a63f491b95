package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.testing.Gen;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateShapeTest {
  /** The regex the phone detector used before {@link DateShape} replaced it. */
  private static final Pattern DATE = Pattern.compile(
      "\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d{1,3}(?:\\.\\d{1,3}){3}"
          + "|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2} \\d{1,2}");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "2024-01-15; true", "2024/1/5; true", "2024.12.31; true", "15.01.2024; true", "1/2/24; true",
      "1/2/2024; true", "12-31-999; true", "192.168.100.200; true", "1.2.3.4; true",
      "2024-01-15 10; true", "2024-1-1 1; true",
      "20244-01-15; false", "2024-01-155; false", "1/2/3; false", "1/2/20245; false",
      "1.2.3.4.5; false", "1234.2.3.4; false", "1.2.3-4; false", "2024-01-15  10; false",
      "2024-01-15 100; false", "15.01.2024 10; false", "2024--01-15; false", "-2024-01-15; false",
      "2024-01-15-; false", "(415) 555-0132; false", "+1 415 555 0132; false", "4155550132; false",
  })
  void readsDateShapes(String s, boolean date) {
    assertEquals(date, DateShape.matches(s.toCharArray(), 0, s.length()));
    assertEquals(date, DATE.matcher(s).matches());
  }

  @Test
  void agreesWithTheRegexOnPhoneLikeRuns() {
    Gen.check("date shape = regex", 31, 200_000, r -> {
      String s = r.nextInt(3) == 0 ? PhoneTexts.window(r) : shaped(r);
      int from = s.isEmpty() ? 0 : r.nextInt(Math.min(3, s.length() + 1));
      char[] padded = ("x" + s + "y").toCharArray();
      assertEquals(DATE.matcher(s.substring(from)).matches(),
          DateShape.matches(padded, 1 + from, 1 + s.length()), s);
    });
  }

  /** Up to five groups of 1..5 digits joined by date and phone separators. */
  private static String shaped(java.util.SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    for (int g = 1 + r.nextInt(5); g > 0; g--) {
      for (int d = 1 + r.nextInt(5); d > 0; d--) {
        sb.append((char) ('0' + r.nextInt(10)));
      }
      if (g > 1) {
        sb.append(Gen.oneOf(r, "-", ".", "/", " ", ".", "-", "+", "(", "  ", "\u00a0"));
      }
    }
    return sb.toString();
  }
}
