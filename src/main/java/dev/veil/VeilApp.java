package dev.veil;

import dev.veil.audit.AuditLog;
import dev.veil.audit.KeyedHash;
import dev.veil.audit.Observers;
import dev.veil.audit.QuietLibraries;
import dev.veil.body.Pipeline;
import dev.veil.detect.Detector;
import dev.veil.detect.builtin.BuiltinDetectors;
import dev.veil.detect.builtin.BuiltinOptions;
import dev.veil.detect.names.NameDetectors;
import dev.veil.metrics.VeilMetrics;
import dev.veil.restore.OutputScanner;
import dev.veil.restore.Restore;
import dev.veil.config.ConfigException;
import dev.veil.config.VeilConfig;
import dev.veil.http.AdminServer;
import dev.veil.audit.ExchangeListener;
import dev.veil.http.ActiveConfig;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The composition root: builds every part from one config, by constructor, and owns their lifecycle. */
public final class VeilApp implements AutoCloseable {
  private final ScheduledExecutorService timer;
  private final Upstream upstream;
  private final Gate gate;
  private final PublicServer server;
  private final AdminServer admin;
  private static final String WARM_UP =
      "From: Dr. Jane Doe <jane.doe@example.com>, tel +1 415 555 0132, born 1980-01-02, 10 Main Street, Springfield";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VeilApp.class);
  private final VeilMetrics metrics;
  private final KeyedHash hashes;
  private final AtomicReference<Loaded> active = new AtomicReference<>();
  private volatile boolean stopped;

  /**
   * A config together with what was built from it.
   *
   * @param output the answer scanner, or null when {@code output.enabled} is false
   */
  private record Loaded(VeilConfig config, ActiveConfig active, OutputScanner output) {}

  private VeilApp(VeilConfig config, Map<String, String> env) {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "veil-timer");
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true); // a deadline per request is cancelled almost always: keep the queue small
    this.timer = timer;
    this.upstream = new Upstream(config.upstream(), timer);
    this.gate = new Gate(config.server().maxConcurrentRequests());
    QuietLibraries.install();
    this.hashes = new KeyedHash(config.audit().hashKey(), config.audit().hashKeyId(), new SecureRandom());
    if (hashes.ephemeral() && config.audit().enabled()) {
      LOG.warn("audit.hash_key (VEIL_HASH_KEY) is not set: a random key is used, so hashed ids will not link across restarts or replicas");
    }
    this.metrics = new VeilMetrics(gate::inFlight);
    AuditLog audit = config.audit().enabled() ? new AuditLog(Veil.version(), hashes.keyId()) : null;
    ExchangeListener listener = new Observers(audit, metrics, System::nanoTime, System::currentTimeMillis);
    this.active.set(build(config));
    // built once: a reload that changes redaction.restore_tolerant takes effect after a restart;
    // the output scanner is read per answer, so output: changes take effect on reload
    RestoreAnswers answers = new RestoreAnswers(new Restore(config.redaction().restoreTolerant()),
        () -> active.get().output());
    ProxyHandler proxy = new ProxyHandler(() -> active.get().active(), upstream, answers, gate, listener);
    this.server = new PublicServer(config.server(), proxy, this::ready, new PemTls());
    this.admin = config.admin().enabled() ? new AdminServer(config.admin(), this::ready, metrics::scrape) : null;
  }

  /**
   * The redaction pipeline for a config: built-in detectors plus the config's rules, whose
   * examples are checked here (a failing one is a {@link dev.veil.config.ConfigException}).
   */
  public static Pipeline pipeline(VeilConfig config) {
    List<Detector> builtins = new ArrayList<>(BuiltinDetectors.all(new BuiltinOptions(config.redaction().phoneRegions())));
    builtins.addAll(NameDetectors.all());
    for (Detector d : builtins) {
      d.detect(WARM_UP); // loads word lists and metadata now, not on the first request
    }
    return new Pipeline(config.redaction(), config.limits(), builtins);
  }

  private Loaded build(VeilConfig c) {
    ProxySettings settings = new ProxySettings(c, hashes::hash,
        c.audit().hashClientIp() ? hashes::hash : null, c.audit().redactionHeader());
    Pipeline pipeline = pipeline(c);
    return new Loaded(c, new ActiveConfig(settings, new PipelineRedaction(pipeline, hashes::hash)),
        OutputPolicy.of(c.output(), pipeline.redactor()));
  }

  /**
   * Switches to {@code next} for requests that start from now on; requests in flight finish
   * under the config they started with. Redaction, limits, client keys and the upstream key take
   * effect at once; listen addresses, upstream URL, timeouts and redaction.restore_tolerant need a
   * restart (said in the log).
   * A config whose rules do not build is refused and the running one kept.
   *
   * @return whether the new config is now active
   */
  public boolean reload(VeilConfig next) {
    Loaded built;
    try {
      built = build(next);
    } catch (ConfigException e) {
      reloadRejected(e);
      return false;
    }
    VeilConfig previous = active.getAndSet(built).config();
    metrics.configReload(true);
    if (!previous.server().equals(next.server()) || !previous.admin().equals(next.admin())
        || !sameConnection(previous.upstream(), next.upstream()) || !sameAuditLog(previous.audit(), next.audit())
        || !previous.redaction().restoreTolerant().equals(next.redaction().restoreTolerant())) {
      LOG.warn("config reloaded; changes to server, admin, upstream connection, audit.enabled/hash_key/hash_key_id or"
          + " redaction.restore_tolerant take effect after a restart");
    } else {
      LOG.info("config reloaded");
    }
    return true;
  }

  /** Counts and reports a config that could not be loaded; the running config stays. */
  void reloadRejected(ConfigException e) {
    metrics.configReload(false);
    LOG.error("config reload rejected, keeping the running config: {}", e.getMessage());
  }

  private static boolean sameAuditLog(dev.veil.config.AuditConfig a, dev.veil.config.AuditConfig b) {
    return a.enabled().equals(b.enabled()) && a.hashKey().equals(b.hashKey()) && a.hashKeyId().equals(b.hashKeyId());
  }

  private static boolean sameConnection(dev.veil.config.UpstreamConfig a, dev.veil.config.UpstreamConfig b) {
    return a.url().equals(b.url()) && a.connectTimeout().equals(b.connectTimeout())
        && a.headersTimeout().equals(b.headersTimeout()) && a.readTimeout().equals(b.readTimeout())
        && a.writeTimeout().equals(b.writeTimeout()) && a.maxIdleConnections().equals(b.maxIdleConnections())
        && a.keepAlive().equals(b.keepAlive());
  }

  /** The config requests now start under. */
  public VeilConfig config() {
    return active.get().config();
  }

  /** Runs {@code task} every {@code period} on Veil's timer thread, until Veil closes. */
  void every(java.time.Duration period, Runnable task) {
    timer.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
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
      gate.drain(config().server().shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
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
