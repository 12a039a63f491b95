package dev.veil.restore;

import static dev.veil.restore.Fixtures.EMAIL;
import static dev.veil.restore.Fixtures.EMAIL_ORIGINAL;
import static dev.veil.restore.Fixtures.PERSON;
import static dev.veil.restore.Fixtures.PERSON_ORIGINAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.redact.Vault;
import dev.veil.sse.SseEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ResponsesStreamTest {

  /** Builds a Responses stream with consecutive sequence numbers. */
  private static final class Script {
    final StringBuilder text = new StringBuilder();
    int seq;

    Script event(String type, Consumer<ObjectNode> fields) {
      ObjectNode data = SseText.MAPPER.createObjectNode().put("type", type)
          .put("sequence_number", seq++);
      fields.accept(data);
      text.append("event: ").append(type).append('\n').append("data: ").append(data)
          .append("\n\n");
      return this;
    }

    Script textDelta(String delta) {
      return event("response.output_text.delta", d -> d.put("item_id", "msg_1")
          .put("output_index", 1).put("content_index", 0).put("delta", delta)
          .put("obfuscation", "zz").putArray("logprobs"));
    }

    Script argsDelta(String delta) {
      return event("response.function_call_arguments.delta", d -> d.put("item_id", "fc_1")
          .put("output_index", 2).put("delta", delta));
    }
  }

  private static Script stream(String text, String args, int cut) {
    Script s = new Script();
    s.event("response.created", d -> d.putObject("response").put("model", "gpt-4.1")
        .putNull("usage"));
    s.textDelta(text.substring(0, cut)).textDelta(text.substring(cut));
    s.event("response.output_text.done", d -> d.put("item_id", "msg_1").put("output_index", 1)
        .put("content_index", 0).put("text", text));
    s.event("response.content_part.done", d -> d.put("item_id", "msg_1").put("output_index", 1)
        .put("content_index", 0).putObject("part").put("type", "output_text").put("text", text));
    int c = Math.min(cut, args.length());
    s.argsDelta(args.substring(0, c)).argsDelta(args.substring(c));
    s.event("response.function_call_arguments.done", d -> d.put("item_id", "fc_1")
        .put("output_index", 2).put("arguments", args));
    s.event("response.output_item.done", d -> d.put("output_index", 2).putObject("item")
        .put("type", "function_call").put("arguments", args));
    s.event("response.completed", d -> {
      ObjectNode r = d.putObject("response").put("model", "gpt-4.1");
      r.putArray("output").addObject().put("type", "message").putArray("content").addObject()
          .put("type", "output_text").put("text", text);
      r.putObject("usage").put("input_tokens", 12).put("output_tokens", 30)
          .put("total_tokens", 42);
    });
    return s;
  }

  @Test
  void deltasDonesAndCompletedAreRestoredAtEverySplit() throws IOException {
    String text = "Hello " + PERSON + ", write to " + EMAIL + ".";
    String args = "{\"to\":\"" + EMAIL + "\",\"name\":\"" + PERSON + "\"}";
    for (int cut = 0; cut <= text.length(); cut++) {
      RestoreStats stats = new RestoreStats();
      String client = SseText.relay(StreamKind.RESPONSES, stream(text, args, cut).text.toString(),
          Fixtures.vault(), stats, 3);
      StringBuilder deltas = new StringBuilder();
      StringBuilder argDeltas = new StringBuilder();
      List<Long> seqs = new ArrayList<>();
      String expected = Fixtures.naiveRestore(text);
      for (SseEvent e : SseText.events(client)) {
        JsonNode d = SseText.json(e);
        assertEquals(d.get("type").textValue(), e.event(), "event line kept");
        seqs.add(d.get("sequence_number").longValue());
        switch (e.event()) {
          case "response.output_text.delta" -> deltas.append(d.get("delta").textValue());
          case "response.function_call_arguments.delta" ->
              argDeltas.append(d.get("delta").textValue());
          case "response.output_text.done" -> assertEquals(expected, d.get("text").textValue());
          case "response.content_part.done" ->
              assertEquals(expected, d.at("/part/text").textValue());
          case "response.function_call_arguments.done" ->
              assertArgs(d.get("arguments").textValue());
          case "response.output_item.done" -> assertArgs(d.at("/item/arguments").textValue());
          case "response.completed" ->
              assertEquals(expected, d.at("/response/output/0/content/0/text").textValue());
          default -> { }
        }
      }
      assertEquals(expected, deltas.toString(), "cut " + cut);
      assertArgs(argDeltas.toString());
      for (int i = 0; i < seqs.size(); i++) {
        assertEquals(i, seqs.get(i).intValue(), "sequence numbers stay in order");
      }
      assertEquals(4, stats.restored(), "deltas count; repeated full texts do not");
      assertEquals(42, stats.totalTokens());
      assertEquals("gpt-4.1", stats.model());
    }
  }

  private static void assertArgs(String json) {
    try {
      JsonNode a = SseText.MAPPER.readTree(json);
      assertEquals(EMAIL_ORIGINAL, a.get("to").textValue());
      assertEquals(PERSON_ORIGINAL, a.get("name").textValue());
    } catch (IOException e) {
      throw new AssertionError("arguments are not valid JSON", e);
    }
  }

  @Test
  void unresolvedTailGetsASyntheticDeltaAndLaterNumbersShift() throws IOException {
    Script s = new Script().textDelta("see <PERSON_").event("response.output_text.done",
        d -> d.put("item_id", "msg_1").put("output_index", 1).put("content_index", 0)
            .put("text", "see <PERSON_")).event("response.completed", d -> d.putObject("response"));
    String client = SseText.relay(StreamKind.RESPONSES, s.text.toString(), Fixtures.vault(),
        new RestoreStats(), 4096);
    List<SseEvent> events = SseText.events(client);
    assertEquals(List.of("response.output_text.delta", "response.output_text.delta",
        "response.output_text.done", "response.completed"),
        events.stream().map(SseEvent::event).toList());
    assertEquals("see ", SseText.json(events.get(0)).get("delta").textValue());
    JsonNode synthetic = SseText.json(events.get(1));
    assertEquals("<PERSON_", synthetic.get("delta").textValue());
    assertEquals("msg_1", synthetic.get("item_id").textValue());
    assertFalse(synthetic.has("obfuscation"));
    for (int i = 0; i < events.size(); i++) {
      assertEquals(i, SseText.json(events.get(i)).get("sequence_number").intValue());
    }
  }

  @Test
  void streamWithoutPlaceholdersIsByteForByte() throws IOException {
    String upstream = stream("plain text", "{\"a\":1}", 3).text.toString();
    assertEquals(upstream, SseText.relay(StreamKind.RESPONSES, upstream, Fixtures.vault(),
        new RestoreStats(), 5));
    RestoreStats stats = new RestoreStats();
    String withTokens = stream("x " + PERSON, "{}", 1).text.toString();
    assertEquals(withTokens, SseText.relay(StreamKind.RESPONSES, withTokens, new Vault(), stats,
        5));
    assertEquals(42, stats.totalTokens());
    assertTrue(stats.model() != null);
  }
}
