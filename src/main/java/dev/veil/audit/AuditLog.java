package dev.veil.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
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
  private static final JsonFactory JSON = new JsonFactory();
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
    StringWriter w = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("ts", Instant.ofEpochMilli(r.startEpochMillis).toString());
      g.writeStringField("event", "veil.request");
      g.writeStringField("request_id", r.requestId);
      optional(g, "upstream_request_id", r.upstreamRequestId);
      g.writeStringField("method", r.method);
      g.writeStringField("route", r.route);
      optional(g, "model", model(r.model));
      g.writeBooleanField("stream", r.stream);
      g.writeNumberField("status", r.status);
      g.writeStringField("outcome", r.outcome.label);
      optional(g, "error_code", r.errorCode);
      g.writeObjectFieldStart("ms");
      g.writeNumberField("total", millis(r.startNanos, r.endNanos));
      if (r.upstreamStartNanos > 0 && r.upstreamHeadersNanos > 0) {
        g.writeNumberField("upstream_headers", millis(r.upstreamStartNanos, r.upstreamHeadersNanos));
      }
      if (r.upstreamStartNanos > 0 && r.endNanos > 0) {
        g.writeNumberField("upstream", millis(r.upstreamStartNanos, r.endNanos));
      }
      if (r.firstByteNanos > 0) {
        g.writeNumberField("ttfb", millis(r.startNanos, r.firstByteNanos));
      }
      g.writeEndObject();
      g.writeNumberField("bytes_in", r.bytesIn);
      g.writeNumberField("bytes_out", r.bytesOut);
      if (r.totalTokens >= 0 || r.promptTokens >= 0) {
        g.writeObjectFieldStart("usage");
        g.writeNumberField("prompt_tokens", r.promptTokens);
        g.writeNumberField("completion_tokens", r.completionTokens);
        g.writeNumberField("total_tokens", r.totalTokens);
        g.writeEndObject();
      }
      counts(g, "redactions", r.redactionsByEntity);
      counts(g, "actions", r.redactionsByAction);
      counts(g, "restore", r.restore);
      counts(g, "output", r.outputFindings);
      if (r.images > 0) {
        g.writeNumberField("images", r.images);
      }
      optional(g, "client", r.clientKeyHash);
      optional(g, "user", r.userHash);
      optional(g, "client_ip", r.clientIpHash);
      g.writeStringField("key_id", keyId);
      g.writeStringField("veil", version);
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("audit line failed", e);
    }
    return w.toString();
  }

  /** The model name as the client sent it, if it has a model name's shape; else "other" (a client could put any text there). */
  static String model(String model) {
    if (model == null) {
      return null;
    }
    return MODEL.matcher(model).matches() ? model : "other";
  }

  private static void counts(JsonGenerator g, String name, Map<String, Integer> counts) throws IOException {
    if (counts.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static double millis(long from, long to) {
    if (from == 0 || to < from) {
      return 0;
    }
    return Math.round((to - from) / 10_000.0) / 100.0;
  }
}
