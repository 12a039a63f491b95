package dev.veil.restore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.sse.SseEvent;
import dev.veil.sse.SseTransformer;
import dev.veil.sse.SseWriter;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Restores a Responses API stream. Every {@code *.delta} event with a text {@code delta}
 * ({@code response.output_text.delta}, {@code response.function_call_arguments.delta},
 * {@code response.refusal.delta}, reasoning summaries, ...) goes through a
 * {@link StreamingRestorer} per (type, item_id, output_index, content_index, summary_index); the
 * full texts repeated in {@code *.done}, {@code response.content_part.done},
 * {@code response.output_item.done} and {@code response.completed} are restored whole.
 *
 * <p>Held-back text is released in a synthetic delta event (a copy of the last delta of its
 * stream) just before the event that ends that stream, or at the end of the stream. Such an
 * insertion shifts every later {@code sequence_number} by one, so numbers stay strictly
 * increasing. Events with nothing to change are written byte for byte. One instance per stream.
 *
 * <p>With output scanning on, text deltas ({@code output_text}, {@code refusal}, reasoning text,
 * transcripts; not arguments) first go through a {@link StreamingScanner}, and the full texts of
 * the closing events are scanned whole before they are restored.
 */
final class ResponsesStream implements SseTransformer {

  private record Key(String type, String item, int output, int content, int summary) {}

  private static final class Pending {
    final DeltaStage restorer;
    JsonNode lastDelta;
    SseEvent lastEvent;

    Pending(DeltaStage restorer) {
      this.restorer = restorer;
    }
  }

  private final Placeholders placeholders;
  private final OutputScan output;
  private final RestoreStats stats;
  private final Map<Key, Pending> streams = new LinkedHashMap<>();
  private long seqShift;
  private long lastSeq = -1;

  ResponsesStream(Placeholders placeholders, RestoreStats stats) {
    this(placeholders, null, stats);
  }

  /** @param output output scanning for reader-facing text, or null when off */
  ResponsesStream(Placeholders placeholders, OutputScan output, RestoreStats stats) {
    this.placeholders = placeholders;
    this.output = output;
    this.stats = stats;
  }

  @Override
  public void onEvent(SseEvent event, SseWriter out) throws IOException {
    String data = event.data();
    JsonNode root = data == null ? null : EventJson.parse(data);
    if (root == null) {
      out.write(event);
      return;
    }
    String type = root.path("type").asText(event.event() == null ? "" : event.event());
    JsonNode seq = root.get("sequence_number");
    long seqNo = seq != null && seq.canConvertToLong() ? seq.longValue() : -1;
    lastSeq = Math.max(lastSeq, seqNo);
    boolean changed = false;
    JsonNode delta = root.get("delta");
    if (type.endsWith(".delta") && delta != null && delta.isTextual()) {
      Key key = keyOf(type, root);
      Pending p = streams.computeIfAbsent(key, k -> new Pending(stage(k.type())));
      p.lastDelta = root;
      p.lastEvent = event;
      String text = delta.textValue();
      String released = p.restorer.push(text);
      if (!released.equals(text)) {
        ((ObjectNode) root).put("delta", released);
        changed = true;
      }
    } else {
      if (type.startsWith("response.")) {
        EventJson.captureUsage(root, stats);
      }
      flushEnded(type, root, seqNo, out);
      if (output != null) {
        changed = output.tree(root);
      }
      if (placeholders.tolerant() || data.indexOf('<') >= 0) {
        changed |= JsonRestorer.restoreTree(root, placeholders, null);
      }
    }
    if (seqShift > 0 && seqNo >= 0) {
      ((ObjectNode) root).put("sequence_number", seqNo + seqShift);
      changed = true;
    }
    out.write(changed ? event.withData(EventJson.write(root)) : event);
  }

  @Override
  public void onEnd(SseWriter out) throws IOException {
    flush(k -> true, lastSeq + 1, out);
  }

  private DeltaStage stage(String type) {
    boolean arguments = type.contains("arguments");
    StreamingRestorer restorer = new StreamingRestorer(placeholders, arguments, stats);
    boolean text = type.contains("text") || type.contains("refusal") || type.contains("transcript");
    return output == null || arguments || !text ? restorer : output.stage(restorer, stats);
  }

  /** Writes the held-back rest of every delta stream that {@code type} ends. */
  private void flushEnded(String type, JsonNode root, long seqNo, SseWriter out)
      throws IOException {
    if (type.endsWith(".done") && !type.equals("response.content_part.done")
        && !type.equals("response.output_item.done")) {
      Key own = keyOf(type.substring(0, type.length() - ".done".length()) + ".delta", root);
      flush(own::equals, seqNo, out);
    } else if (type.equals("response.content_part.done")) {
      Key part = keyOf("", root);
      flush(k -> k.output() == part.output() && k.content() == part.content()
          && java.util.Objects.equals(k.item(), part.item()), seqNo, out);
    } else if (type.equals("response.output_item.done")) {
      int output = root.path("output_index").asInt(-1);
      flush(k -> k.output() == output, seqNo, out);
    } else if (type.equals("response.completed") || type.equals("response.incomplete")
        || type.equals("response.failed") || type.equals("error")) {
      flush(k -> true, seqNo, out);
    }
  }

  private void flush(Predicate<Key> which, long seqNo, SseWriter out) throws IOException {
    Iterator<Map.Entry<Key, Pending>> it = streams.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Key, Pending> e = it.next();
      if (!which.test(e.getKey())) {
        continue;
      }
      it.remove();
      Pending p = e.getValue();
      String tail = p.restorer.flush();
      if (tail.isEmpty()) {
        continue;
      }
      ObjectNode synthetic = p.lastDelta.deepCopy();
      synthetic.put("delta", tail);
      synthetic.remove("obfuscation");
      if (synthetic.has("logprobs")) {
        synthetic.putArray("logprobs");
      }
      if (seqNo >= 0 && synthetic.has("sequence_number")) {
        synthetic.put("sequence_number", seqNo + seqShift);
        seqShift++;
      }
      String json = EventJson.write(synthetic);
      out.write(p.lastEvent.complete() ? p.lastEvent.withData(json)
          : SseEvent.of(e.getKey().type(), json));
    }
  }

  private static Key keyOf(String type, JsonNode root) {
    JsonNode item = root.get("item_id");
    return new Key(type, item != null && item.isTextual() ? item.textValue() : null,
        root.path("output_index").asInt(-1), root.path("content_index").asInt(-1),
        root.path("summary_index").asInt(-1));
  }
}
