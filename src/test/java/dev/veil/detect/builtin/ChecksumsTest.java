package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksumsTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "luhn, 4111111111111111, true",
      "luhn, 4111111111111112, false",
      "luhn, 79927398713, true",
      "luhn, 12a4, false",
      "iban, GB82WEST12345698765432, true",
      "iban, GB82WEST12345698765433, false",
      "iban, gb82west12345698765432, false",
      "verhoeff, 2363, true",
      "verhoeff, 2364, false",
      "verhoeff, 312345678909, true",
      "iso7064, 86095742719, true",
      "iso7064, 86095742718, false",
  })
  void checks(String algorithm, String value, boolean expected) {
    boolean actual = switch (algorithm) {
      case "luhn" -> Checksums.luhn(value);
      case "iban" -> Checksums.ibanMod97(value);
      case "verhoeff" -> Checksums.verhoeff(value);
      default -> Checksums.iso7064Mod11x10(value);
    };
    assertEquals(expected, actual);
  }

  @ParameterizedTest(name = "{0}-{1}-{2}")
  @CsvSource({"2024, 2, 29, true", "2023, 2, 29, false", "1900, 2, 29, false", "2000, 2, 29, true",
      "2024, 4, 31, false", "2024, 13, 1, false", "2024, 1, 0, false"})
  void dates(int y, int m, int d, boolean expected) {
    assertEquals(expected, Checksums.validDate(y, m, d));
  }
}
