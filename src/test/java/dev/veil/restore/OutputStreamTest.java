package dev.veil.restore;

import static dev.veil.restore.Fixtures.EMAIL;
import static dev.veil.restore.Fixtures.EMAIL_ORIGINAL;
import static dev.veil.restore.Fixtures.PERSON;
import static dev.veil.restore.SseText.chunk;
import static dev.veil.restore.SseText.toolChunk;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.redact.Vault;
import dev.veil.sse.ChunkedInputStream;
import dev.veil.sse.SseEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Output scanning of streamed answers: bounded hold-back, nothing lost, restored values kept. */
class OutputStreamTest {

  static final String DONE = "data: [DONE]\n\n";
  static final String MODEL_MAIL = "bob.smith@example.org";
  static final String REDACTED = "[EMAIL_ADDRESS]";

  static String relay(StreamKind kind, String upstream, Vault vault, OutputScanner output,
      RestoreStats stats) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Restore(false).relayStream(new ChunkedInputStream(upstream.getBytes(UTF_8), false, 7), out,
        kind, vault, output, stats);
    return out.toString(UTF_8);
  }

  /** Per choice, the content and the tool arguments a client assembles from a chat stream. */
  static Map<String, String> assemble(String client) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (SseEvent e : SseText.events(client)) {
      if (e.data() == null || e.data().equals("[DONE]")) {
        continue;
      }
      for (JsonNode c : SseText.json(e).path("choices")) {
        int i = c.path("index").asInt();
        JsonNode d = c.path("delta");
        if (d.path("content").isTextual()) {
          out.merge("content" + i, d.get("content").textValue(), String::concat);
        }
        for (JsonNode t : d.path("tool_calls")) {
          out.merge("args" + i, t.path("function").path("arguments").asText(), String::concat);
        }
      }
    }
    return out;
  }

  private static String chatStream(String text, int i, int j) {
    return chunk(0, "content", text.substring(0, i), null)
        + chunk(0, "content", text.substring(i, j), null)
        + chunk(0, "content", text.substring(j), null) + chunk(0, null, null, "stop") + DONE;
  }

  @Test
  void chatSplitAtEveryOffsetOverTwoAndThreeEvents() throws IOException {
    String text = "Hi 😀 there. Mail " + MODEL_MAIL + " or " + EMAIL + " today.\nBye "
        + PERSON + ", write to " + MODEL_MAIL + "!";
    String expected = Fixtures.naiveRestore(text.replace(MODEL_MAIL, REDACTED));
    OutputScanner scanner = Scanners.redacting(256, "EMAIL_ADDRESS");
    for (int i = 0; i <= text.length(); i++) {
      for (int j = i; j <= text.length(); j += (i % 7 == 0 ? 1 : text.length() + 1)) {
        RestoreStats stats = new RestoreStats();
        String client = relay(StreamKind.CHAT, chatStream(text, i, j), Fixtures.vault(), scanner, stats);
        assertEquals(expected, assemble(client).get("content0"), "split " + i + "," + j);
        assertEquals(Map.of("EMAIL_ADDRESS", 2), stats.outputFindings(), "split " + i + "," + j);
        assertEquals(2, stats.restored());
      }
    }
  }

  @Test
  void multiByteTextWithCjkSentenceEndsAtEveryOffset() throws IOException {
    String text = "你好。请写信给 " + MODEL_MAIL + "。𝄞 Grüße an " + EMAIL + " 😀😀 ok";
    String expected = Fixtures.naiveRestore(text.replace(MODEL_MAIL, REDACTED));
    OutputScanner scanner = Scanners.redacting(256, "EMAIL_ADDRESS");
    for (int i = 0; i <= text.length(); i++) {
      String upstream = chunk(0, "content", text.substring(0, i), null)
          + chunk(0, "content", text.substring(i), "stop") + DONE;
      RestoreStats stats = new RestoreStats();
      String client = relay(StreamKind.CHAT, upstream, Fixtures.vault(), scanner, stats);
      assertEquals(expected, assemble(client).get("content0"), "split " + i);
      assertEquals(Map.of("EMAIL_ADDRESS", 1), stats.outputFindings());
    }
  }

  @Test
  void toolArgumentsAreRestoredNotScanned() throws IOException {
    String args = "{\"to\":\"" + MODEL_MAIL + "\",\"cc\":\"" + EMAIL + "\"}";
    String upstream = toolChunk(0, 0, args.substring(0, 9)) + toolChunk(0, 0, args.substring(9))
        + chunk(0, null, null, "tool_calls") + DONE;
    RestoreStats stats = new RestoreStats();
    String client = relay(StreamKind.CHAT, upstream, Fixtures.vault(),
        Scanners.redacting(256, "EMAIL_ADDRESS"), stats);
    JsonNode sent = SseText.MAPPER.readTree(assemble(client).get("args0"));
    assertEquals(MODEL_MAIL, sent.get("to").textValue());
    assertEquals(EMAIL_ORIGINAL, sent.get("cc").textValue());
    assertEquals(Map.of(), stats.outputFindings());
  }

  @Test
  void textWithoutSentenceEndsWaitsAtMostMaxHoldChars() {
    OutputScan scan = new OutputScan(Scanners.redacting(32, "EMAIL_ADDRESS"),
        new Placeholders(new Vault(), false));
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 12; k++) {
      text.append("word").append(k).append(k % 3 == 0 ? " mail " + MODEL_MAIL + " " : " ");
    }
    text.append("x".repeat(70)).append(" tail");
    for (int step = 1; step <= 9; step += 4) {
      StreamingScanner s = new StreamingScanner(scan, new RestoreStats());
      StringBuilder out = new StringBuilder();
      for (int at = 0; at < text.length(); at += step) {
        out.append(s.push(text.substring(at, Math.min(text.length(), at + step))));
        assertTrue(s.held() <= 32, "held " + s.held() + " after " + at);
      }
      out.append(s.flush());
      assertEquals(text.toString().replace(MODEL_MAIL, REDACTED), out.toString(), "step " + step);
    }
  }

  @Test
  void anAddressAcrossTheForcedReleaseIsHeldWhole() throws IOException {
    String text = "aaaa bbbb cccc dddd eeee ffff " + MODEL_MAIL + " gggg hhhh";
    OutputScanner scanner = Scanners.redacting(24, "EMAIL_ADDRESS");
    for (int i = 0; i <= text.length(); i++) {
      String upstream = chunk(0, "content", text.substring(0, i), null)
          + chunk(0, "content", text.substring(i), null) + DONE;
      String client = relay(StreamKind.CHAT, upstream, new Vault(), scanner, new RestoreStats());
      assertEquals(text.replace(MODEL_MAIL, REDACTED), assemble(client).get("content0"), "split " + i);
    }
  }

  @Test
  void responsesDeltasAndClosingTextsAtEveryOffset() throws IOException {
    String text = "Sure. Mail " + MODEL_MAIL + " or " + EMAIL + ", bye";
    String expected = Fixtures.naiveRestore(text.replace(MODEL_MAIL, REDACTED));
    OutputScanner scanner = Scanners.redacting(256, "EMAIL_ADDRESS");
    for (int cut = 0; cut <= text.length(); cut++) {
      int at = cut;
      StringBuilder up = new StringBuilder();
      int[] seq = {0};
      java.util.function.BiConsumer<String, java.util.function.Consumer<ObjectNode>> ev = (type, f) -> {
        ObjectNode d = SseText.MAPPER.createObjectNode().put("type", type).put("sequence_number", seq[0]++);
        f.accept(d);
        up.append("event: ").append(type).append("\ndata: ").append(d).append("\n\n");
      };
      ev.accept("response.output_text.delta", d -> d.put("item_id", "m").put("output_index", 0)
          .put("content_index", 0).put("delta", text.substring(0, at)));
      ev.accept("response.output_text.delta", d -> d.put("item_id", "m").put("output_index", 0)
          .put("content_index", 0).put("delta", text.substring(at)));
      ev.accept("response.output_text.done", d -> d.put("item_id", "m").put("output_index", 0)
          .put("content_index", 0).put("text", text));
      ev.accept("response.completed", d -> d.putObject("response").putArray("output").addObject()
          .putArray("content").addObject().put("type", "output_text").put("text", text));
      RestoreStats stats = new RestoreStats();
      String client = relay(StreamKind.RESPONSES, up.toString(), Fixtures.vault(), scanner, stats);
      StringBuilder deltas = new StringBuilder();
      long last = -1;
      for (SseEvent e : SseText.events(client)) {
        JsonNode d = SseText.json(e);
        assertTrue(d.get("sequence_number").longValue() > last);
        last = d.get("sequence_number").longValue();
        switch (e.event()) {
          case "response.output_text.delta" -> deltas.append(d.get("delta").textValue());
          case "response.output_text.done" -> assertEquals(expected, d.get("text").textValue());
          case "response.completed" ->
              assertEquals(expected, d.at("/response/output/0/content/0/text").textValue());
          default -> { }
        }
      }
      assertEquals(expected, deltas.toString(), "cut " + cut);
      assertEquals(Map.of("EMAIL_ADDRESS", 1), stats.outputFindings(), "closing texts are not counted again");
    }
  }

  @Test
  void aFailingScannerFailsClosedInAStream() throws IOException {
    String text = "Mail " + MODEL_MAIL + ". Or " + EMAIL + ".";
    RestoreStats stats = new RestoreStats();
    String client = relay(StreamKind.CHAT, chatStream(text, 7, 20), Fixtures.vault(), Scanners.failing(), stats);
    String content = assemble(client).get("content0");
    assertFalse(content.contains("bob"), content);
    assertFalse(content.contains("example"), content);
    assertTrue(stats.outputFindings().get("UNSCANNED") >= 1);
  }

  @Test
  void withScanningOffTheStreamIsRelayedAsBefore() throws IOException {
    String text = "Mail " + MODEL_MAIL + " or " + EMAIL + ".";
    String upstream = chatStream(text, 3, 17);
    assertEquals(SseText.relay(StreamKind.CHAT, upstream, Fixtures.vault(), new RestoreStats(), 7),
        relay(StreamKind.CHAT, upstream, Fixtures.vault(), null, new RestoreStats()));
    String plain = chatStream("Mail " + MODEL_MAIL + ".", 3, 9);
    assertEquals(plain, relay(StreamKind.CHAT, plain, new Vault(), null, new RestoreStats()),
        "byte for byte");
  }
}
