package dev.veil;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.body.Pipeline;
import dev.veil.redact.Configs;
import dev.veil.redact.Vault;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code redaction.phone_regions} decides which national formats the phone detector reads. */
class PhoneRegionsTest {
  static final String SWEDISH_MOBILE = "070-123 45 67";
  static final String INTERNATIONAL = "+46 70 123 45 67";

  static String forwarded(String yaml, String text) {
    Pipeline pipeline = VeilApp.pipeline(Configs.veil(yaml));
    String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}";
    return new String(pipeline.redact("/chat/completions", body.getBytes(StandardCharsets.UTF_8), new Vault()).body(),
        StandardCharsets.UTF_8);
  }

  @Test
  void aNationalNumberOfAConfiguredRegionIsFound() {
    String text = "please call me on " + SWEDISH_MOBILE + " tomorrow";
    assertTrue(forwarded("redaction: {phone_regions: [US]}", text).contains(SWEDISH_MOBILE), "not a US number");
    assertFalse(forwarded("redaction: {phone_regions: [US, SE]}", text).contains(SWEDISH_MOBILE));
    assertFalse(forwarded("", text).contains(SWEDISH_MOBILE), "valid national in IT, NL, AU, which are defaults");
  }

  @Test
  void aNumberWithItsCountryCodeIsFoundWhateverTheRegions() {
    String text = "please call me on " + INTERNATIONAL + " tomorrow";
    assertFalse(forwarded("", text).contains(INTERNATIONAL));
    assertFalse(forwarded("redaction: {phone_regions: [JP]}", text).contains(INTERNATIONAL));
  }
}
