package dev.veil.audit;

/**
 * Sees each exchange begin and end: where the audit sink and metrics hook in. Must be fast and
 * must not throw (the OkHttp EventListener rule).
 */
public interface ExchangeListener {

  /** A fresh record with a new request id and the start time. */
  ExchangeRecord begin();

  /** The exchange is over; the record is final. Called exactly once per {@link #begin()}. */
  void end(ExchangeRecord record);

  /** A streamed answer started relaying to the client. */
  default void streamStarted(ExchangeRecord record) {}

  /** A streamed answer ended, however it ended. */
  default void streamEnded(ExchangeRecord record) {}
}
