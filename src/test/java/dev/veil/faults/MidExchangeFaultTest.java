package dev.veil.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testing.Aftermath;
import dev.veil.testing.Answer;
import dev.veil.testing.ThreadCensus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Upstream faults after the connection is made, each for a plain and a streamed ({@code "stream":
 * true}) chat completion, on the {@link FaultBench}: one Veil with 1 s timeouts (connect,
 * headers, read, write) before a {@link dev.veil.testing.FaultUpstream} scripted per fault.
 *
 * <table>
 *   <caption>What the client gets (stream: <i>SSE</i> = 200, the events so far, then
 *   {@code event: error} + {@code data: {"error":{...}}}; <i>JSON</i> = an OpenAI error body
 *   because the fault came before the answer's headers); metric =
 *   {@code veil_upstream_errors_total{kind}} and {@code veil_requests_total{outcome="upstream_error"}}</caption>
 *   <tr><th>fault</th><th>plain</th><th>stream</th><th>kind</th></tr>
 *   <tr><td>no headers within headers_timeout</td><td>504 upstream_timeout</td><td>JSON 504 upstream_timeout</td><td>timeout</td></tr>
 *   <tr><td>connection closed (FIN) before headers</td><td>502 upstream_reset</td><td>JSON 502 upstream_reset</td><td>reset</td></tr>
 *   <tr><td>status line not HTTP</td><td>502 upstream_bad_response</td><td>JSON 502 upstream_bad_response</td><td>bad_response</td></tr>
 *   <tr><td>stall mid-body, past read_timeout</td><td>504 upstream_timeout</td><td>SSE upstream_timeout</td><td>timeout</td></tr>
 *   <tr><td>reset (RST, SO_LINGER 0) mid-body</td><td>502 upstream_reset</td><td>SSE upstream_reset</td><td>reset</td></tr>
 *   <tr><td>FIN before Content-Length is met</td><td>502 upstream_bad_response</td><td>SSE upstream_bad_response</td><td>bad_response</td></tr>
 * </table>
 *
 * <p>Each case also checks: the whole answer arrives within {@link FaultBench#BOUND} (a hang fails the
 * test, it does not stall it); Veil's in-flight count returns to 0; the metric grows by one; the
 * upstream saw exactly one request (Veil never retries); and no thread is left behind, as
 * {@link dev.veil.testing.ThreadCensus} defines it. A non-streamed answer is buffered whole by
 * Veil before it writes, so a plain request never sees a half answer, only the error.
 */
class MidExchangeFaultTest {

  @ParameterizedTest(name = "{0} {1}: {2} {3}, sse={4}")
  @CsvSource(delimiter = '|', value = {
      "hang     | plain  | 504 | upstream_timeout      | false | timeout",
      "hang     | stream | 504 | upstream_timeout      | false | timeout",
      "close    | plain  | 502 | upstream_reset        | false | reset",
      "close    | stream | 502 | upstream_reset        | false | reset",
      "garbage  | plain  | 502 | upstream_bad_response | false | bad_response",
      "garbage  | stream | 502 | upstream_bad_response | false | bad_response",
      "stall    | plain  | 504 | upstream_timeout      | false | timeout",
      "stall    | stream | 200 | upstream_timeout      | true  | timeout",
      "reset    | plain  | 502 | upstream_reset        | false | reset",
      "reset    | stream | 200 | upstream_reset        | true  | reset",
      "truncate | plain  | 502 | upstream_bad_response | false | bad_response",
      "truncate | stream | 200 | upstream_bad_response | true  | bad_response",
  })
  void faultEndsInAWellFormedErrorAndLeavesNothingBehind(String fault, String mode, int status, String code,
      boolean sse, String kind) throws Exception {
    Aftermath after = Aftermath.of(FaultBench.veil());
    int requestsBefore = FaultBench.upstream().requests();
    Answer answer = FaultBench.send(fault, mode.equals("stream"));
    if (sse) {
      assertEquals(status, answer.status());
      assertEquals(code, answer.streamErrorCode());
      assertTrue(answer.body().startsWith(FaultBench.FIRST_EVENT), "the events before the fault were relayed: " + answer.body());
    } else {
      assertEquals(code, answer.errorCode(status));
      assertFalse(answer.body().contains("Hello"), "no half answer leaks into the error");
    }
    after.assertSettled("veil_upstream_errors_total", Map.of("kind", kind));
    assertEquals(1, FaultBench.upstream().requests() - requestsBefore, "sent upstream once, never retried");
  }

  /** The leak check can see a leak: while the upstream holds a request, its handler thread is a suspect. */
  @Test
  void theThreadCensusSeesARequestStillBeingServed() throws Exception {
    CompletableFuture<Answer> pending = CompletableFuture.supplyAsync(() -> FaultBench.send("hang", false));
    List<String> seen = List.of();
    while (seen.isEmpty() && !pending.isDone()) {
      seen = ThreadCensus.suspects();
      Thread.sleep(5);
    }
    assertTrue(seen.stream().anyMatch(s -> s.endsWith("still in ProxyHandler")), "seen: " + seen);
    assertEquals("upstream_timeout", pending.get().errorCode(504));
    assertTrue(ThreadCensus.awaitNoSuspects(Aftermath.SETTLE).isEmpty());
  }
}
