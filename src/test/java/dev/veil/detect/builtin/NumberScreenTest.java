package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import dev.veil.config.RedactionConfig;
import dev.veil.testing.Gen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberScreenTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** The default regions, then some that share a calling code or rewrite national digits. */
  private static final List<String> REGIONS = regions();
  private final Map<String, NumberScreen> screens = new HashMap<>();

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = ';', value = {
      "+1 555 010 0199; US; false",
      "+1 415 555 0132; US; true",
      "(415) 555-0132; US; true",
      "555 010 0199; US; false",
      "011 44 20 7123 4567; US; true",
      "0044 20 7123 4567; GB; true",
      "+44 (20) 7123 4567; US; true",
      "+54 9 11 1234 5678; US; true", // AR rewrites national digits: never screened out
      "1234567; BR; true", // so does BR
      "0000 0000; DE; false",
      "12 34 56 78; FR; false",
  })
  void screensWindows(String window, String region, boolean mayFind) {
    assertEquals(mayFind, screen(region).mayFind(window.toCharArray()));
  }

  @Test
  void neverScreensOutAWindowInWhichLibphonenumberFindsANumber() {
    int[] counts = new int[3]; // found, screened out, cases
    Gen.check("screen is exact", 21, 12_000, r -> {
      String window = alphabet(r.nextInt(4) == 0 ? PhoneTexts.text(r) : PhoneTexts.window(r));
      for (int k = 0; k < 3; k++) {
        String region = k == 0 ? "US" : Gen.oneOf(r, REGIONS);
        boolean found = UTIL.findNumbers(window, region, Leniency.VALID, 64).iterator().hasNext();
        boolean mayFind = screen(region).mayFind(window.toCharArray());
        if (found) {
          assertTrue(mayFind, () -> "screened out a window with a finding in " + region + ": " + window);
          counts[0]++;
        } else if (!mayFind) {
          counts[1]++;
        }
        counts[2]++;
      }
    });
    assertTrue(counts[0] > counts[2] / 10, "too few windows with findings: " + counts[0]);
    assertTrue(counts[1] > counts[2] / 5, "too few windows screened out: " + counts[1]);
  }

  private NumberScreen screen(String region) {
    return screens.computeIfAbsent(region, NumberScreen::new);
  }

  /** The window with every char the detector never puts in one replaced by a space. */
  private static String alphabet(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append("0123456789 -.()+/\u00a0".indexOf(c) >= 0 ? c : ' ');
    }
    return sb.toString();
  }

  private static List<String> regions() {
    List<String> out = new ArrayList<>(RedactionConfig.DEFAULT_PHONE_REGIONS);
    out.addAll(List.of("AR", "GG", "JE", "AG", "BS", "RU", "KZ", "FI", "AX", "CH", "AT", "KR", "SG",
        "ZA", "NG", "EG", "SA", "AE", "PL", "SE", "NO", "RE", "GP", "VA", "SM", "MG", "GA", "CO"));
    return List.copyOf(out);
  }
}
