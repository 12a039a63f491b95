package dev.veil.detect.builtin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitRunDetectorTest {
  private final DigitRunDetector detector = (DigitRunDetector) Found.ALL.get(2);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // cards: compact, grouped, Amex, several in a row; Luhn and issuer failures
      "4111111111111111; CREDIT_CARD=4111111111111111",
      "card 4012-8888-8888-1881 exp 12/27; CREDIT_CARD=4012-8888-8888-1881",
      "4012 8888 8888 1881 and 5555 5555 5555 4444; CREDIT_CARD=4012 8888 8888 1881|CREDIT_CARD=5555 5555 5555 4444",
      "3782 822463 10005; CREDIT_CARD=3782 822463 10005",
      "4012-8888-8888-1882; ",
      "7111111111111119; ",
      "1717171717171; ",
      "order 4012888888881881-2; ",
      "AT61 1904 3002 3457 3201 4111; ",
      // US SSN / ITIN
      "SSN 078-05-1123; US_SSN=078-05-1123",
      "078 05 1123; US_SSN=078 05 1123",
      "my ssn is 078051121; US_SSN=078051121",
      "078051121; ",
      "666-12-3456; ",
      "078-05-0000; ",
      "078-05-1123-99; ",
      "SSN 078-05-1123 1234 on file; US_SSN=078-05-1123",
      "ref 12 078-05-1123; US_SSN=078-05-1123",
      "card 4012-8888-8888-1881 2027; CREDIT_CARD=4012-8888-8888-1881",
      "4012 8888 8888 1881 2027; ",
      "box 12 4012-8888-8888-1881; CREDIT_CARD=4012-8888-8888-1881",
      "12 4012 8888 8888 1881; ",
      "911-70-1234; US_ITIN=911-70-1234",
      "911-89-1234; ",
      // ABA, NHS, SIN, Aadhaar
      "routing 0711-0130-7; ABA_ROUTING_NUMBER=0711-0130-7",
      "421042111; ",
      "NHS 401 023 2137; UK_NHS=401 023 2137",
      "401-023-2138; ",
      "1717171717; ",
      "my SIN is 130-692-544; CA_SIN=130-692-544",
      "130 692 545; ",
      "3123 4567 8909; IN_AADHAAR=3123 4567 8909",
      "1234 5678 9012; ",
      // PESEL, DE tax id, SE personnummer, FR INSEE
      "PESEL 02270803624; PL_PESEL=02270803624",
      "44051401459; ",
      "Steuer-ID 86095742719; DE_TAX_ID=86095742719",
      "11112345678; ",
      "IdNr 86 095 742 719; DE_TAX_ID=86 095 742 719",
      "19910924-2397; SE_PERSONNUMMER=19910924-2397",
      "19001309-2393; ",
      "NIR 2 55 08 14 168 025 38; FR_INSEE=2 55 08 14 168 025 38",
      "255081416802539; ",
      // passports by context only
      "passport 340020013; US_PASSPORT=340020013",
      "340020013; ",
      // ordinary numbers
      "Order #123456789012 shipped; ",
      "timestamp 1717171717123; ",
      "2024-01-15 10:30:00; ",
      "price 1,234,567.89; ",
      "v10.20.30.40; ",
  })
  void findsValidatedNumbersOnly(String text, String expected) {
    Found.assertFinds(expected, Found.by(detector, text));
  }
}
