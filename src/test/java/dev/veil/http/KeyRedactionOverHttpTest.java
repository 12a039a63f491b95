package dev.veil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.veil.testing.TestVeil;
import dev.veil.testing.WireMocks;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Personal data in object keys, through a running Veil: redacted keys upstream, or a clear 400. */
class KeyRedactionOverHttpTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static WireMockServer upstream;
  static TestVeil veil;

  @BeforeAll
  static void start() {
    upstream = WireMocks.loopback();
    veil = TestVeil.start(WireMocks.url(upstream),
        "redaction: {entities: {EMAIL_ADDRESS: {action: redact}}}\n");
  }

  @AfterAll
  static void stop() {
    veil.close();
    upstream.stop();
  }

  @BeforeEach
  void reset() {
    WireMocks.answerOk(upstream);
  }

  @Test
  void anEmailUsedAsAMetadataKeyIsRedactedBeforeItLeaves() throws Exception {
    HttpResponse<String> r = veil.postJson("/v1/chat/completions",
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"metadata\":{\"jane.roe@example.com\":\"vip\"}}");
    assertEquals(200, r.statusCode(), r.body());
    String sent = upstream.getAllServeEvents().get(0).getRequest().getBodyAsString();
    assertFalse(sent.contains("jane.roe@example.com"), sent);
    assertEquals("vip", JSON.readTree(sent).at("/metadata/[EMAIL_ADDRESS]").asText(), sent);
  }

  @Test
  void twoKeysThatWouldBecomeOneAreRefusedWith400AndNothingIsForwarded() throws Exception {
    HttpResponse<String> r = veil.postJson("/v1/chat/completions",
        "{\"model\":\"m\",\"messages\":[],\"metadata\":{\"ann.lee@example.com\":\"1\",\"bob.ray@example.com\":\"2\"}}");
    assertEquals(400, r.statusCode(), r.body());
    JsonNode e = JSON.readTree(r.body()).get("error");
    assertEquals("duplicate_key_after_redaction", e.get("code").asText());
    assertEquals("invalid_request_error", e.get("type").asText());
    assertFalse(r.body().contains("example.com"), r.body());
    assertTrue(upstream.getAllServeEvents().isEmpty(), "nothing half-sent upstream");
  }
}
