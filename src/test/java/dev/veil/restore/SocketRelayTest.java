package dev.veil.restore;

import static dev.veil.restore.Fixtures.PERSON;
import static dev.veil.restore.Fixtures.PERSON_ORIGINAL;
import static dev.veil.restore.SseText.chunk;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real loopback socket sends SSE in tiny TCP segments. The server sends its second event only
 * after the client side has received the first one restored: a relay that buffered the stream
 * would never get there (the latch waits are deadlock guards, not timings).
 */
class SocketRelayTest {

  @Test
  void eventsReachTheClientBeforeTheUpstreamSendsMore() throws Exception {
    String first = chunk(0, "content", "Hi " + PERSON.substring(0, 5), null)
        + chunk(0, "content", PERSON.substring(5) + " 😀", null);
    String second = chunk(0, null, null, "stop") + "data: [DONE]\n\n";
    CountDownLatch firstSeen = new CountDownLatch(1);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    OutputStream client = new OutputStream() {
      @Override
      public void write(int b) {
        received.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        received.write(b, off, len);
      }

      @Override
      public void flush() {
        if (received.toString(UTF_8).contains(PERSON_ORIGINAL.replace("\"", "\\\""))) {
          firstSeen.countDown();
        }
      }
    };
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> upstream = CompletableFuture.runAsync(() -> {
        try (Socket s = server.accept()) {
          s.setTcpNoDelay(true);
          OutputStream out = s.getOutputStream();
          writeInSegments(out, first.getBytes(UTF_8));
          if (!firstSeen.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("relay held the first events back");
          }
          writeInSegments(out, second.getBytes(UTF_8));
        } catch (IOException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
        InputStream in = socket.getInputStream();
        RestoreStats stats = new RestoreStats();
        new Restore(false).relayStream(in, client, StreamKind.CHAT, Fixtures.vault(), stats);
        upstream.get(30, TimeUnit.SECONDS);
        assertEquals(1, stats.restored());
      }
    }
    String text = received.toString(UTF_8);
    assertTrue(text.endsWith("data: [DONE]\n\n"));
    assertEquals(0L, firstSeen.getCount());
  }

  private static void writeInSegments(OutputStream out, byte[] bytes) throws IOException {
    for (int i = 0; i < bytes.length; i += 3) {
      out.write(bytes, i, Math.min(3, bytes.length - i));
      out.flush();
    }
  }
}
