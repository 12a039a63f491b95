package dev.veil.http;

import dev.veil.audit.ExchangeRecord;

/**
 * Sees each exchange begin and end: where the audit sink and metrics hook in. Must be fast and
 * must not throw (the OkHttp EventListener rule).
 */
public interface ExchangeListener {

  /** A fresh record with a new request id and the start time. */
  ExchangeRecord begin();

  /** The exchange is over; the record is final. Called exactly once per {@link #begin()}. */
  void end(ExchangeRecord record);
}
