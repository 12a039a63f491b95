package dev.veil.restore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.sse.SseEvent;
import dev.veil.sse.SseTransformer;
import dev.veil.sse.SseWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores a Chat Completions stream: {@code choices[i].delta.content}, {@code .refusal} and
 * {@code .tool_calls[j].function.arguments}, each through its own {@link StreamingRestorer};
 * with output scanning on, {@code content} and {@code refusal} first go through a
 * {@link StreamingScanner}.
 *
 * <p>Text held back is released when its choice finishes (appended to the finishing chunk's own
 * field when it has one, else in a synthetic chunk written just before it), at {@code [DONE]}
 * (synthetic chunks just before it), or at the end of the stream. An event with nothing to
 * change, the usage chunk, and data that is not JSON are written byte for byte as received.
 * One instance per stream.
 */
final class ChatStream implements SseTransformer {

  private static final int CONTENT = 0;
  private static final int REFUSAL = 1;
  private static final int ARGUMENTS = 2;
  private static final String[] FIELDS = {"content", "refusal", "arguments"};

  private record Key(int choice, int field, int tool) {}

  private final Placeholders placeholders;
  private final OutputScan output;
  private final RestoreStats stats;
  private final Map<Key, DeltaStage> restorers = new LinkedHashMap<>();
  private JsonNode lastChunk;
  private SseEvent lastEvent;

  ChatStream(Placeholders placeholders, RestoreStats stats) {
    this(placeholders, null, stats);
  }

  /** @param output output scanning for {@code content} and {@code refusal}, or null when off */
  ChatStream(Placeholders placeholders, OutputScan output, RestoreStats stats) {
    this.placeholders = placeholders;
    this.output = output;
    this.stats = stats;
  }

  @Override
  public void onEvent(SseEvent event, SseWriter out) throws IOException {
    String data = event.data();
    if (data == null) {
      out.write(event);
      return;
    }
    if (data.strip().equals("[DONE]")) {
      flushAll(event, out);
      out.write(event);
      return;
    }
    JsonNode root = EventJson.parse(data);
    if (root == null) {
      out.write(event);
      return;
    }
    EventJson.captureUsage(root, stats);
    boolean changed = false;
    List<SseEvent> before = null;
    JsonNode choices = root.get("choices");
    if (choices instanceof ArrayNode array) {
      for (int c = 0; c < array.size(); c++) {
        if (!(array.get(c) instanceof ObjectNode choice)) {
          continue;
        }
        int index = choice.path("index").asInt(c);
        JsonNode reason = choice.get("finish_reason");
        boolean finishing = reason != null && !reason.isNull();
        if (choice.get("delta") instanceof ObjectNode delta) {
          changed |= push(delta, new Key(index, CONTENT, -1), finishing);
          changed |= push(delta, new Key(index, REFUSAL, -1), finishing);
          if (delta.get("tool_calls") instanceof ArrayNode calls) {
            for (int t = 0; t < calls.size(); t++) {
              JsonNode call = calls.get(t);
              if (call.get("function") instanceof ObjectNode function) {
                changed |= push(function, new Key(index, ARGUMENTS, call.path("index").asInt(t)),
                    finishing);
              }
            }
          }
        }
        if (finishing) {
          before = flushChoice(index, root, event, before);
        }
      }
    }
    lastChunk = root;
    lastEvent = event;
    if (before != null) {
      for (SseEvent e : before) {
        out.write(e);
      }
    }
    out.write(changed ? event.withData(EventJson.write(root)) : event);
  }

  @Override
  public void onEnd(SseWriter out) throws IOException {
    flushAll(lastEvent != null && lastEvent.complete() ? lastEvent : null, out);
  }

  /** Pushes one text field through its restorer; on a finishing chunk also appends the rest. */
  private boolean push(ObjectNode node, Key key, boolean finishing) {
    JsonNode value = node.get(FIELDS[key.field()]);
    if (value == null || !value.isTextual()) {
      return false;
    }
    DeltaStage r = restorers.computeIfAbsent(key, this::stage);
    String text = value.textValue();
    String released = r.push(text);
    if (finishing) {
      released = released + r.flush();
      restorers.remove(key);
    }
    if (released.equals(text)) {
      return false;
    }
    node.put(FIELDS[key.field()], released);
    return true;
  }

  private DeltaStage stage(Key key) {
    StreamingRestorer restorer = new StreamingRestorer(placeholders, key.field() == ARGUMENTS, stats);
    return output == null || key.field() == ARGUMENTS ? restorer : output.stage(restorer, stats);
  }

  private List<SseEvent> flushChoice(int choice, JsonNode root, SseEvent framing,
      List<SseEvent> before) {
    Iterator<Map.Entry<Key, DeltaStage>> it = restorers.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Key, DeltaStage> e = it.next();
      if (e.getKey().choice() == choice) {
        String tail = e.getValue().flush();
        it.remove();
        if (!tail.isEmpty()) {
          before = before == null ? new ArrayList<>() : before;
          before.add(synthetic(root, e.getKey(), tail, framing));
        }
      }
    }
    return before;
  }

  private void flushAll(SseEvent framing, SseWriter out) throws IOException {
    for (Map.Entry<Key, DeltaStage> e : restorers.entrySet()) {
      String tail = e.getValue().flush();
      if (!tail.isEmpty() && lastChunk != null) {
        out.write(synthetic(lastChunk, e.getKey(), tail, framing));
      }
    }
    restorers.clear();
  }

  /** A chunk like {@code envelope} carrying only {@code tail} for one choice and field. */
  private static SseEvent synthetic(JsonNode envelope, Key key, String tail, SseEvent framing) {
    ObjectNode chunk = EventJson.nodes().objectNode();
    envelope.fields().forEachRemaining(f -> {
      switch (f.getKey()) {
        case "choices" -> chunk.putArray("choices");
        case "obfuscation" -> { }
        case "usage" -> chunk.putNull("usage");
        default -> chunk.set(f.getKey(), f.getValue());
      }
    });
    if (!chunk.has("choices")) {
      chunk.putArray("choices");
    }
    ObjectNode choice = ((ArrayNode) chunk.get("choices")).addObject();
    choice.put("index", key.choice());
    ObjectNode delta = choice.putObject("delta");
    if (key.field() == ARGUMENTS) {
      ObjectNode call = delta.putArray("tool_calls").addObject();
      call.put("index", key.tool());
      call.putObject("function").put("arguments", tail);
    } else {
      delta.put(FIELDS[key.field()], tail);
    }
    choice.putNull("logprobs");
    choice.putNull("finish_reason");
    String json = EventJson.write(chunk);
    return framing != null ? framing.withData(json) : SseEvent.of(null, json);
  }
}
