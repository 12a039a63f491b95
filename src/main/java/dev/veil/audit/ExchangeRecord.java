package dev.veil.audit;

import java.util.Map;
import java.util.TreeMap;

/**
 * What Veil learned about one exchange, as typed metadata: no field can hold request or response
 * content. Filled by the request handler as the exchange goes on, then handed to the audit sink
 * and metrics once. Not thread-safe; one request owns it.
 */
public final class ExchangeRecord {

  /** How the exchange ended. */
  public enum Outcome {
    FORWARDED("forwarded"),
    BLOCKED("blocked"),
    REJECTED("rejected"),
    UPSTREAM_ERROR("upstream_error"),
    CLIENT_GONE("client_gone");

    public final String label;

    Outcome(String label) {
      this.label = label;
    }
  }

  public final String requestId;
  public final long startNanos;
  public final long startEpochMillis;
  public String method = "";
  public String route = "";
  public String model;
  public boolean stream;
  public int status;
  public Outcome outcome = Outcome.FORWARDED;
  /** A stable error code (Veil's, or the upstream failure kind), never a message. */
  public String errorCode;
  public String upstreamRequestId;
  public long upstreamStartNanos;
  public long upstreamHeadersNanos;
  public long firstByteNanos;
  public long endNanos;
  public long bytesIn;
  public long bytesOut;
  public long promptTokens = -1;
  public long completionTokens = -1;
  public long totalTokens = -1;
  /** Client key id (managed mode) or a keyed hash of the bearer key (pass-through). */
  public String clientKeyHash;
  public String userHash;
  public String clientIpHash;
  public final Map<String, Integer> redactionsByEntity = new TreeMap<>();
  public final Map<String, Integer> redactionsByAction = new TreeMap<>();
  public final Map<String, Integer> restore = new TreeMap<>();
  /** What output scanning found in the answer (PII the model wrote on its own), per entity type. */
  public final Map<String, Integer> outputFindings = new TreeMap<>();
  public int images;

  public ExchangeRecord(String requestId, long startNanos, long startEpochMillis) {
    this.requestId = requestId;
    this.startNanos = startNanos;
    this.startEpochMillis = startEpochMillis;
  }

  @Override
  public String toString() {
    return "ExchangeRecord[" + requestId + " " + route + " " + status + " " + outcome.label + "]";
  }
}
