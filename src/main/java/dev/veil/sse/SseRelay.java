package dev.veil.sse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Relays one event stream from an upstream to a client, event by event, through a transformer.
 *
 * <p>Each event is read, transformed and written (and flushed) before the next read starts, so
 * nothing waits for the end of the stream. When the upstream breaks off with an IOException,
 * every complete event read so far has been written, the transformer's {@link
 * SseTransformer#onEnd} has written what it held back, and the IOException propagates so the
 * caller can close the stream with an error event. Bytes of an incomplete event at that moment
 * are dropped: written half, they would merge with the caller's error event. A stream that ends
 * cleanly but inside an event is treated the same way, as a {@link TruncatedStreamException}.
 */
public final class SseRelay {

  private SseRelay() {}

  /** Relays until the upstream ends; see the class contract for failures. */
  public static void relay(InputStream upstream, OutputStream client, SseTransformer transformer)
      throws IOException {
    SseReader reader = new SseReader(upstream);
    SseWriter writer = new SseWriter(client);
    SseEvent event;
    try {
      event = reader.next();
    } catch (IOException broken) {
      endAfterFailure(transformer, writer, broken);
      throw broken;
    }
    while (event != null) {
      if (!event.complete() && !onlyLineEnds(event.raw())) {
        TruncatedStreamException truncated = new TruncatedStreamException();
        endAfterFailure(transformer, writer, truncated);
        throw truncated;
      }
      transformer.onEvent(event, writer);
      try {
        event = reader.next();
      } catch (IOException broken) {
        endAfterFailure(transformer, writer, broken);
        throw broken;
      }
    }
    transformer.onEnd(writer);
  }

  /** A trailing "event" of bare line ends (the LF of a CRLF split from its CR) is not a cut-off event. */
  private static boolean onlyLineEnds(byte[] raw) {
    for (byte c : raw) {
      if (c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  private static void endAfterFailure(SseTransformer t, SseWriter w, IOException broken) {
    try {
      t.onEnd(w);
    } catch (IOException | RuntimeException alsoFailed) {
      broken.addSuppressed(alsoFailed);
    }
  }
}
