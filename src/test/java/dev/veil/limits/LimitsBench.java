package dev.veil.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.veil.testing.Answer;
import dev.veil.testing.FaultUpstream;
import dev.veil.testing.RawHttp;
import dev.veil.testing.TestVeil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One Veil with small limits in front of an upstream that answers every request it gets with
 * 200 and keeps the last body it received, shared by this package's tests. The scan budget is
 * 1 ms, so bodies meant to be forwarded carry no content strings (only structural ones such as
 * {@code model}, numbers and empty arrays): a scanned string could run past the budget on a
 * busy machine and make such a case flaky.
 */
final class LimitsBench {
  static final long MAX_BODY = 1024 * 1024;
  static final int MAX_DEPTH = 8;
  static final int MAX_STRING = 200_000;
  static final int MAX_ITEMS = 50;
  static final int MAX_NUMBER = 20;
  static final int MAX_HEADER = 4096;
  static final Duration IDLE = Duration.ofSeconds(1);
  /** Bound on any one answer: generous next to the 1 s idle timeout, short next to a hang. */
  static final Duration BOUND = Duration.ofSeconds(6);
  static final String CONFIG = "limits: {max_body_bytes: " + MAX_BODY + ", max_json_depth: " + MAX_DEPTH
      + ", max_string_length: " + MAX_STRING + ", max_items: " + MAX_ITEMS + ", max_number_length: " + MAX_NUMBER
      + ", scan_budget_millis: 1}\n"
      + "server: {max_header_bytes: " + MAX_HEADER + ", idle_timeout: 1s}\n"
      + "upstream: {connect_timeout: 1s, headers_timeout: 1s, read_timeout: 1s}\n";
  static final String OK = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[]}";

  private static FaultUpstream upstream;
  private static TestVeil veil;
  private static final AtomicReference<byte[]> lastBody = new AtomicReference<>();

  static synchronized TestVeil veil() {
    if (veil == null) {
      try {
        upstream = FaultUpstream.plain((head, body, s) -> {
          lastBody.set(body);
          FaultUpstream.write(s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + OK.length()
              + "\r\nConnection: close\r\n\r\n" + OK);
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      veil = TestVeil.start(upstream.url(), CONFIG);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        veil.close();
        try {
          upstream.close();
        } catch (IOException ignored) {
          // the JVM is exiting
        }
      }));
    }
    return veil;
  }

  /** Requests the upstream has received so far. */
  static int forwarded() {
    veil();
    return upstream.requests();
  }

  /** The last body the upstream received. */
  static String lastForwardedBody() {
    return new String(lastBody.get(), StandardCharsets.UTF_8);
  }

  /** POSTs {@code body} to {@code /v1/chat/completions} with a Content-Length and the given headers. */
  static Answer post(byte[] body, String... headers) throws IOException {
    String[] all = new String[headers.length + 2];
    System.arraycopy(headers, 0, all, 0, headers.length);
    all[headers.length] = "Authorization: Bearer sk-test-client";
    all[headers.length + 1] = "Content-Length: " + body.length;
    try (RawHttp http = new RawHttp(veil().port())) {
      http.send(RawHttp.head("POST", "/v1/chat/completions", all));
      Thread writer = new Thread(() -> {
        try {
          http.send(body);
        } catch (IOException refused) {
          // Veil answered and closed before reading it all (e.g. 413 on the declared length)
        }
      }, "limits-body-writer");
      writer.setDaemon(true);
      writer.start();
      RawHttp.Outcome out = http.awaitAnswer(BOUND);
      assertNotNull(out.answer(), "Veil closed the connection without an answer");
      return out.answer();
    }
  }

  static Answer postJson(String body) throws IOException {
    return post(body.getBytes(StandardCharsets.UTF_8), "Content-Type: application/json");
  }

  /** Asserts an OpenAI error with {@code status} and {@code code}, and that nothing went upstream. */
  static void assertRefused(int before, Answer answer, int status, String code) {
    assertEquals(code, answer.errorCode(status));
    assertEquals(before, forwarded(), "nothing was forwarded");
  }

  private LimitsBench() {}
}
