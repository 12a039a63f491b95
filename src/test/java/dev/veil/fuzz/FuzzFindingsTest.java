package dev.veil.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.VeilApp;
import dev.veil.body.BodyException;
import dev.veil.body.Pipeline;
import dev.veil.redact.Vault;
import dev.veil.testing.TestVeil;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * What the body fuzzer found, each as the smallest request that shows it, through the
 * production pipeline. A finding not fixed yet is {@code @Disabled("finding: ...")} and fails
 * when enabled; a fixed one stays as a regression test.
 */
class FuzzFindingsTest {
  private static final Pipeline PIPELINE = VeilApp.pipeline(TestVeil.config("http://127.0.0.1:9", ""));
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String redact(String route, byte[] body) {
    return new String(PIPELINE.redact(route, body, new Vault()).body(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** Fuzz seed 0x5EEDF022 case 6: a JSON-escaped lone surrogate next to PII in one string was a 500. */
  @Test
  void loneSurrogateEscapeBesidePiiIsRedactedNotA500() throws Exception {
    String out = redact("/chat/completions",
        utf8("{\"messages\":[{\"role\":\"user\",\"content\":\"\\ud800 mail jane.doe@example.com\"}]}"));
    assertFalse(out.contains("jane.doe@example.com"), out);
    String content = JSON.readTree(out).at("/messages/0/content").asText();
    assertTrue(content.startsWith("\ud800 mail <EMAIL_ADDRESS_"), content);
  }
}
