package dev.veil.metrics;

import dev.veil.audit.ExchangeRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * Prometheus metrics, scraped on the admin port. Labels carry only bounded, non-content values:
 * route names with ids replaced, model names of a known shape (at most 64 distinct), status
 * codes, outcomes, entity types, actions and failure kinds.
 */
public final class VeilMetrics {
  private static final Pattern MODEL =
      Pattern.compile("(gpt|o[0-9]|text-embedding|omni-moderation|text-moderation|chatgpt|dall-e|whisper|tts|"
          + "davinci|babbage|codex|computer-use|gpt-image|sora)[a-z0-9.\\-]*");
  private static final Pattern ROUTE = Pattern.compile("/v1(/[a-z._{}]+){0,4}|other");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.:\\-]{1,64}");

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final BoundedLabels models = new BoundedLabels(MODEL, 64);
  private final BoundedLabels routes = new BoundedLabels(ROUTE, 64);
  private final BoundedLabels words = new BoundedLabels(WORD, 256);
  private final AtomicInteger activeStreams = new AtomicInteger();
  // Meters are looked up once per label set and kept: registering on every request costs more
  // than the request's bookkeeping itself. Every key is a bounded label value.
  private final Map<RequestKey, Counter> requests = new ConcurrentHashMap<>();
  private final Map<String, RouteTimers> timers = new ConcurrentHashMap<>();
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  private record RequestKey(String route, String model, int status, String outcome) {}

  private record RouteTimers(Timer total, Timer upstream, Timer ttfb) {}

  public VeilMetrics(IntSupplier inFlight) {
    Gauge.builder("veil_active_streams", activeStreams, AtomicInteger::get)
        .description("Streamed answers being relayed now").register(registry);
    Gauge.builder("veil_in_flight_requests", inFlight::getAsInt)
        .description("Requests in flight on the public port").register(registry);
  }

  public void streamStarted() {
    activeStreams.incrementAndGet();
  }

  public void streamEnded() {
    activeStreams.decrementAndGet();
  }

  /** Counts one finished exchange. Must not throw. */
  public void record(ExchangeRecord r) {
    String route = routes.of(r.route);
    String model = models.of(r.model);
    requests.computeIfAbsent(new RequestKey(route, model, r.status, r.outcome.label), k ->
        Counter.builder("veil_requests_total").description("Requests by route, model, status and outcome")
            .tags("route", k.route(), "model", k.model(), "status", Integer.toString(k.status()), "outcome", k.outcome())
            .register(registry)).increment();
    RouteTimers t = timers.computeIfAbsent(route, k -> new RouteTimers(
        timer("veil_request_duration", "Request time inside Veil, start to end", k),
        timer("veil_upstream_duration", "Upstream time, request sent to answer relayed", k),
        timer("veil_ttfb", "Time to the first answer byte sent to the client", k)));
    record(t.total(), r.startNanos, r.endNanos);
    if (r.upstreamStartNanos > 0) {
      record(t.upstream(), r.upstreamStartNanos, r.endNanos);
    }
    if (r.firstByteNanos > 0) {
      record(t.ttfb(), r.startNanos, r.firstByteNanos);
    }
    if (r.outcome == ExchangeRecord.Outcome.UPSTREAM_ERROR && r.errorCode != null) {
      count("veil_upstream_errors_total", "Upstream failures by kind", "kind", words.of(r.errorCode), 1);
    }
    if (r.outcome == ExchangeRecord.Outcome.BLOCKED) {
      count("veil_blocked_total", "Requests refused by policy", "route", route, 1);
    }
    for (Map.Entry<String, Integer> e : r.redactionsByEntity.entrySet()) {
      count("veil_redactions_total", "Findings redacted, by entity type", "entity", words.of(e.getKey()), e.getValue());
    }
    for (Map.Entry<String, Integer> e : r.redactionsByAction.entrySet()) {
      count("veil_redaction_actions_total", "Findings by action taken", "action", words.of(e.getKey()), e.getValue());
    }
    for (Map.Entry<String, Integer> e : r.restore.entrySet()) {
      count("veil_restore_total", "Placeholder restore fidelity in answers", "result", words.of(e.getKey()), e.getValue());
    }
    for (Map.Entry<String, Integer> e : r.outputFindings.entrySet()) {
      count("veil_output_findings_total", "PII the model wrote on its own, found by output scanning, by entity type",
          "entity", words.of(e.getKey()), e.getValue());
    }
  }

  private void count(String name, String description, String tag, String value, int n) {
    counters.computeIfAbsent(name + '\u0000' + value, k ->
        Counter.builder(name).description(description).tags(tag, value).register(registry)).increment(n);
  }

  /** Counts a config reload attempt. */
  public void configReload(boolean ok) {
    count("veil_config_reloads_total", "Config reloads by result", "result", ok ? "ok" : "rejected", 1);
  }

  private Timer timer(String name, String description, String route) {
    return Timer.builder(name).description(description).tags("route", route)
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
        .register(registry);
  }

  private static void record(Timer timer, long from, long to) {
    if (from > 0 && to >= from) {
      timer.record(to - from, TimeUnit.NANOSECONDS);
    }
  }

  /** The Prometheus text exposition. */
  public String scrape() {
    return registry.scrape();
  }
}
