package dev.veil.metrics;

import dev.veil.audit.ExchangeRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
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
    Counter.builder("veil_requests_total").description("Requests by route, model, status and outcome")
        .tags("route", route, "model", model, "status", Integer.toString(r.status), "outcome", r.outcome.label)
        .register(registry).increment();
    timer("veil_request_duration", "Request time inside Veil, start to end", route, r.startNanos, r.endNanos);
    if (r.upstreamStartNanos > 0) {
      timer("veil_upstream_duration", "Upstream time, request sent to answer relayed", route, r.upstreamStartNanos, r.endNanos);
    }
    if (r.firstByteNanos > 0) {
      timer("veil_ttfb", "Time to the first answer byte sent to the client", route, r.startNanos, r.firstByteNanos);
    }
    if (r.outcome == ExchangeRecord.Outcome.UPSTREAM_ERROR && r.errorCode != null) {
      Counter.builder("veil_upstream_errors_total").description("Upstream failures by kind")
          .tags("kind", words.of(r.errorCode)).register(registry).increment();
    }
    if (r.outcome == ExchangeRecord.Outcome.BLOCKED) {
      Counter.builder("veil_blocked_total").description("Requests refused by policy")
          .tags("route", route).register(registry).increment();
    }
    for (Map.Entry<String, Integer> e : r.redactionsByEntity.entrySet()) {
      Counter.builder("veil_redactions_total").description("Findings redacted, by entity type")
          .tags("entity", words.of(e.getKey())).register(registry).increment(e.getValue());
    }
    for (Map.Entry<String, Integer> e : r.redactionsByAction.entrySet()) {
      Counter.builder("veil_redaction_actions_total").description("Findings by action taken")
          .tags("action", words.of(e.getKey())).register(registry).increment(e.getValue());
    }
    for (Map.Entry<String, Integer> e : r.restore.entrySet()) {
      Counter.builder("veil_restore_total").description("Placeholder restore fidelity in answers")
          .tags("result", words.of(e.getKey())).register(registry).increment(e.getValue());
    }
  }

  /** Counts a config reload attempt. */
  public void configReload(boolean ok) {
    Counter.builder("veil_config_reloads_total").description("Config reloads by result")
        .tags("result", ok ? "ok" : "rejected").register(registry).increment();
  }

  private void timer(String name, String description, String route, long from, long to) {
    if (from <= 0 || to < from) {
      return;
    }
    Timer.builder(name).description(description).tags("route", route)
        .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
        .register(registry).record(to - from, TimeUnit.NANOSECONDS);
  }

  /** The Prometheus text exposition. */
  public String scrape() {
    return registry.scrape();
  }
}
