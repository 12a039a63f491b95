package dev.veil.sse;

import java.io.IOException;

/**
 * Turns each upstream event of one stream into the events the client gets.
 *
 * <p>One instance serves one stream and may keep state between events (for example text held
 * back across deltas). {@link #onEvent} must write through {@code out} before returning: an event
 * it does not change it writes as is, so the client sees the upstream's exact bytes.
 * {@link #onEnd} runs once after the last event, also when the upstream broke off, to write
 * anything still held back.
 */
public interface SseTransformer {

  /** Writes zero or more events for {@code event}, in order. */
  void onEvent(SseEvent event, SseWriter out) throws IOException;

  /** Writes what is still held back when the stream ends; nothing by default. */
  default void onEnd(SseWriter out) throws IOException {}

  /** A transformer that writes every event unchanged. */
  static SseTransformer identity() {
    return (event, out) -> out.write(event);
  }
}
