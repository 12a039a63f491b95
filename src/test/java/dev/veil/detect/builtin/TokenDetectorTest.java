package dev.veil.detect.builtin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenDetectorTest {
  private final TokenDetector detector = (TokenDetector) Found.ALL.get(3);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // IBAN: compact, grouped with spaces or dashes, stops at the country length
      "GB29NWBK60161331926819; IBAN_CODE=GB29NWBK60161331926819",
      "IBAN: DE89 3704 0044 0532 0130 00.; IBAN_CODE=DE89 3704 0044 0532 0130 00",
      "AL47-2121-1009-0000-0002-3569-8741; IBAN_CODE=AL47-2121-1009-0000-0002-3569-8741",
      "VG96 VPVG 0000 0123 4567 8901 X; IBAN_CODE=VG96 VPVG 0000 0123 4567 8901",
      "DE89 3704 0044 0532 0130 01; ",
      "gb29nwbk60161331926819; ",
      "XGB29NWBK60161331926819; ",
      "GB29NWBK601613319268190; ",
      // Spanish NIF / NIE
      "DNI 12345678Z; ES_NIF=12345678Z",
      "55555555-K; ES_NIF=55555555-K",
      "12345678A; ",
      "NIE X9613851N; ES_NIE=X9613851N",
      "Y8063915-Z; ES_NIE=Y8063915-Z",
      "Y8063915Q; ",
      // Italian fiscal code
      "CF RSSMRA85T10A562S; IT_FISCAL_CODE=RSSMRA85T10A562S",
      "A55AAA00B11C333N; ",
      // UK NINO
      "AB 12 34 56 C; UK_NINO=AB 12 34 56 C",
      "tw987654a; UK_NINO=tw987654a",
      "QQ 12 34 56 C; ",
      "AB 12 34 56 E; ",
      // passports need context
      "passport no AB1234567; UK_PASSPORT=AB1234567",
      "AB1234567; ",
      "my passport: A12803456; US_PASSPORT=A12803456",
      // Indian PAN
      "PAN ABCPD1234Z; IN_PAN=ABCPD1234Z",
      "ABCPD1234Z; IN_PAN=ABCPD1234Z",
      "ABCD1234; ",
      // Finnish HETU, glued to a word too
      "131052-308T; FI_PERSONAL_IDENTITY_CODE=131052-308T",
      "id code is010594Y9032.; FI_PERSONAL_IDENTITY_CODE=010594Y9032",
      "131052/308T; ",
      "310289-211C; ",
      // crypto
      "send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2; CRYPTO=1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
      "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq; CRYPTO=bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
      "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr; ",
      "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3; ",
      "wallet 0x52908400098527886E0F7030069857D2E4169EE7; CRYPTO=0x52908400098527886E0F7030069857D2E4169EE7",
      // MAC
      "MAC 00:1A:2B:3C:4D:5E; MAC_ADDRESS=00:1A:2B:3C:4D:5E",
      "0012.3456.789a; MAC_ADDRESS=0012.3456.789a",
      "FF:FF:FF:FF:FF:FF; ",
      "00:1A:2B:3C:4D:5E:6F; ",
      "10:2F:33-AC-29-C3; ",
      // ids that must stay
      "chatcmpl-9AbCdEf1234567890GhIjKlMnOpQr; ",
      "call_AB12345678cdEFghIJ; ",
      "550e8400-e29b-41d4-a716-446655440000; ",
  })
  void findsValidatedCodesOnly(String text, String expected) {
    Found.assertFinds(expected, Found.by(detector, text));
  }
}
