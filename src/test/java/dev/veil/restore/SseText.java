package dev.veil.restore;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.veil.redact.Vault;
import dev.veil.sse.ChunkedInputStream;
import dev.veil.sse.SseEvent;
import dev.veil.sse.SseReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Builds upstream streams and reads what the client got. */
final class SseText {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private SseText() {}

  static String chunk(int choice, String field, String text, String finish) {
    ObjectNode root = MAPPER.createObjectNode().put("id", "chatcmpl-1")
        .put("object", "chat.completion.chunk").put("created", 1).put("model", "gpt-4o");
    ObjectNode c = root.putArray("choices").addObject().put("index", choice);
    ObjectNode delta = c.putObject("delta");
    if (field != null) {
      delta.put(field, text);
    }
    c.putNull("logprobs");
    if (finish == null) {
      c.putNull("finish_reason");
    } else {
      c.put("finish_reason", finish);
    }
    root.put("obfuscation", "abc");
    return "data: " + write(root, text) + "\n\n";
  }

  /**
   * JSON as an upstream sends it: UTF-8 as is, but a text that begins or ends inside a surrogate
   * pair can only travel escaped, so then every non-ASCII character is escaped.
   */
  private static String write(ObjectNode root, String text) {
    boolean lone = text != null && !text.isEmpty()
        && (Character.isLowSurrogate(text.charAt(0))
            || Character.isHighSurrogate(text.charAt(text.length() - 1)));
    if (!lone) {
      return root.toString();
    }
    try {
      return MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String toolChunk(int choice, int tool, String args) {
    ObjectNode root = MAPPER.createObjectNode().put("id", "chatcmpl-1")
        .put("object", "chat.completion.chunk").put("model", "gpt-4o");
    ObjectNode c = root.putArray("choices").addObject().put("index", choice);
    ObjectNode call = c.putObject("delta").putArray("tool_calls").addObject().put("index", tool);
    call.putObject("function").put("arguments", args);
    c.putNull("finish_reason");
    return "data: " + root + "\n\n";
  }

  static String relay(StreamKind kind, String upstream, Vault vault, RestoreStats stats,
      int readSize) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Restore(false).relayStream(new ChunkedInputStream(upstream.getBytes(UTF_8), false,
        readSize), out, kind, vault, stats);
    return out.toString(UTF_8);
  }

  static List<SseEvent> events(String text) throws IOException {
    SseReader r = new SseReader(new ByteArrayInputStream(text.getBytes(UTF_8)));
    List<SseEvent> out = new ArrayList<>();
    for (SseEvent e = r.next(); e != null; e = r.next()) {
      out.add(e);
    }
    return out;
  }

  static JsonNode json(SseEvent e) throws IOException {
    return MAPPER.readTree(e.data());
  }
}
