package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltinDetectorsTest {

  @Test
  void detectorsHaveDistinctNames() {
    List<Detector> all = BuiltinDetectors.all(BuiltinOptions.defaults());
    assertEquals(all.size(), all.stream().map(Detector::name).collect(Collectors.toSet()).size());
  }

  @Test
  void optionsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new BuiltinOptions(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new BuiltinOptions(List.of("US"), 0));
    assertThrows(IllegalArgumentException.class,
        () -> BuiltinDetectors.all(new BuiltinOptions(List.of("ZZ"))));
  }

  @Test
  void findsEachKindInOneProse() {
    String text = "Hi, I'm reachable at jane@example.org or +44 20 7123 4567. Card 4111 1111 1111 1111,"
        + " IBAN GB29 NWBK 6016 1331 9268 19, SSN 078-05-1123, server 10.1.2.3, key"
        + " sk-proj-u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d.";
    List<String> found = Found.byAll(text);
    for (String want : List.of("EMAIL_ADDRESS=jane@example.org", "PHONE_NUMBER=+44 20 7123 4567",
        "CREDIT_CARD=4111 1111 1111 1111", "IBAN_CODE=GB29 NWBK 6016 1331 9268 19",
        "US_SSN=078-05-1123", "IP_ADDRESS=10.1.2.3",
        "SECRET=sk-proj-u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d")) {
      assertTrue(found.contains(want), want + " in " + found);
    }
  }

  /** Random printable text: no exception, every span in bounds (the Span record checks order). */
  @Test
  void survivesRandomText() {
    Random random = new Random(42);
    String alphabet = "0123456789 -.:+/()@abcdefXYZ_=\"'\n%#";
    List<Detector> all = BuiltinDetectors.all(BuiltinOptions.defaults());
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (Detector d : all) {
        for (Span s : d.detect(text)) {
          assertTrue(s.end() <= text.length(), d.name());
        }
      }
    }
  }
}
