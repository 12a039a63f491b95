package dev.veil.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.testing.TestVeil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An upstream that takes the connection and the request head but never reads the body: once the
 * socket buffers are full, Veil's write waits, and {@code write_timeout} (not the much longer
 * {@code headers_timeout}) ends the exchange with 504.
 */
class WriteStallTest {

  @Test
  void anUpstreamThatStopsReadingTheBodyIs504AfterTheWriteTimeout() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket upstream = new ServerSocket()) {
      upstream.setReceiveBufferSize(4096);
      upstream.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            Socket s = upstream.accept();
            synchronized (held) {
              held.add(s); // never read: the request body backs up into Veil's writes
            }
          }
        } catch (java.io.IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String yaml = "upstream: {write_timeout: 1s, headers_timeout: 60s, read_timeout: 60s}\n"
          + "limits: {max_body_bytes: 33554432}\nredaction: {enabled: false}\n";
      try (TestVeil veil = TestVeil.start("http://127.0.0.1:" + upstream.getLocalPort(), yaml)) {
        String filler = "x".repeat(1 << 20);
        StringBuilder body = new StringBuilder("{\"model\":\"m\",\"messages\":[");
        for (int i = 0; i < 24; i++) {
          body.append(i == 0 ? "" : ",").append("{\"role\":\"user\",\"content\":\"").append(filler).append("\"}");
        }
        body.append("]}");
        long start = System.nanoTime();
        HttpResponse<String> r = veil.postJson("/v1/chat/completions", body.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(504, r.statusCode(), r.body());
        assertEquals("upstream_timeout", new ObjectMapper().readTree(r.body()).at("/error/code").asText());
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "ended by the write timeout, not the headers one: " + took);
      }
    } finally {
      synchronized (held) {
        for (Socket s : held) {
          s.close();
        }
      }
    }
  }
}
