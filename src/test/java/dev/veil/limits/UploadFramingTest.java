package dev.veil.limits;

import static dev.veil.limits.LimitsBench.BOUND;
import static dev.veil.limits.LimitsBench.MAX_BODY;
import static dev.veil.limits.LimitsBench.MAX_HEADER;
import static dev.veil.limits.LimitsBench.assertRefused;
import static dev.veil.limits.LimitsBench.forwarded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testing.Aftermath;
import dev.veil.testing.Answer;
import dev.veil.testing.RawHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a request arrives, on raw sockets against the {@link LimitsBench}: headers past
 * server.max_header_bytes, chunked uploads without a Content-Length, and uploads that stall.
 *
 * <table>
 *   <caption>Upload, answer</caption>
 *   <tr><th>upload</th><th>answer</th><th>forwarded</th></tr>
 *   <tr><td>header block over max_header_bytes</td><td>431 request_header_fields_too_large</td><td>no</td></tr>
 *   <tr><td>a request line that is not HTTP</td><td>400 invalid_http_request</td><td>no</td></tr>
 *   <tr><td>headers that never end</td><td>closed by Jetty after idle_timeout, no answer</td><td>no</td></tr>
 *   <tr><td>chunked, valid, in several chunks</td><td>the upstream's 200</td><td>yes, de-chunked, with a Content-Length</td></tr>
 *   <tr><td>chunked, past max_body_bytes</td><td>413 request_too_large</td><td>no</td></tr>
 *   <tr><td>chunked, bad chunk size</td><td>400 invalid_body_framing</td><td>no</td></tr>
 *   <tr><td>Content-Length, half the body, then silence</td><td>408 request_timeout after idle_timeout, then closed</td><td>no</td></tr>
 *   <tr><td>chunked, some chunks, then silence</td><td>as above</td><td>no</td></tr>
 * </table>
 */
class UploadFramingTest {
  static final String BODY = "{\"model\":\"gpt-4o\",\"seed\":42,\"messages\":[]}";

