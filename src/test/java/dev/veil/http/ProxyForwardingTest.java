package dev.veil.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.veil.testing.TestVeil;
import dev.veil.testing.WireMocks;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing and headers in both directions, against a WireMock upstream. */
class ProxyForwardingTest {
  static WireMockServer upstream;
  static TestVeil veil;

  @BeforeAll
  static void start() {
    upstream = WireMocks.loopback();
    veil = TestVeil.start(WireMocks.url(upstream));
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
  void postIsForwardedToTheSamePathAndQuery() {
    HttpResponse<String> r = veil.postJson("/v1/chat/completions?foo=bar&x=1", "{\"model\":\"gpt-4o\",\"messages\":[]}");
    assertEquals(200, r.statusCode());
    assertEquals("{\"ok\":true}", r.body());
    upstream.verify(postRequestedFor(urlEqualTo("/v1/chat/completions?foo=bar&x=1"))
        .withRequestBody(equalToJson("{\"model\":\"gpt-4o\",\"messages\":[]}")));
  }

  @Test
  void everyMethodAndUnknownV1PathsAreForwarded() {
    for (String method : new String[] {"GET", "DELETE", "POST", "PUT", "PATCH"}) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(veil.url("/v1/some/new_thing/abc123")))
          .header("Authorization", "Bearer sk-test-client");
      if (method.equals("GET") || method.equals("DELETE")) {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
      }
      assertEquals(200, veil.send(b).statusCode(), method);
    }
    assertEquals(5, upstream.findAll(anyRequestedFor(urlEqualTo("/v1/some/new_thing/abc123"))).size());
  }

  @Test
  void pathsOutsideV1AreNotFoundInOpenAiShape() {
    HttpResponse<String> r = veil.send(HttpRequest.newBuilder(URI.create(veil.url("/admin/secret"))).GET());
    assertEquals(404, r.statusCode());
    assertTrue(r.body().startsWith("{\"error\":{\"message\":"), r.body());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    assertEquals(0, upstream.getAllServeEvents().size());
  }

  @Test
  void apiHeadersGoUpstreamAndClientIdentityStaysBehind() {
    veil.send(HttpRequest.newBuilder(URI.create(veil.url("/v1/chat/completions")))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer sk-client-key")
        .header("OpenAI-Organization", "org-1")
        .header("OpenAI-Project", "proj-1")
        .header("OpenAI-Beta", "assistants=v2")
        .header("Idempotency-Key", "idem-1")
        .header("User-Agent", "OpenAI/Java 4.0")
        .header("X-Stainless-Lang", "java")
        .header("X-Stainless-Retry-Count", "0")
        .header("X-Stainless-OS", "Linux")
        .header("X-Stainless-Arch", "x64")
        .header("X-Stainless-Runtime-Version", "17.0.1")
        .header("Cookie", "session=abc")
        .header("Forwarded", "for=192.0.2.60")
        .header("X-Forwarded-For", "192.0.2.60")
        .header("X-Real-IP", "192.0.2.60")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}")));
    LoggedRequest seen = upstream.getAllServeEvents().get(0).getRequest();
    assertEquals("Bearer sk-client-key", seen.getHeader("Authorization"));
    assertEquals("org-1", seen.getHeader("OpenAI-Organization"));
    assertEquals("proj-1", seen.getHeader("OpenAI-Project"));
    assertEquals("assistants=v2", seen.getHeader("OpenAI-Beta"));
    assertEquals("idem-1", seen.getHeader("Idempotency-Key"));
    assertEquals("OpenAI/Java 4.0", seen.getHeader("User-Agent"));
    assertEquals("java", seen.getHeader("X-Stainless-Lang"));
    assertEquals("0", seen.getHeader("X-Stainless-Retry-Count"));
    assertEquals("application/json", seen.getHeader("Accept"));
    assertTrue(seen.getHeader("Content-Type").startsWith("application/json"));
    for (String gone : new String[] {"X-Stainless-OS", "X-Stainless-Arch", "X-Stainless-Runtime-Version", "Cookie",
        "Forwarded", "X-Forwarded-For", "X-Real-IP"}) {
      assertFalse(seen.containsHeader(gone), gone);
    }
    assertFalse(seen.getAllHeaderKeys().stream().anyMatch(h -> seen.getHeader(h).contains("192.0.2.60")));
  }

  @Test
  void usefulUpstreamHeadersComeBackUnchangedAndOthersStay() {
    upstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "application/json")
        .withHeader("x-request-id", "req_123")
        .withHeader("openai-processing-ms", "42")
        .withHeader("openai-version", "2020-10-01")
        .withHeader("x-ratelimit-remaining-requests", "0")
        .withHeader("retry-after", "2")
        .withHeader("retry-after-ms", "1500")
        .withHeader("x-should-retry", "true")
        .withHeader("Set-Cookie", "__cf_bm=zzz")
        .withHeader("Server", "cloudflare")
        .withBody("{\"error\":{\"message\":\"Rate limit\",\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}")));
    HttpResponse<String> r = veil.postJson("/v1/chat/completions", "{\"model\":\"m\"}");
    assertEquals(429, r.statusCode());
    assertEquals("req_123", r.headers().firstValue("x-request-id").orElse(null));
    assertEquals("42", r.headers().firstValue("openai-processing-ms").orElse(null));
    assertEquals("2020-10-01", r.headers().firstValue("openai-version").orElse(null));
    assertEquals("0", r.headers().firstValue("x-ratelimit-remaining-requests").orElse(null));
    assertEquals("2", r.headers().firstValue("retry-after").orElse(null));
    assertEquals("1500", r.headers().firstValue("retry-after-ms").orElse(null));
    assertEquals("true", r.headers().firstValue("x-should-retry").orElse(null));
    assertNull(r.headers().firstValue("set-cookie").orElse(null));
    assertFalse(r.headers().firstValue("server").orElse("").contains("cloudflare"));
    assertTrue(r.body().contains("rate_limit_exceeded"));
    assertTrue(r.headers().firstValue("x-veil-request-id").isPresent());
  }

  @Test
  void aPostIsSentUpstreamOnceEvenWhenTheUpstreamFails() {
    upstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withBody("{}")
        .withHeader("Content-Type", "application/json")));
    assertEquals(503, veil.postJson("/v1/chat/completions", "{\"model\":\"m\"}").statusCode());
    assertEquals(1, upstream.getAllServeEvents().size());
  }

  @Test
  void theClientKeyPassesThroughInPassThroughMode() {
    veil.postJson("/v1/embeddings", "{\"model\":\"m\",\"input\":\"x\"}");
    upstream.verify(postRequestedFor(urlEqualTo("/v1/embeddings")).withHeader("Authorization", equalTo("Bearer sk-test-client")));
  }
}
