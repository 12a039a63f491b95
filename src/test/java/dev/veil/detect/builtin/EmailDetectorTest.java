package dev.veil.detect.builtin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailDetectorTest {
  private final EmailDetector detector = new EmailDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "write to info@presidio.site today; EMAIL_ADDRESS=info@presidio.site",
      "<jane.doe+news@mail.example.co.uk>; EMAIL_ADDRESS=jane.doe+news@mail.example.co.uk",
      "user@xn--80ak6aa92e.com; EMAIL_ADDRESS=user@xn--80ak6aa92e.com",
      "josé@correo.españa.es; EMAIL_ADDRESS=josé@correo.españa.es",
      "o'brien@example.ie; EMAIL_ADDRESS=o'brien@example.ie",
      "a@b.c; ",
      "my email is info@presidio.; ",
      "@types/node and @app.route; ",
      "icon@2x.png; ",
      "ssh user@2001:db8::1; ",
      "x..y@example.com; ",
      "no at sign here; ",
  })
  void findsAddresses(String text, String expected) {
    Found.assertFinds(expected, Found.by(detector, text));
  }
}
