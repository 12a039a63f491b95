package dev.veil.config;

import java.time.Duration;

/**
 * The public listener: serves {@code /v1/*}, {@code /healthz} and {@code /readyz} only.
 *
 * @param host address to bind
 * @param port listen port ({@code VEIL_PORT} overrides)
 * @param maxThreads request threads when running on Java 17-20; on 21+ every request gets a
 *     virtual thread and this is ignored
 * @param maxConcurrentRequests requests in flight (streams included) before Veil sheds load
 *     with 503 and {@code retry-after}
 * @param idleTimeout a client connection silent this long (e.g. a stalled upload) is closed
 * @param shutdownGrace on SIGTERM, how long in-flight requests and streams may finish
 * @param maxHeaderBytes largest request header block accepted (larger: 431)
 * @param tls optional TLS on this port
 */
public record ServerConfig(
    String host,
    Integer port,
    Integer maxThreads,
    Integer maxConcurrentRequests,
    Duration idleTimeout,
    Duration shutdownGrace,
    Integer maxHeaderBytes,
    TlsConfig tls) {
  public ServerConfig {
    host = host == null ? "0.0.0.0" : host;
    port = port == null ? 8080 : port;
    maxThreads = maxThreads == null ? 400 : maxThreads;
    maxConcurrentRequests = maxConcurrentRequests == null ? 4096 : maxConcurrentRequests;
    idleTimeout = idleTimeout == null ? Duration.ofSeconds(30) : idleTimeout;
    shutdownGrace = shutdownGrace == null ? Duration.ofSeconds(30) : shutdownGrace;
    maxHeaderBytes = maxHeaderBytes == null ? 16 * 1024 : maxHeaderBytes;
    tls = tls == null ? new TlsConfig(null, null) : tls;
  }

  /**
   * TLS on the public port from PEM files; off unless both are set.
   *
   * @param certFile PEM certificate chain
   * @param keyFile PEM private key (PKCS#8)
   */
  public record TlsConfig(String certFile, String keyFile) {
    public TlsConfig {
      certFile = certFile == null || certFile.isBlank() ? null : certFile;
      keyFile = keyFile == null || keyFile.isBlank() ? null : keyFile;
    }

    public boolean enabled() {
      return certFile != null;
    }
  }
}
