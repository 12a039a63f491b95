package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneDetectorTest {
  private final PhoneDetector detector =
      new PhoneDetector(dev.veil.config.RedactionConfig.DEFAULT_PHONE_REGIONS, 64);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "call (415) 555-0132 now; PHONE_NUMBER=(415) 555-0132",
      "+1 415 555 0132; PHONE_NUMBER=+1 415 555 0132",
      "+44 (20) 7123 4567; PHONE_NUMBER=+44 (20) 7123 4567",
      "+33 1 42 68 53 00; PHONE_NUMBER=+33 1 42 68 53 00",
      "0049 30 1234567; PHONE_NUMBER=0049 30 1234567",
      "Tel. 030 1234567; PHONE_NUMBER=030 1234567",
      "020 7123 4567; PHONE_NUMBER=020 7123 4567",
      "07911 123456; PHONE_NUMBER=07911 123456",
      "1-800-555-0199; PHONE_NUMBER=1-800-555-0199",
      "090-1234-5678; PHONE_NUMBER=090-1234-5678",
      "my phone is 4155550132; PHONE_NUMBER=4155550132",
      "one is415-555-0132; PHONE_NUMBER=415-555-0132",
      // look-alikes
      "4155550132; ",
      "order 4155550132 shipped; ",
      "Order 415-555-0132; ",
      "078-05-1123; ",
      "046 454 286; ",
      "2024-01-15; ",
      "15.01.2024 10:30; ",
      "192.168.100.200; ",
      "version 10.2.3.4567; ",
      "4012-8888-8888-1881; ",
      "card 4111 1111 1111 1111 on file; ",
      "card 3782 822463 10005; ",
      "card 4111111111111111; ",
      "AT61 1904 3002 3457 3201; ",
      "id a1b2c34155550132; ",
      "4155550132abc; ",
      "8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189; ",
  })
  void findsValidNumbers(String text, String expected) {
    Found.assertFinds(expected, Found.by(detector, text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "4111 1111 1111 1111; true",
      "4111-1111-1111-1111; true",
      "4111111111111111; true",
      "3782 822463 10005; true",
      "4111 1111 1111 1112; false", // Luhn fails
      "4111 1111-1111 1111; false", // mixed separators
      "41 1111 1111 1111 11; false", // not a card's groups
      "9111 1111 1111 1116; false", // no issuer
      "(415) 555-0132 4111; false",
  })
  void tellsCardsFromPhoneWindows(String window, boolean card) {
    org.junit.jupiter.api.Assertions.assertEquals(card,
        PhoneDetector.isCard(window, window.replaceAll("[^0-9]", "")));
  }

  @Test
  void rejectsUnknownRegion() {
    assertThrows(IllegalArgumentException.class, () -> new PhoneDetector(List.of("XX"), 1));
  }
}
