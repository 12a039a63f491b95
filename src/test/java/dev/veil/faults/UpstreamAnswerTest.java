package dev.veil.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testing.Aftermath;
import dev.veil.testing.Answer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers the upstream did send, however bad, on the {@link FaultBench}. An upstream error
 * status is the upstream's answer: it passes through with its status, its body byte for byte
 * and its retry headers, whether the client asked for a stream or not (OpenAI answers errors as
 * JSON even then). Only an answer Veil cannot decode becomes Veil's own error.
 *
 * <table>
 *   <caption>What the client gets, plain and streamed request; metric</caption>
 *   <tr><th>upstream answer</th><th>plain</th><th>stream</th><th>metric</th></tr>
 *   <tr><td>429 JSON error, retry-after</td><td>429, same body</td><td>429, same body</td><td rowspan="5">{@code veil_requests_total{status,outcome="forwarded"}}</td></tr>
 *   <tr><td>500 JSON error</td><td>500, same body</td><td>500, same body</td></tr>
 *   <tr><td>503 text/html</td><td>503, same body</td><td>503, same body</td></tr>
 *   <tr><td>404 text/plain</td><td>404, same body</td><td>404, same body</td></tr>
 *   <tr><td>200 application/json that is not JSON</td><td>200, same body</td><td>200, same body</td></tr>
 *   <tr><td>200 SSE with garbage lines, non-JSON data</td><td colspan="2">200, relayed, ends with {@code [DONE]} and a blank line</td><td>{@code outcome="forwarded"}</td></tr>
 *   <tr><td>200 SSE, the connection closed in the middle of an event</td><td colspan="2">200, whole events relayed, the cut one
 *       held back, then SSE error upstream_bad_response</td><td>{@code veil_upstream_errors_total{kind="bad_response"}}</td></tr>
 *   <tr><td>200 {@code Content-Encoding: gzip}: garbage deflate data, bad magic, or bad CRC</td><td>502 upstream_bad_response</td>
 *       <td>200, SSE error upstream_bad_response (headers had arrived)</td><td>{@code veil_upstream_errors_total{kind="bad_response"}}</td></tr>
 * </table>
 *
 * <p>Every case also gets the after-checks of {@link dev.veil.testing.Aftermath} and the {@link FaultBench#BOUND}.
 */
class UpstreamAnswerTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "429-json     | plain  | 429 | application/json",
      "429-json     | stream | 429 | application/json",
      "500-json     | plain  | 500 | application/json",
      "500-json     | stream | 500 | application/json",
      "503-html     | plain  | 503 | text/html",
      "503-html     | stream | 503 | text/html",
      "404-text     | plain  | 404 | text/plain",
      "404-text     | stream | 404 | text/plain",
      "invalid-json | plain  | 200 | application/json",
      "invalid-json | stream | 200 | application/json",
  })
  void upstreamAnswersPassThroughWithTheirStatus(String fault, String mode, int status, String type) throws Exception {
    Aftermath after = Aftermath.of(FaultBench.veil());
    Answer answer = FaultBench.send(fault, mode.equals("stream"));
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith(type), answer.contentType());
    String expected = switch (fault) {
      case "429-json" -> FaultBench.RATE_LIMITED;
      case "500-json" -> FaultBench.SERVER_ERROR;
      case "503-html" -> FaultBench.HTML;
      case "404-text" -> "no such route";
      default -> FaultBench.NOT_JSON;
    };
    assertEquals(expected + "\n", answer.body(), "the upstream's body, unchanged");
    after.assertSettled("veil_requests_total", Map.of("status", Integer.toString(status), "outcome", "forwarded"));
  }

  @Test
  void brokenSseIsRelayedAndTheStreamEndsWellFormed() throws Exception {
    Aftermath after = Aftermath.of(FaultBench.veil());
    Answer answer = FaultBench.send("broken-sse", true);
    assertEquals(200, answer.status());
    List<Answer.SseEvent> events = answer.events();
    assertEquals("[DONE]", events.get(events.size() - 1).data(), "the upstream's end is relayed: " + answer.body());
    assertTrue(answer.body().startsWith(FaultBench.FIRST_EVENT), answer.body());
    assertTrue(answer.body().contains("data: {not json at all\n\n"), "a data line that is not JSON passes as it is");
    after.assertSettled("veil_requests_total", Map.of("status", "200", "outcome", "forwarded"));
  }

  @Test
  void aStreamCutMidEventEndsWellFormed() throws Exception {
    Aftermath after = Aftermath.of(FaultBench.veil());
    Answer answer = FaultBench.send("sse-cut-mid-event", true);
    assertEquals(200, answer.status());
    assertTrue(answer.body().startsWith(FaultBench.FIRST_EVENT), answer.body());
    assertEquals("upstream_bad_response", answer.streamErrorCode());
    assertTrue(answer.events().stream().noneMatch(e -> e.data() != null && e.data().endsWith("\"lo")), "no half event: " + answer.body());
    after.assertSettled("veil_upstream_errors_total", Map.of("kind", "bad_response"));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({"corrupt-gzip, plain", "corrupt-gzip, stream", "gzip-bad-magic, plain", "gzip-bad-magic, stream",
      "gzip-bad-crc, plain", "gzip-bad-crc, stream"})
  void aCorruptGzipAnswerIsABadResponse(String fault, String mode) throws Exception {
    Aftermath after = Aftermath.of(FaultBench.veil());
    Answer answer = FaultBench.send(fault, mode.equals("stream"));
    if (mode.equals("stream")) {
      assertEquals(200, answer.status());
      assertEquals("upstream_bad_response", answer.streamErrorCode());
    } else {
      assertEquals("upstream_bad_response", answer.errorCode(502));
    }
    after.assertSettled("veil_upstream_errors_total", Map.of("kind", "bad_response"));
  }
}
