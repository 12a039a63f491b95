package dev.veil.audit;

import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one JSON line per exchange to the {@code veil.audit} logger (stdout by default). Every
 * field comes from a typed field of {@link ExchangeRecord}: ids, route names, counts, durations,
 * keyed hashes. There is no field for content, so none can be written.
 */
public final class AuditLog {
  private static final Logger LOG = LoggerFactory.getLogger("veil.audit");
  private static final java.util.regex.Pattern MODEL = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/\\-]{0,79}");

  private final String version;
  private final String keyId;

  public AuditLog(String version, String keyId) {
    this.version = version;
    this.keyId = keyId;
  }

  public void record(ExchangeRecord r) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    LOG.info(line(r));
  }

  /** The audit line for a record (public for the documentation test). */
  public String line(ExchangeRecord r) {
    JsonLine g = new JsonLine()
        .string("ts", Instant.ofEpochMilli(r.startEpochMillis).toString())
        .string("event", "veil.request")
        .string("request_id", r.requestId)
        .optional("upstream_request_id", r.upstreamRequestId)
        .string("method", r.method)
        .string("route", r.route)
        .optional("model", model(r.model))
        .bool("stream", r.stream)
        .number("status", r.status)
        .string("outcome", r.outcome.label)
        .optional("error_code", r.errorCode)
        .start("ms")
        .number("total", millis(r.startNanos, r.endNanos));
    if (r.upstreamStartNanos > 0 && r.upstreamHeadersNanos > 0) {
      g.number("upstream_headers", millis(r.upstreamStartNanos, r.upstreamHeadersNanos));
    }
    if (r.upstreamStartNanos > 0 && r.endNanos > 0) {
      g.number("upstream", millis(r.upstreamStartNanos, r.endNanos));
    }
    if (r.firstByteNanos > 0) {
      g.number("ttfb", millis(r.startNanos, r.firstByteNanos));
    }
    g.end().number("bytes_in", r.bytesIn).number("bytes_out", r.bytesOut);
    if (r.totalTokens >= 0 || r.promptTokens >= 0) {
      g.start("usage")
          .number("prompt_tokens", r.promptTokens)
          .number("completion_tokens", r.completionTokens)
          .number("total_tokens", r.totalTokens)
          .end();
    }
    counts(g, "redactions", r.redactionsByEntity);
    counts(g, "actions", r.redactionsByAction);
    counts(g, "restore", r.restore);
    counts(g, "output", r.outputFindings);
    if (r.images > 0) {
      g.number("images", r.images);
    }
    return g.optional("client", r.clientKeyHash)
        .optional("user", r.userHash)
        .optional("client_ip", r.clientIpHash)
        .string("key_id", keyId)
        .string("veil", version)
        .toString();
  }

  /** The model name as the client sent it, if it has a model name's shape; else "other" (a client could put any text there). */
  static String model(String model) {
    if (model == null) {
      return null;
    }
    return MODEL.matcher(model).matches() ? model : "other";
  }

  private static void counts(JsonLine g, String name, Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return;
    }
    g.start(name);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      g.number(e.getKey(), e.getValue());
    }
    g.end();
  }

  private static double millis(long from, long to) {
    if (from == 0 || to < from) {
      return 0;
    }
    return Math.round((to - from) / 10_000.0) / 100.0;
  }
}
