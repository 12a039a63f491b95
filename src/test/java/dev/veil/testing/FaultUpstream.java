package dev.veil.testing;

import dev.veil.config.ServerConfig;
import dev.veil.http.PemTls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A hand-scripted HTTP/1.1 upstream on a loopback socket that hands the script the socket
 * itself, so it can stall, half-write, reset ({@code SO_LINGER 0}) or close at any byte. It
 * counts the connections it accepted and the requests it read whole, so a test can check that
 * nothing was forwarded. {@link #tls} serves HTTPS with the test-only key pair, which Veil does
 * not trust. {@link #close()} closes every socket still open, so no script outlives its test.
 */
public final class FaultUpstream implements AutoCloseable {
  static final String CERT = "src/test/resources/tls/test-only-cert.pem";
  static final String KEY = "src/test/resources/tls/test-only-key.pem";

  /** Answers one request; the socket is closed after it returns. */
  @FunctionalInterface
  public interface Script {
    void answer(String head, byte[] body, Socket socket) throws Exception;
  }

  private final ServerSocket server;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  private FaultUpstream(ServerSocket server, Script script) {
    this.server = server;
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          connections.incrementAndGet();
          open.add(s);
          Thread t = new Thread(() -> serve(s, script), "fault-upstream-conn");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "fault-upstream");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Plain HTTP on 127.0.0.1. */
  public static FaultUpstream plain(Script script) throws IOException {
    return new FaultUpstream(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), script);
  }

  /** HTTPS on 127.0.0.1 with the self-signed test certificate. */
  public static FaultUpstream tls(Script script) throws IOException, GeneralSecurityException {
    char[] password = new char[0];
    KeyStore ks = PemTls.keyStore(new ServerConfig.TlsConfig(CERT, KEY), password);
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, password);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    return new FaultUpstream(ctx.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress()), script);
  }

  private void serve(Socket s, Script script) {
    try (s) {
      s.setTcpNoDelay(true);
      s.setSoTimeout(10_000); // a script never waits on Veil for longer than this
      InputStream in = s.getInputStream();
      String head = readHead(in);
      int length = 0;
      for (String line : head.split("\r\n")) {
        if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      byte[] body = in.readNBytes(length);
      requests.incrementAndGet();
      script.answer(head, body, s);
    } catch (Exception e) {
      // a failed handshake, Veil going away, or a script that reset the socket: all expected here
    } finally {
      open.remove(s);
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

  /** Connections accepted (TLS ones whose handshake failed included). */
  public int connections() {
    return connections.get();
  }

  /** Requests read whole, i.e. forwarded by Veil. */
  public int requests() {
    return requests.get();
  }

  public String url() {
    return (server instanceof javax.net.ssl.SSLServerSocket ? "https" : "http") + "://127.0.0.1:" + server.getLocalPort();
  }

  /** Writes text and flushes it. */
  public static void write(Socket s, String text) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Writes raw bytes and flushes them. */
  public static void write(Socket s, byte[] bytes) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(bytes);
    out.flush();
  }

  /** Aborts the connection with a TCP RST instead of a FIN. */
  public static void reset(Socket s) throws IOException {
    s.setSoLinger(true, 0);
    s.close();
  }

  /** Says nothing until the peer closes the connection or {@code max} passes. */
  public static void stall(Socket s, Duration max) throws IOException {
    s.setSoTimeout((int) max.toMillis());
    try {
      while (s.getInputStream().read() >= 0) {
        // discard
      }
    } catch (SocketTimeoutException e) {
      // the peer held on: give up, the test bound has passed anyway
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
