package dev.veil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testing.SocketUpstream;
import dev.veil.testing.TestVeil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Streams through Veil over real sockets: no buffering, disconnects propagate, faults end well-formed. */
class StreamingRelayTest {
  static final String CHUNK = "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"%s\"}}]}\n\n";
  static final String BODY = "{\"model\":\"gpt-4o\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

  /** Sends a streaming chat request over a raw socket and returns the reader positioned at the body. */
  static BufferedReader request(Socket client, TestVeil veil) throws IOException {
    OutputStream out = client.getOutputStream();
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Accept: application/json\r\nAuthorization: Bearer sk-test\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null && !line.isEmpty()) {
      // response head
    }
    return in;
  }

  /** Reads chunked-encoding lines until an SSE data line appears. */
  static String nextData(BufferedReader in) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("data:") || line.startsWith("event:")) {
        return line;
      }
    }
    return null;
  }

  @Test
  void theFirstEventReachesTheClientBeforeTheUpstreamSendsItsLast() throws Exception {
    CountDownLatch clientSawFirst = new CountDownLatch(1);
    AtomicBoolean upstreamWaitedForClient = new AtomicBoolean();
    try (SocketUpstream upstream = new SocketUpstream((head, body, out) -> {
          SocketUpstream.sseHead(out);
          SocketUpstream.write(out, String.format(CHUNK, "first"));
          upstreamWaitedForClient.set(clientSawFirst.await(10, TimeUnit.SECONDS));
          SocketUpstream.write(out, String.format(CHUNK, "last"));
          SocketUpstream.write(out, "data: [DONE]\n\n");
        });
        TestVeil veil = TestVeil.start(upstream.url());
        Socket client = new Socket("127.0.0.1", veil.port())) {
      client.setSoTimeout(10_000);
      BufferedReader in = request(client, veil);
      String first = nextData(in);
      assertNotNull(first);
      assertTrue(first.contains("first"), first);
      clientSawFirst.countDown();
      assertTrue(nextData(in).contains("last"));
      assertEquals("data: [DONE]", nextData(in));
      assertTrue(upstreamWaitedForClient.get(), "the client got the first event while the upstream held the rest");
    }
  }

  @Test
  void aClientThatDisconnectsMidStreamCancelsTheUpstreamCall() throws Exception {
    AtomicInteger written = new AtomicInteger();
    try (SocketUpstream upstream = new SocketUpstream((head, body, out) -> {
          SocketUpstream.sseHead(out);
          for (int i = 0; i < 400; i++) {
            SocketUpstream.write(out, String.format(CHUNK, "token" + i));
            written.incrementAndGet();
            Thread.sleep(25);
          }
        });
        TestVeil veil = TestVeil.start(upstream.url())) {
      try (Socket client = new Socket("127.0.0.1", veil.port())) {
        client.setSoTimeout(10_000);
        BufferedReader in = request(client, veil);
        assertTrue(nextData(in).contains("token0"));
      }
      Throwable outcome = upstream.nextOutcome(8, TimeUnit.SECONDS);
      assertNotNull(outcome, "the upstream connection was not closed after the client left");
      assertInstanceOf(IOException.class, outcome, "the upstream saw its connection closed");
      assertTrue(written.get() < 400, "the upstream stopped long before its last event: " + written.get());
      assertEquals(0, veil.app().inFlight(), "no request is left in flight");
    }
  }

  @Test
  void anUpstreamThatBreaksOffMidStreamEndsWithAnSseErrorEvent() throws Exception {
    try (SocketUpstream upstream = new SocketUpstream((head, body, out) -> {
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: 100000\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
          SocketUpstream.write(out, String.format(CHUNK, "partial"));
          // closes with 99k bytes still owed: a truncated stream
        });
        TestVeil veil = TestVeil.start(upstream.url());
        Socket client = new Socket("127.0.0.1", veil.port())) {
      client.setSoTimeout(10_000);
      BufferedReader in = request(client, veil);
      assertTrue(nextData(in).contains("partial"));
      assertEquals("event: error", nextData(in));
      String data = nextData(in);
      assertTrue(data.startsWith("data: {\"error\":{"), data);
      assertFalse(data.contains("partial"));
    }
  }
}
