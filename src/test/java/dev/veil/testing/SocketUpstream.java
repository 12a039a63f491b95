package dev.veil.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bare HTTP/1.1 upstream on a real loopback socket, for what WireMock cannot script: answers
 * written in pieces with pauses, in tiny TCP segments, or cut off. Each accepted connection's
 * request is read whole, then {@link Script#answer} writes the answer by hand.
 */
public final class SocketUpstream implements AutoCloseable {

  /** Writes the answer for one request. */
  @FunctionalInterface
  public interface Script {
    void answer(String requestHead, byte[] requestBody, OutputStream out) throws Exception;
  }

  private final ServerSocket server;
  private final Thread acceptor;
  private final LinkedBlockingQueue<Throwable> outcomes = new LinkedBlockingQueue<>();

  public SocketUpstream(Script script) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          Thread t = new Thread(() -> serve(s, script), "socket-upstream-conn");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "socket-upstream");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void serve(Socket s, Script script) {
    try (s) {
      s.setTcpNoDelay(true);
      InputStream in = s.getInputStream();
      String head = readHead(in);
      int length = 0;
      for (String line : head.split("\r\n")) {
        if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      byte[] body = in.readNBytes(length);
      script.answer(head, body, s.getOutputStream());
      outcomes.add(new Done());
    } catch (Throwable t) {
      outcomes.add(t);
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("eof in head");
      }
      b.write(c);
      state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  /** Marker for a script that ran to its end. */
  public static final class Done extends Throwable {
    Done() {
      super("done", null, false, false);
    }
  }

  /** How the next connection's script ended: {@link Done}, or what it threw (e.g. a write to a closed socket). */
  public Throwable nextOutcome(long timeout, TimeUnit unit) throws InterruptedException {
    return outcomes.poll(timeout, unit);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** The head of an SSE answer that runs until the connection closes. */
  public static void sseHead(OutputStream out) throws IOException {
    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
        + "x-request-id: req_stream\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  public static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
