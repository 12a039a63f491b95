package dev.veil.sse;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes events to a client and flushes after each one, so no event waits for a later one.
 *
 * <p>Not thread-safe. Errors from the output stream (a client that went away) propagate.
 */
public final class SseWriter {

  private final OutputStream out;
  private long events;

  public SseWriter(OutputStream out) {
    this.out = out;
  }

  /** Writes the event's bytes exactly as they are and flushes. */
  public void write(SseEvent event) throws IOException {
    out.write(event.raw());
    out.flush();
    events++;
  }

  /** Writes a new event with LF line ends ({@link SseEvent#of}) and flushes. */
  public void write(String event, String data) throws IOException {
    write(SseEvent.of(event, data));
  }

  /** How many events this writer has written. */
  public long events() {
    return events;
  }
}
