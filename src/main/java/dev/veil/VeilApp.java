package dev.veil;

import dev.veil.audit.ExchangeRecord;
import dev.veil.config.VeilConfig;
import dev.veil.http.AdminServer;
import dev.veil.http.ExchangeListener;
import dev.veil.http.Gate;
import dev.veil.http.ProxyHandler;
import dev.veil.http.ProxySettings;
import dev.veil.http.PublicServer;
import dev.veil.upstream.Upstream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The composition root: builds every part from one config, by constructor, and owns their lifecycle. */
public final class VeilApp implements AutoCloseable {
  private final VeilConfig config;
  private final ScheduledExecutorService timer;
  private final Upstream upstream;
  private final Gate gate;
  private final PublicServer server;
  private final AdminServer admin;
  private volatile boolean stopped;

  private VeilApp(VeilConfig config, Map<String, String> env) {
    this.config = config;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "veil-timer");
      t.setDaemon(true);
      return t;
    });
    this.upstream = new Upstream(config.upstream(), timer);
    this.gate = new Gate(config.server().maxConcurrentRequests());
    byte[] hashKey = new byte[32];
    new SecureRandom().nextBytes(hashKey);
    ProxySettings settings = new ProxySettings(config, v -> hmac(hashKey, v), true);
    InterimPipeline pipeline = new InterimPipeline();
    ExchangeListener listener = new ExchangeListener() {
      @Override
      public ExchangeRecord begin() {
        return new ExchangeRecord(UUID.randomUUID().toString(), System.nanoTime(), System.currentTimeMillis());
      }

      @Override
      public void end(ExchangeRecord record) {}
    };
    ProxyHandler proxy = new ProxyHandler(settings, upstream, pipeline, pipeline, gate, listener);
    this.server = new PublicServer(config.server(), proxy, this::ready, PublicServer.TlsConnectors.plain());
    this.admin = config.admin().enabled() ? new AdminServer(config.admin(), this::ready, () -> "") : null;
  }

  /** Builds and starts Veil on {@code config}. */
  public static VeilApp start(VeilConfig config, Map<String, String> env) {
    VeilApp app = new VeilApp(config, env);
    app.server.start();
    if (app.admin != null) {
      app.admin.start();
    }
    return app;
  }

  public int port() {
    return server.port();
  }

  public int adminPort() {
    return admin == null ? -1 : admin.port();
  }

  /** Requests in flight on the public port, streams included. */
  public int inFlight() {
    return gate.inFlight();
  }

  public boolean ready() {
    return !stopped && !gate.draining();
  }

  /**
   * Graceful stop: refuse new requests, let in-flight requests and streams finish up to the
   * configured grace, then close everything.
   */
  public void shutdown() {
    server.stopAccepting();
    try {
      gate.drain(config.server().shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
  }

  @Override
  public void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    server.close();
    if (admin != null) {
      admin.close();
    }
    upstream.close();
    timer.shutdownNow();
  }

  static String hmac(byte[] key, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] out = mac.doFinal(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(out, 0, 8);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
