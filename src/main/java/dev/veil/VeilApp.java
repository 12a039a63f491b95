package dev.veil;

import dev.veil.audit.AuditLog;
import dev.veil.audit.KeyedHash;
import dev.veil.audit.Observers;
import dev.veil.audit.QuietLibraries;
import dev.veil.body.Pipeline;
import dev.veil.detect.Detector;
import dev.veil.detect.names.NameDetectors;
import dev.veil.metrics.VeilMetrics;
import dev.veil.restore.Restore;
import dev.veil.config.VeilConfig;
import dev.veil.http.AdminServer;
import dev.veil.audit.ExchangeListener;
import dev.veil.http.Gate;
import dev.veil.http.ProxyHandler;
import dev.veil.http.PemTls;
import dev.veil.http.ProxySettings;
import dev.veil.http.PublicServer;
import dev.veil.upstream.Upstream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The composition root: builds every part from one config, by constructor, and owns their lifecycle. */
public final class VeilApp implements AutoCloseable {
  private final VeilConfig config;
  private final ScheduledExecutorService timer;
  private final Upstream upstream;
  private final Gate gate;
  private final PublicServer server;
  private final AdminServer admin;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VeilApp.class);
  private final VeilMetrics metrics;
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
    QuietLibraries.install();
    KeyedHash hashes = new KeyedHash(config.audit().hashKey(), config.audit().hashKeyId(), new SecureRandom());
    if (hashes.ephemeral() && config.audit().enabled()) {
      LOG.warn("audit.hash_key (VEIL_HASH_KEY) is not set: a random key is used, so hashed ids will not link across restarts or replicas");
    }
    this.metrics = new VeilMetrics(gate::inFlight);
    AuditLog audit = config.audit().enabled() ? new AuditLog(Veil.version(), hashes.keyId()) : null;
    ExchangeListener listener = new Observers(audit, metrics, System::nanoTime, System::currentTimeMillis);
    ProxySettings settings = new ProxySettings(config, hashes::hash,
        config.audit().hashClientIp() ? hashes::hash : null, config.audit().redactionHeader());
    PipelineRedaction redaction = new PipelineRedaction(pipeline(config));
    RestoreAnswers answers = new RestoreAnswers(new Restore(false));
    ProxyHandler proxy = new ProxyHandler(settings, upstream, redaction, answers, gate, listener);
    this.server = new PublicServer(config.server(), proxy, this::ready, new PemTls());
    this.admin = config.admin().enabled() ? new AdminServer(config.admin(), this::ready, metrics::scrape) : null;
  }

  /**
   * The redaction pipeline for a config: built-in detectors plus the config's rules, whose
   * examples are checked here (a failing one is a {@link dev.veil.config.ConfigException}).
   */
  public static Pipeline pipeline(VeilConfig config) {
    List<Detector> builtins = new ArrayList<>(NameDetectors.all());
    return new Pipeline(config.redaction(), config.limits(), builtins);
  }

  /** Builds and starts Veil on {@code config}. */
  public static VeilApp start(VeilConfig config, Map<String, String> env) {
    VeilApp app = new VeilApp(config, env);
    try {
      app.server.start();
      if (app.admin != null) {
        app.admin.start();
      }
    } catch (RuntimeException e) {
      app.close();
      throw e;
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

}
