package dev.veil.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/** WireMock upstreams on loopback, as the HTTP tests use them. */
public final class WireMocks {

  /** A started WireMock on 127.0.0.1 and a free port, with no stubs. */
  public static WireMockServer loopback() {
    WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    return server;
  }

  /** A started loopback WireMock that answers every request 200 {@code {"ok":true}}. */
  public static WireMockServer answeringOk() {
    WireMockServer server = loopback();
    answerOk(server);
    return server;
  }

  /** Forgets recorded requests and stubs, then answers every request 200 {@code {"ok":true}}. */
  public static void answerOk(WireMockServer server) {
    server.resetAll();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
  }

  /** The base URL Veil's {@code upstream.url} takes. */
  public static String url(WireMockServer server) {
    return "http://127.0.0.1:" + server.port();
  }

  private WireMocks() {}
}
