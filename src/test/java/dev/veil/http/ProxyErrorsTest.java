package dev.veil.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.veil.testing.RefusedPort;
import dev.veil.testing.TestVeil;
import dev.veil.testing.WireMocks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error mapping, limits, compression and timeouts, each in OpenAI's error shape. */
class ProxyErrorsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static WireMockServer upstream;
  static TestVeil veil;

  @BeforeAll
  static void start() {
    upstream = WireMocks.loopback();
    veil = TestVeil.start(WireMocks.url(upstream), "limits: {max_body_bytes: 4096}\n");
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

  static JsonNode error(HttpResponse<String> r, int status) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    JsonNode e = JSON.readTree(r.body()).get("error");
    assertTrue(e.get("message").isTextual());
    assertTrue(e.get("type").isTextual());
    assertTrue(e.has("param"));
    assertTrue(e.has("code"));
    return e;
  }

  @Test
  void malformedJsonIs400AndNothingGoesUpstream() throws IOException {
    JsonNode e = error(veil.postJson("/v1/chat/completions", "{\"model\": \"gpt\", \"messages\": [ CANARY-8841"), 400);
    assertEquals("invalid_json", e.get("code").asText());
    assertFalse(e.toString().contains("CANARY"));
    assertEquals(0, upstream.getAllServeEvents().size());
  }

  @Test
  void aBodyOverTheLimitIs413() throws IOException {
    String big = "{\"model\":\"m\",\"input\":\"" + "a".repeat(5000) + "\"}";
    assertEquals("request_too_large", error(veil.postJson("/v1/embeddings", big), 413).get("code").asText());
    assertEquals(0, upstream.getAllServeEvents().size());
  }

  @Test
  void aGzipBombIsBoundedBySameLimit() throws IOException {
    byte[] bomb = gzip(("{\"model\":\"m\",\"input\":\"" + "a".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
    assertTrue(bomb.length < 4096);
    HttpResponse<String> r = veil.send(HttpRequest.newBuilder(URI.create(veil.url("/v1/embeddings")))
        .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bomb)));
    assertEquals("request_too_large", error(r, 413).get("code").asText());
    assertEquals(0, upstream.getAllServeEvents().size());
  }

  @Test
  void aGzipRequestBodyIsDecodedAndForwarded() {
    byte[] body = gzip("{\"model\":\"m\",\"input\":\"hello\"}".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = veil.send(HttpRequest.newBuilder(URI.create(veil.url("/v1/embeddings")))
        .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertEquals(200, r.statusCode());
    upstream.verify(postRequestedFor(urlEqualTo("/v1/embeddings"))
        .withRequestBody(equalToJson("{\"model\":\"m\",\"input\":\"hello\"}")));
  }

  @Test
  void aCorruptGzipBodyIs400() throws IOException {
    HttpResponse<String> r = veil.send(HttpRequest.newBuilder(URI.create(veil.url("/v1/embeddings")))
        .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3})));
    assertEquals("invalid_gzip", error(r, 400).get("code").asText());
  }

  @Test
  void otherMediaTypesAre415() throws IOException {
    HttpResponse<String> r = veil.send(HttpRequest.newBuilder(URI.create(veil.url("/v1/chat/completions")))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
    assertEquals("unsupported_media_type", error(r, 415).get("code").asText());
    HttpResponse<String> none = veil.send(HttpRequest.newBuilder(URI.create(veil.url("/v1/chat/completions")))
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(415, none.statusCode());
    assertEquals(0, upstream.getAllServeEvents().size());
  }

  @Test
  void anUnreachableUpstreamIs502() throws IOException {
    try (RefusedPort closed = new RefusedPort(); TestVeil v = TestVeil.start(closed.url())) {
      JsonNode e = error(v.postJson("/v1/chat/completions", "{\"model\":\"m\"}"), 502);
      assertEquals("upstream_connect_refused", e.get("code").asText());
    }
  }

  @Test
  void anUpstreamThatDoesNotAnswerIs504() throws IOException {
    WireMockServer slow = WireMocks.loopback();
    slow.stubFor(any(anyUrl()).willReturn(aResponse().withFixedDelay(5000).withStatus(200).withBody("{}")));
    try (TestVeil v = TestVeil.start("http://127.0.0.1:" + slow.port(), "upstream: {headers_timeout: 500ms}")) {
      JsonNode e = error(v.postJson("/v1/chat/completions", "{\"model\":\"m\"}"), 504);
      assertEquals("upstream_timeout", e.get("code").asText());
    } finally {
      slow.stop();
    }
  }

  @Test
  void upstreamErrorsPassThroughWithTheirStatusAndBody() {
    upstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"boom\",\"type\":\"server_error\",\"param\":null,\"code\":null}}")));
    HttpResponse<String> r = veil.postJson("/v1/chat/completions", "{\"model\":\"m\"}");
    assertEquals(500, r.statusCode());
    assertTrue(r.body().contains("boom"));
  }

  @Test
  void gzipFromUpstreamIsDecodedAndReencodedOnlyForClientsThatAsk() throws IOException, InterruptedException {
    String answer = "{\"id\":\"chatcmpl-1\",\"choices\":[{\"message\":{\"content\":\"" + "word ".repeat(400) + "\"}}]}";
    upstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")
        .withBody(gzip(answer.getBytes(StandardCharsets.UTF_8)))));
    HttpResponse<String> plain = veil.postJson("/v1/chat/completions", "{\"model\":\"m\"}");
    assertEquals(answer, plain.body());
    assertFalse(plain.headers().firstValue("content-encoding").isPresent());
    assertEquals(answer.length(), Integer.parseInt(plain.headers().firstValue("content-length").orElse("-1")));

    HttpResponse<byte[]> zipped = veil.http().send(HttpRequest.newBuilder(URI.create(veil.url("/v1/chat/completions")))
        .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", zipped.headers().firstValue("content-encoding").orElse(null));
    assertEquals(zipped.body().length, Integer.parseInt(zipped.headers().firstValue("content-length").orElse("-1")));
    assertArrayEquals(answer.getBytes(StandardCharsets.UTF_8), new GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes());
  }

  @Test
  void managedKeyModeRequiresAValidClientKey() throws Exception {
    String clientKey = "veil-client-key-1";
    String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(clientKey.getBytes(StandardCharsets.UTF_8)));
    WireMockServer upstream = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    upstream.start();
    upstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
    try (TestVeil v = TestVeil.start("http://127.0.0.1:" + upstream.port(),
        "upstream: {api_key: sk-upstream-secret}\nauth: {client_keys: [{id: app1, sha256: " + sha + "}]}\n")) {
      for (String key : new String[] {null, "wrong", "sk-upstream-secret", ""}) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(v.url("/v1/chat/completions")))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}"));
        if (key != null) {
          b.header("Authorization", "Bearer " + key);
        }
        JsonNode e = error(v.send(b), 401);
        assertEquals("invalid_api_key", e.get("code").asText());
        assertFalse(e.toString().contains("sk-upstream-secret"));
      }
      assertEquals(0, upstream.getAllServeEvents().size());
      HttpResponse<String> ok = v.send(HttpRequest.newBuilder(URI.create(v.url("/v1/chat/completions")))
          .header("Content-Type", "application/json").header("Authorization", "Bearer " + clientKey)
          .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}")));
      assertEquals(200, ok.statusCode());
      upstream.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
          .withHeader("Authorization", equalTo("Bearer sk-upstream-secret")));
    } finally {
      upstream.stop();
    }
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
