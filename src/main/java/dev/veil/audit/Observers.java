package dev.veil.audit;

import dev.veil.metrics.VeilMetrics;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/** The exchange listener Veil runs with: the audit line and the metrics, fed from one record. */
public final class Observers implements ExchangeListener {
  private final AuditLog audit;
  private final VeilMetrics metrics;
  private final LongSupplier nanos;
  private final LongSupplier epochMillis;

  /** @param audit null when the audit log is off */
  public Observers(AuditLog audit, VeilMetrics metrics, LongSupplier nanos, LongSupplier epochMillis) {
    this.audit = audit;
    this.metrics = metrics;
    this.nanos = nanos;
    this.epochMillis = epochMillis;
  }

  @Override
  public ExchangeRecord begin() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String id = "veil_" + Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
    return new ExchangeRecord(id, nanos.getAsLong(), epochMillis.getAsLong());
  }

  @Override
  public void end(ExchangeRecord record) {
    if (record.endNanos == 0) {
      record.endNanos = nanos.getAsLong();
    }
    try {
      metrics.record(record);
      if (audit != null) {
        audit.record(record);
      }
    } catch (RuntimeException e) {
      // never fail a request for its bookkeeping; the failure itself carries no content
      org.slf4j.LoggerFactory.getLogger(Observers.class).warn("audit/metrics failed: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void streamStarted(ExchangeRecord record) {
    metrics.streamStarted();
  }

  @Override
  public void streamEnded(ExchangeRecord record) {
    metrics.streamEnded();
  }
}