  static RawHttp.Outcome exchange(String head, byte[]... parts) throws IOException {
    try (RawHttp http = new RawHttp(LimitsBench.veil().port())) {
      http.send(head);
      for (byte[] p : parts) {
        http.send(p);
      }
      return http.awaitAnswer(BOUND);
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void headersOverMaxHeaderBytesAre431InOpenAiShape() throws Exception {
    int before = forwarded();
    RawHttp.Outcome out = exchange(RawHttp.head("POST", "/v1/chat/completions", "Content-Type: application/json",
        "X-Padding: " + "p".repeat(MAX_HEADER), "Content-Length: " + BODY.length()), bytes(BODY));
    assertNotNull(out.answer(), "no answer");
    assertRefused(before, out.answer(), 431, "request_header_fields_too_large");
  }

  @Test
  void aRequestThatIsNotHttpIs400InOpenAiShape() throws Exception {
    int before = forwarded();
    RawHttp.Outcome out = exchange("GARBAGE\r\n\r\n");
    assertNotNull(out.answer(), "no answer");
    assertRefused(before, out.answer(), 400, "invalid_http_request");
  }

  @Test
  void aValidChunkedUploadIsForwardedWhole() throws Exception {
    int before = forwarded();
    byte[] b = bytes(BODY);
    RawHttp.Outcome out = exchange(RawHttp.head("POST", "/v1/chat/completions", "Content-Type: application/json",
        "Authorization: Bearer sk-test", "Transfer-Encoding: chunked"),
        RawHttp.chunk(java.util.Arrays.copyOfRange(b, 0, 10)), RawHttp.chunk(java.util.Arrays.copyOfRange(b, 10, 25)),
        RawHttp.chunk(java.util.Arrays.copyOfRange(b, 25, b.length)), RawHttp.chunk(new byte[0]));
    assertEquals(200, out.answer().status(), out.answer().body());
    assertEquals(before + 1, forwarded());
    assertEquals(BODY, LimitsBench.lastForwardedBody());
  }

  @Test
  void aChunkedUploadPastMaxBodyBytesIs413() throws Exception {
    int before = forwarded();
    Aftermath after = Aftermath.of(LimitsBench.veil());
    byte[] chunk = bytes(" ".repeat(64 * 1024));
    try (RawHttp http = new RawHttp(LimitsBench.veil().port())) {
      http.send(RawHttp.head("POST", "/v1/chat/completions", "Content-Type: application/json", "Transfer-Encoding: chunked"));
      http.send(RawHttp.chunk(bytes("{\"model\":\"gpt-4o\",\"x\":\"")));
      Thread writer = new Thread(() -> {
        try {
          for (long sent = 0; sent <= MAX_BODY * 2; sent += chunk.length) {
            http.send(RawHttp.chunk(chunk));
          }
        } catch (IOException closed) {
          // Veil answered 413 and closed: expected
        }
      });
      writer.setDaemon(true);
      writer.start();
      RawHttp.Outcome out = http.awaitAnswer(BOUND);
      assertNotNull(out.answer(), "Veil closed without an answer");
      assertRefused(before, out.answer(), 413, "request_too_large");
    }
    after.assertSettled("veil_requests_total", Map.of("status", "413", "outcome", "rejected"));
  }

  @Test
  void aBadChunkSizeIs400InOpenAiShape() throws Exception {
    int before = forwarded();
    RawHttp.Outcome out = exchange(RawHttp.head("POST", "/v1/chat/completions", "Content-Type: application/json",
        "Transfer-Encoding: chunked"), bytes("zz\r\n{}\r\n0\r\n\r\n"));
    assertNotNull(out.answer(), "no answer");
    assertRefused(before, out.answer(), 400, "invalid_body_framing");
  }

  @Test
  void anUploadThatStallsIsClosedAfterTheIdleTimeoutAndNeverForwarded() throws Exception {
    int before = forwarded();
    Aftermath after = Aftermath.of(LimitsBench.veil());
    byte[] b = bytes(BODY);
    RawHttp.Outcome out = exchange(RawHttp.head("POST", "/v1/chat/completions", "Content-Type: application/json",
        "Content-Length: " + b.length), java.util.Arrays.copyOf(b, b.length / 2));
    stalled(out);
    assertEquals(before, forwarded(), "a half body is never forwarded");
    after.assertSettled("veil_requests_total", Map.of("status", "408"));
  }

  @Test
  void aChunkedUploadThatStallsIsClosedAfterTheIdleTimeout() throws Exception {
    int before = forwarded();
    Aftermath after = Aftermath.of(LimitsBench.veil());
    RawHttp.Outcome out = exchange(RawHttp.head("POST", "/v1/chat/completions", "Content-Type: application/json",
        "Transfer-Encoding: chunked"), RawHttp.chunk(bytes("{\"model\":")));
    stalled(out);
    assertEquals(before, forwarded());
    after.assertSettled("veil_requests_total", Map.of("status", "408"));
  }

  @Test
  void headersThatNeverEndAreClosedAfterTheIdleTimeout() throws Exception {
    int before = forwarded();
    RawHttp.Outcome out = exchange("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl");
    assertTrue(out.answer() == null || out.answer().status() == 408, String.valueOf(out.answer()));
    assertTrue(out.closedAfter().compareTo(LimitsBench.IDLE.minusMillis(100)) >= 0, "closed only once idle: " + out.closedAfter());
    assertEquals(before, forwarded());
  }

  /** A stalled upload ends, once idle_timeout has passed, in a 408 OpenAI error (the connection then closes). */
  static void stalled(RawHttp.Outcome out) {
    assertNotNull(out.answer(), "closed without an answer");
    assertEquals("request_timeout", out.answer().errorCode(408));
    assertTrue(out.closedAfter().compareTo(LimitsBench.IDLE.minusMillis(100)) >= 0, "closed only once idle: " + out.closedAfter());
  }
}
