package dev.veil.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * HTTP/1.1 by hand over one loopback socket, for what an HTTP client library will not send:
 * chunked bodies written chunk by chunk, uploads that stop halfway, oversized headers. Every read
 * is bounded, so a server that never answers fails the test instead of hanging it.
 */
public final class RawHttp implements AutoCloseable {

  /**
   * How the exchange ended: an answer, or the server closing (or resetting) the connection
   * without one.
   *
   * @param answer the answer, or null when the connection closed first
   * @param closedAfter how long after {@link #awaitAnswer} started the connection closed or answered
   */
  public record Outcome(Answer answer, Duration closedAfter) {}

  private final Socket socket;
  private final OutputStream out;

  public RawHttp(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
  }

  /** A request head with {@code Connection: close}; {@code headers} are full lines without CRLF. */
  public static String head(String method, String path, String... headers) {
    StringBuilder sb = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (String h : headers) {
      sb.append(h).append("\r\n");
    }
    return sb.append("Connection: close\r\n\r\n").toString();
  }

  /** One chunk of a chunked body (an empty one ends it). */
  public static byte[] chunk(byte[] data) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(data);
    b.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }

  public RawHttp send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.UTF_8));
  }

  public RawHttp send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /**
   * Reads the answer (Content-Length, chunked, or up to EOF), waiting at most {@code bound}
   * overall; a connection closed or reset before a status line gives an outcome without answer.
   */
  public Outcome awaitAnswer(Duration bound) throws IOException {
    long start = System.nanoTime();
    long deadline = start + bound.toNanos();
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        throw new AssertionError("no answer and no close within " + bound + ": the server hung");
      }
      socket.setSoTimeout((int) left);
      int n;
      try {
        n = in.read(buf);
      } catch (SocketTimeoutException e) {
        continue;
      } catch (SocketException e) {
        n = -1; // reset: the same as a close for the client
      }
      if (n > 0) {
        all.write(buf, 0, n);
      }
      Answer answer = parse(all.toByteArray(), n < 0);
      if (answer != null || n < 0) {
        return new Outcome(answer, Duration.ofNanos(System.nanoTime() - start));
      }
    }
  }

  /** The answer in {@code bytes} when it is complete (or {@code eof} ends it), else null. */
  static Answer parse(byte[] bytes, boolean eof) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return null;
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    String type = "";
    long length = -1;
    boolean chunked = false;
    for (String line : lines) {
      String l = line.toLowerCase(Locale.ROOT);
      if (l.startsWith("content-type:")) {
        type = line.substring(13).trim();
      } else if (l.startsWith("content-length:")) {
        length = Long.parseLong(l.substring(15).trim());
      } else if (l.startsWith("transfer-encoding:") && l.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if (chunked) {
      body = dechunk(body);
      if (body == null && !eof) {
        return null;
      }
    } else if (length >= 0 ? body.length < length : !eof) {
      return null;
    }
    return new Answer(status, type, new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (true) {
      int crlf = indexOf(b, i);
      if (crlf < 0) {
        return null;
      }
      String size = new String(b, i, crlf - i, StandardCharsets.US_ASCII);
      int semi = size.indexOf(';');
      int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
      if (n == 0) {
        return out.toByteArray();
      }
      if (crlf + 2 + n + 2 > b.length) {
        return null;
      }
      out.write(b, crlf + 2, n);
      i = crlf + 2 + n + 2;
    }
  }

  private static int indexOf(byte[] b, int from) {
    for (int i = from; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
