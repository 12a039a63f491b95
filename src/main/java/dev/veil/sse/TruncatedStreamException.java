package dev.veil.sse;

import java.io.IOException;

/** The upstream ended its event stream in the middle of an event; the partial event was not relayed. */
public final class TruncatedStreamException extends IOException {
  public TruncatedStreamException() {
    super("event stream ended mid-event", null);
  }
}
