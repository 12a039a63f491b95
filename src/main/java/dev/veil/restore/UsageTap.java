package dev.veil.restore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veil.sse.SseEvent;
import dev.veil.sse.SseTransformer;
import dev.veil.sse.SseWriter;
import java.io.IOException;

/**
 * Relays every event byte for byte and only reads the model name and token usage on the way:
 * the path for an empty vault and for streams of unknown shape. It parses an event only when
 * its data mentions {@code "usage"}, or {@code "model"} while no model is known yet.
 */
final class UsageTap implements SseTransformer {

  private final RestoreStats stats;

  UsageTap(RestoreStats stats) {
    this.stats = stats;
  }

  @Override
  public void onEvent(SseEvent event, SseWriter out) throws IOException {
    out.write(event);
    String data = event.data();
    if (data != null && (data.contains("\"usage\"")
        || (stats.model() == null && data.contains("\"model\"")))) {
      JsonNode root = EventJson.parse(data);
      if (root != null) {
        EventJson.captureUsage(root, stats);
      }
    }
  }
}
