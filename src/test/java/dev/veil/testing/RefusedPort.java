package dev.veil.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port that refuses connections for as long as this object is open.
 *
 * <p>A port taken from a closed {@code ServerSocket} is free again, and the next server that binds
 * port 0 (a Veil under test, its admin port) can get it, so "nothing listens there" stops being
 * true. A bound socket that never listens keeps the port reserved while connects to it are refused.
 */
public final class RefusedPort implements AutoCloseable {
  private final Socket reserved = new Socket();

  public RefusedPort() {
    try {
      reserved.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return reserved.getLocalPort();
  }

  public String url() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public void close() throws IOException {
    reserved.close();
  }
}
