package dev.veil.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.veil.testing.SocketUpstream;
import dev.veil.testing.TestVeil;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Port separation, managed-key enforcement on every route and method, and load shedding. */
class SecurityTest {
  static final List<String> ROUTES = List.of("/v1/chat/completions", "/v1/responses", "/v1/embeddings", "/v1/models",
      "/v1/models/gpt-4o", "/v1/files", "/v1/audio/transcriptions", "/v1/moderations", "/v1/responses/resp_1/input_items",
      "/v1/unknown/route");
  static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  @Test
  void adminEndpointsLiveOnlyOnTheAdminPort() {
    try (TestVeil veil = TestVeil.start("http://127.0.0.1:1")) {
      assertEquals(404, veil.send(HttpRequest.newBuilder(URI.create(veil.url("/metrics"))).GET()).statusCode());
      String admin = "http://127.0.0.1:" + veil.app().adminPort();
      assertEquals(200, veil.send(HttpRequest.newBuilder(URI.create(admin + "/metrics")).GET()).statusCode());
      assertEquals(200, veil.send(HttpRequest.newBuilder(URI.create(admin + "/healthz")).GET()).statusCode());
      assertEquals(200, veil.send(HttpRequest.newBuilder(URI.create(admin + "/readyz")).GET()).statusCode());
      assertEquals(404, veil.send(HttpRequest.newBuilder(URI.create(admin + "/v1/models")).GET()).statusCode());
      assertEquals(200, veil.send(HttpRequest.newBuilder(URI.create(veil.url("/healthz"))).GET()).statusCode());
      assertEquals(200, veil.send(HttpRequest.newBuilder(URI.create(veil.url("/readyz"))).GET()).statusCode());
    }
  }

  @Test
  void noRequestReachesTheUpstreamWithVeilsKeyWithoutAValidClientKey() throws Exception {
    WireMockServer upstream = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    upstream.start();
    upstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")
        .withHeader("Content-Type", "application/json")));
    String good = "veil-client-good";
    String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(good.getBytes(StandardCharsets.UTF_8)));
    try (TestVeil veil = TestVeil.start("http://127.0.0.1:" + upstream.port(),
        "upstream: {api_key: sk-upstream-held-by-veil}\nauth: {client_keys: [{id: good, sha256: " + sha + "}]}")) {
      int tried = 0;
      for (String route : ROUTES) {
        for (String method : METHODS) {
          for (String key : new String[] {null, "wrong-key", "sk-upstream-held-by-veil", "Bearer", good + " "}) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(veil.url(route)))
                .method(method, method.equals("GET") || method.equals("HEAD") || method.equals("DELETE") || method.equals("OPTIONS")
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}"))
                .header("Content-Type", "application/json");
            if (key != null) {
              b.header("Authorization", "Bearer " + key + (key.endsWith(" ") ? "x" : ""));
            }
            HttpResponse<String> r = veil.send(b);
            assertEquals(401, r.statusCode(), method + " " + route + " key=" + key);
            tried++;
          }
        }
      }
      assertEquals(ROUTES.size() * METHODS.size() * 5, tried);
      assertEquals(0, upstream.getAllServeEvents().size(), "nothing reached the upstream");
      HttpResponse<String> ok = veil.send(HttpRequest.newBuilder(URI.create(veil.url("/v1/models")))
          .header("Authorization", "Bearer " + good).GET());
      assertEquals(200, ok.statusCode());
      assertEquals("Bearer sk-upstream-held-by-veil", upstream.getAllServeEvents().get(0).getRequest().getHeader("Authorization"));
    } finally {
      upstream.stop();
    }
  }

  @Test
  void pastTheConcurrencyLimitRequestsAreShedAtOnceWithRetryAfter() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (SocketUpstream upstream = new SocketUpstream((head, body, out) -> {
          SocketUpstream.sseHead(out);
          SocketUpstream.write(out, String.format(StreamingRelayTest.CHUNK, "held"));
          release.await(20, TimeUnit.SECONDS);
          SocketUpstream.write(out, "data: [DONE]\n\n");
        });
        TestVeil veil = TestVeil.start(upstream.url(), "server: {max_concurrent_requests: 2}")) {
      List<Socket> held = new ArrayList<>();
      try {
        for (int i = 0; i < 2; i++) {
          Socket s = new Socket("127.0.0.1", veil.port());
          s.setSoTimeout(10_000);
          assertTrue(StreamingRelayTest.nextData(StreamingRelayTest.request(s, veil)).contains("held"));
          held.add(s);
        }
        HttpResponse<String> shed = veil.postJson("/v1/chat/completions", "{\"model\":\"m\"}");
        assertEquals(503, shed.statusCode());
        assertEquals("1", shed.headers().firstValue("retry-after").orElse(null));
        assertTrue(shed.body().contains("veil_overloaded"));
        assertFalse(shed.body().contains("held"));
      } finally {
        release.countDown();
        for (Socket s : held) {
          s.close();
        }
      }
    }
  }
}
