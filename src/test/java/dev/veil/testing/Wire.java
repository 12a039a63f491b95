package dev.veil.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;

/**
 * The upstream's side of one HTTP/1.1 exchange on a raw socket: a whole JSON answer, or an event
 * stream written in tiny TCP segments. With {@code segment} bytes per write (each flushed, on a
 * socket with TCP_NODELAY, with a short pause between writes) a reader sees UTF-8 characters,
 * SSE lines and JSON split at arbitrary byte positions. Not thread-safe: one per exchange.
 */
public final class Wire {
  private static final long PAUSE_NANOS = 150_000;

  private final OutputStream out;
  private final int segment;

  /** @param segment bytes per write of {@link #send}; 0 writes each text in one piece */
  public Wire(OutputStream out, int segment) {
    this.out = out;
    this.segment = segment;
  }

  /** A complete 200 answer with a JSON body; the connection closes after it. */
  public void json(String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-request-id: req_echo\r\nContent-Length: "
        + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.flush();
  }

  /** The head of an event stream that runs until the connection closes. */
  public void sseHead() throws IOException {
    SocketUpstream.sseHead(out);
  }

  /** Writes {@code text} as UTF-8, {@code segment} bytes per write, each flushed. */
  public void send(String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (segment <= 0) {
      out.write(bytes);
      out.flush();
      return;
    }
    for (int i = 0; i < bytes.length; i += segment) {
      out.write(bytes, i, Math.min(segment, bytes.length - i));
      out.flush();
      LockSupport.parkNanos(PAUSE_NANOS); // let the reader wake up for this segment alone
    }
  }

  /** Sends each event in turn. */
  public void send(Iterable<String> events) throws IOException {
    for (String e : events) {
      send(e);
    }
  }
}
