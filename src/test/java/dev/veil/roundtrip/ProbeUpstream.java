package dev.veil.roundtrip;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A keep-alive SSE upstream for {@link StreamLatencyProbe}: every request gets a chunked chat
 * stream, so Veil's pool and a direct client both reuse their connections. The request's
 * {@code model} picks the script: {@code probe-first} sends one event, then the rest at once;
 * {@code probe-hold} sends {@code "Hi <PER"}, waits {@link #HOLD_MILLIS}, then {@code "SON_..>!"}
 * (the first PERSON token of the request, or a made-up one when there is none).
 */
final class ProbeUpstream implements AutoCloseable {
  static final long HOLD_MILLIS = 50;
  private static final Pattern PERSON = Pattern.compile("<PERSON_[0-9a-z]+>");

  private final ServerSocket server;

  ProbeUpstream() throws IOException {
    server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          Thread t = new Thread(() -> serve(s), "probe-upstream-conn");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "probe-upstream");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  private void serve(Socket s) {
    try (s) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (true) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        int length = 0;
        for (String line : head.split("\r\n")) {
          if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
            length = Integer.parseInt(line.substring(15).trim());
          }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        if (body.contains("\"probe-hold\"")) {
          Matcher m = PERSON.matcher(body);
          String token = m.find() ? m.group() : "<PERSON_0a1b2c3d>";
          chunk(out, event("Hi " + token.substring(0, 4)));
          sleep(HOLD_MILLIS);
          chunk(out, event(token.substring(4) + "!") + finish() + "data: [DONE]\n\n");
        } else {
          chunk(out, event("Hello"));
          chunk(out, event(" there,") + event(" how") + event(" can") + event(" I help?") + finish() + "data: [DONE]\n\n");
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // the client went away
    }
  }

  private static void sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  private static String event(String content) {
    return "data: {\"id\":\"chatcmpl-p\",\"object\":\"chat.completion.chunk\",\"created\":1731000000,\"model\":\"gpt-4o\","
        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":null}]}\n\n";
  }

  private static String finish() {
    return "data: {\"id\":\"chatcmpl-p\",\"object\":\"chat.completion.chunk\",\"created\":1731000000,\"model\":\"gpt-4o\","
        + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n";
  }

  private static void chunk(OutputStream out, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(b.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(b);
    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** The request head, or null at a clean end of the connection. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(512);
    int state = 0;
    while (state < 4) {
      int c = in.read();
      if (c < 0) {
        return null;
      }
      b.write(c);
      state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
