package dev.veil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testing.SocketUpstream;
import dev.veil.testing.TestVeil;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** On shutdown, a stream in flight runs to its end while new requests are turned away. */
class GracefulShutdownTest {

  @Test
  void inFlightStreamsFinishAndNewRequestsAreRefused() throws Exception {
    try (SocketUpstream upstream = new SocketUpstream((head, body, out) -> {
          SocketUpstream.sseHead(out);
          for (int i = 0; i < 10; i++) {
            SocketUpstream.write(out, String.format(StreamingRelayTest.CHUNK, "t" + i));
            Thread.sleep(100);
          }
          SocketUpstream.write(out, "data: [DONE]\n\n");
        });
        TestVeil veil = TestVeil.start(upstream.url(), "server: {shutdown_grace: 10s}")) {
      int port = veil.port();
      try (Socket client = new Socket("127.0.0.1", port)) {
        client.setSoTimeout(10_000);
        BufferedReader in = StreamingRelayTest.request(client, veil);
        assertTrue(StreamingRelayTest.nextData(in).contains("t0"));
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> veil.app().shutdown());
        Thread.sleep(150);
        assertFalse(veil.app().ready(), "not ready while draining");
        assertTrue(refused(veil), "a new request during the drain is refused");
        int events = 1;
        String line;
        while ((line = StreamingRelayTest.nextData(in)) != null && !line.equals("data: [DONE]")) {
          events++;
        }
        assertEquals("data: [DONE]", line);
        assertEquals(10, events, "every event of the in-flight stream arrived");
        stopping.get(10, TimeUnit.SECONDS);
      }
    }
  }

  static boolean refused(TestVeil veil) {
    try {
      int status = veil.http().send(HttpRequest.newBuilder(URI.create(veil.url("/v1/models")))
          .timeout(java.time.Duration.ofSeconds(3)).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding())
          .statusCode();
      return status == 503;
    } catch (IOException e) {
      return true; // connection refused: no longer accepting
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
