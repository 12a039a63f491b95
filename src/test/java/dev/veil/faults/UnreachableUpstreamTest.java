package dev.veil.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.veil.testing.Aftermath;
import dev.veil.testing.Answer;
import dev.veil.testing.FaultUpstream;
import dev.veil.testing.RefusedPort;
import dev.veil.testing.TestVeil;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Upstreams Veil cannot reach at all, for a plain and a streamed chat completion. Nothing was
 * received, so every answer is an OpenAI error body, streamed requests included.
 *
 * <table>
 *   <caption>Status and code; metric {@code veil_upstream_errors_total{kind}}</caption>
 *   <tr><th>fault</th><th>plain</th><th>stream</th><th>kind</th></tr>
 *   <tr><td>connection refused (a bound port that does not listen)</td><td>502 upstream_connect_refused</td><td>502 upstream_connect_refused</td><td>connect_refused</td></tr>
 *   <tr><td>host does not resolve ({@code veil-nonexistent.invalid})</td><td>502 upstream_dns</td><td>502 upstream_dns</td><td>dns</td></tr>
 *   <tr><td>TLS handshake fails (self-signed certificate Veil does not trust)</td><td>502 upstream_tls</td><td>502 upstream_tls</td><td>tls</td></tr>
 * </table>
 *
 * <p>The DNS case does not depend on a network: {@code .invalid} never resolves (RFC 6761). A
 * resolver that takes longer than {@link #RESOLVER_BOUND} to say so would make the case about
 * the resolver rather than Veil, so the case is skipped then, after a bounded probe. The same
 * after-checks as {@link MidExchangeFaultTest} apply to every case.
 */
class UnreachableUpstreamTest {
  static final Duration BOUND = FaultBench.BOUND;
  static final Duration RESOLVER_BOUND = Duration.ofSeconds(2);
  static final String NO_SUCH_HOST = "veil-nonexistent.invalid";

  static FaultUpstream tlsUpstream;
  static RefusedPort closedPort;
  static TestVeil refused;
  static TestVeil dns;
  static TestVeil tls;

  @BeforeAll
  static void start() throws Exception {
    closedPort = new RefusedPort();
    refused = TestVeil.start(closedPort.url(), FaultBench.TIMEOUTS);
    dns = TestVeil.start("http://" + NO_SUCH_HOST + ":1", FaultBench.TIMEOUTS);
    tlsUpstream = FaultUpstream.tls((head, body, socket) -> FaultUpstream.write(socket, "HTTP/1.1 200 OK\r\n\r\n"));
    tls = TestVeil.start(tlsUpstream.url(), FaultBench.TIMEOUTS);
  }

  @AfterAll
  static void stop() throws Exception {
    refused.close();
    closedPort.close();
    dns.close();
    tls.close();
    tlsUpstream.close();
  }

  /** Whether the local resolver says "no such host" for {@code .invalid} within the bound. */
  static boolean resolverAnswersPromptly() throws InterruptedException {
    CompletableFuture<Boolean> lookup = CompletableFuture.supplyAsync(() -> {
      try {
        InetAddress.getAllByName(NO_SUCH_HOST);
        return false; // resolved: a resolver that invents answers, the case means nothing here
      } catch (UnknownHostException e) {
        return true;
      }
    });
    try {
      return lookup.get(RESOLVER_BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return false;
    }
  }

  @ParameterizedTest(name = "{0} {1}: {2} {3}")
  @CsvSource(delimiter = '|', value = {
      "refused | plain  | 502 | upstream_connect_refused | connect_refused",
      "refused | stream | 502 | upstream_connect_refused | connect_refused",
      "dns     | plain  | 502 | upstream_dns             | dns",
      "dns     | stream | 502 | upstream_dns             | dns",
      "tls     | plain  | 502 | upstream_tls             | tls",
      "tls     | stream | 502 | upstream_tls             | tls",
  })
  void unreachableUpstreamIsAnOpenAiError(String fault, String mode, int status, String code, String kind)
      throws Exception {
    TestVeil veil = switch (fault) {
      case "refused" -> refused;
      case "dns" -> dns;
      default -> tls;
    };
    if (fault.equals("dns")) {
      assumeTrue(resolverAnswersPromptly(), "the local resolver does not answer for .invalid within " + RESOLVER_BOUND);
    }
    int handshakes = tlsUpstream.connections();
    Aftermath after = Aftermath.of(veil);
    HttpRequest request = HttpRequest.newBuilder(URI.create(veil.url("/v1/chat/completions")))
        .header("Content-Type", "application/json").header("Authorization", "Bearer sk-test-client")
        .POST(HttpRequest.BodyPublishers.ofString(mode.equals("stream") ? FaultBench.STREAM : FaultBench.PLAIN))
        .build();
    Answer answer = Answer.send(veil.http(), request, BOUND);
    assertEquals(code, answer.errorCode(status));
    after.assertSettled("veil_upstream_errors_total", Map.of("kind", kind));
    if (fault.equals("tls")) {
      assertTrue(tlsUpstream.connections() > handshakes, "Veil did reach the TLS upstream");
      assertEquals(0, tlsUpstream.requests(), "no request crossed the failed handshake");
    }
  }
}
