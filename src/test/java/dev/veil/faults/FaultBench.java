package dev.veil.faults;

import dev.veil.testing.Answer;
import dev.veil.testing.FaultUpstream;
import dev.veil.testing.Fixtures;
import dev.veil.testing.TestVeil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * One Veil with 1 s upstream timeouts in front of one {@link FaultUpstream} that misbehaves as the
 * request's {@code ?fault=} query says (Veil forwards the query as it is), shared by the fault
 * tests of this package so Veil starts once per run. Tests using it run one request at a time.
 */
final class FaultBench {
  /** The configured timeouts are 1 s; this leaves room for a busy machine while still catching a hang. */
  static final Duration BOUND = Duration.ofSeconds(6);
  static final String TIMEOUTS = "upstream: {connect_timeout: 1s, headers_timeout: 1s, read_timeout: 1s, write_timeout: 1s}\n";
  static final String PLAIN = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
  static final String STREAM = "{\"model\":\"gpt-4o\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
  static final String FIRST_EVENT = Fixtures.chatStream("Hel").split("\n\n")[0] + "\n\n";
  static final String ANSWER = Fixtures.chatCompletion("Hello there, this is the whole answer.");
  static final String RATE_LIMITED = "{\"error\":{\"message\":\"Rate limit reached.\",\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}";
  static final String SERVER_ERROR = "{\"error\":{\"message\":\"The server had an error.\",\"type\":\"server_error\",\"param\":null,\"code\":null}}";
  static final String HTML = "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>";
  static final String NOT_JSON = "{\"id\":\"chatcmpl-1\",\"choices\":[ oops, not json";
  static final String BROKEN_SSE = FIRST_EVENT
      + "this line is not sse at all\n\n"
      + ": a comment\n\n"
      + "data: {not json at all\n\n"
      + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\n\n"
      + "event: mystery\ndata: [1,2\n\n"
      + "retry: soon\nid: \u0000x\n\n"
      + "data: [DONE]\n\n";

  private static FaultUpstream upstream;
  private static TestVeil veil;
  static volatile CountDownLatch clientSawFirst = new CountDownLatch(1);

  static synchronized TestVeil veil() {
    if (veil == null) {
      try {
        upstream = FaultUpstream.plain(FaultBench::misbehave);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      veil = TestVeil.start(upstream.url(), TIMEOUTS);
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

  static FaultUpstream upstream() {
    veil();
    return upstream;
  }

  /** Sends a chat completion, streamed or not, that asks the upstream for {@code fault}. */
  static Answer send(String fault, boolean stream) {
    clientSawFirst = new CountDownLatch(1);
    HttpRequest request = HttpRequest.newBuilder(URI.create(veil().url("/v1/chat/completions?fault=" + fault)))
        .header("Content-Type", "application/json").header("Authorization", "Bearer sk-test-client")
        .POST(HttpRequest.BodyPublishers.ofString(stream ? STREAM : PLAIN)).build();
    return Answer.stream(veil().http(), request, BOUND, line -> {
      if (line.startsWith("data: {")) {
        clientSawFirst.countDown();
      }
    });
  }

  private static void misbehave(String head, byte[] body, Socket s) throws Exception {
    int at = head.indexOf("fault=") + 6;
    String fault = head.substring(at, head.indexOf(' ', at));
    boolean stream = new String(body, StandardCharsets.UTF_8).contains("\"stream\":true");
    switch (fault) {
      case "hang" -> FaultUpstream.stall(s, Duration.ofSeconds(10));
      case "close" -> { } // returns: the socket closes with no answer
      case "garbage" -> FaultUpstream.write(s, "SSH-2.0-not-http\r\n\r\n");
      case "stall", "reset", "truncate" -> {
        if (stream) {
          String length = fault.equals("truncate") ? "Content-Length: 100000\r\n" : "";
          FaultUpstream.write(s, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n" + length
              + "Connection: close\r\n\r\n" + FIRST_EVENT);
        } else {
          FaultUpstream.write(s, head(200, "application/json", ANSWER.length()) + ANSWER.substring(0, ANSWER.length() / 2));
        }
        switch (fault) {
          case "stall" -> FaultUpstream.stall(s, Duration.ofSeconds(10));
          case "reset" -> {
            if (stream) {
              clientSawFirst.await(5, TimeUnit.SECONDS);
            } else {
              Thread.sleep(200); // Veil is reading the body by now; a reset before headers would answer the same
            }
            FaultUpstream.reset(s);
          }
          default -> { } // truncate: returns, the socket closes short of its length
        }
      }
      case "429-json" -> whole(s, 429, "application/json", RATE_LIMITED, "retry-after: 7\r\n");
      case "500-json" -> whole(s, 500, "application/json", SERVER_ERROR, "");
      case "503-html" -> whole(s, 503, "text/html", HTML, "");
      case "404-text" -> whole(s, 404, "text/plain", "no such route", "");
      case "invalid-json" -> whole(s, 200, "application/json", NOT_JSON, "");
      case "broken-sse" -> FaultUpstream.write(s, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
          + "Connection: close\r\n\r\n" + BROKEN_SSE);
      case "sse-cut-mid-event" -> FaultUpstream.write(s, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
          + "Connection: close\r\n\r\n" + FIRST_EVENT + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo");
      case "corrupt-gzip", "gzip-bad-magic", "gzip-bad-crc" -> {
        byte[] bad = gzip(stream ? FIRST_EVENT : ANSWER);
        switch (fault) {
          case "gzip-bad-magic" -> bad[0] = 'x';
          case "gzip-bad-crc" -> bad[bad.length - 6] ^= 1;
          default -> {
            for (int i = 10; i < bad.length - 8; i++) {
              bad[i] = (byte) (bad[i] ^ 0x5a); // a valid gzip header, a garbage deflate stream
            }
          }
        }
        FaultUpstream.write(s, "HTTP/1.1 200 OK\r\nContent-Type: " + (stream ? "text/event-stream" : "application/json")
            + "\r\nContent-Encoding: gzip\r\nContent-Length: " + bad.length + "\r\nConnection: close\r\n\r\n");
        FaultUpstream.write(s, bad);
      }
      default -> throw new IllegalArgumentException(fault);
    }
  }

  private static String head(int status, String type, int length) {
    return "HTTP/1.1 " + status + " Status\r\nContent-Type: " + type + "\r\nContent-Length: " + length
        + "\r\nConnection: close\r\n\r\n";
  }

  private static void whole(Socket s, int status, String type, String body, String extraHeaders) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    FaultUpstream.write(s, "HTTP/1.1 " + status + " Status\r\nContent-Type: " + type + "\r\n" + extraHeaders
        + "x-request-id: req_fault\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private FaultBench() {}
}
