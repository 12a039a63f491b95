package dev.veil.restore;

import static dev.veil.restore.Fixtures.EMAIL;
import static dev.veil.restore.Fixtures.EMAIL_ORIGINAL;
import static dev.veil.restore.Fixtures.PERSON;
import static dev.veil.restore.Fixtures.PERSON_ORIGINAL;
import static dev.veil.restore.SseText.chunk;
import static dev.veil.restore.SseText.toolChunk;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veil.redact.Vault;
import dev.veil.sse.ChunkedInputStream;
import dev.veil.sse.SseEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChatStreamTest {

  private static final String DONE = "data: [DONE]\n\n";

  /** What a client assembles: per choice, content; per "choice/tool", arguments. */
  private static Map<String, String> assemble(String clientText) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (SseEvent e : SseText.events(clientText)) {
      if (e.data() == null || e.data().equals("[DONE]")) {
        continue;
      }
      for (JsonNode c : SseText.json(e).path("choices")) {
        int i = c.path("index").asInt();
        JsonNode d = c.path("delta");
        for (String f : List.of("content", "refusal")) {
          if (d.path(f).isTextual()) {
            out.merge(f + i, d.get(f).textValue(), String::concat);
          }
        }
        for (JsonNode t : d.path("tool_calls")) {
          out.merge("args" + i + "/" + t.path("index").asInt(),
              t.path("function").path("arguments").asText(), String::concat);
        }
      }
    }
    return out;
  }

  @Test
  void contentSplitAtEveryOffsetOverTwoAndThreeChunksOneBytePerRead() throws IOException {
    String text = "Dear " + PERSON + ", 😀 mail " + EMAIL + " ok";
    String expected = Fixtures.naiveRestore(text);
    for (int i = 0; i <= text.length(); i++) {
      for (int j = i; j <= text.length(); j += (i % 5 == 0 ? 1 : text.length() + 1)) {
        String upstream = chunk(0, "content", text.substring(0, i), null)
            + chunk(0, "content", text.substring(i, j), null)
            + chunk(0, "content", text.substring(j), null) + chunk(0, null, null, "stop") + DONE;
        String client = SseText.relay(StreamKind.CHAT, upstream, Fixtures.vault(),
            new RestoreStats(), 1);
        assertEquals(expected, assemble(client).get("content0"), "split " + i + "," + j);
      }
    }
  }

  @Test
  void eventsWithNothingToChangeAreByteForByte() throws IOException {
    String upstream = ": keep-alive\n\n" + chunk(0, "content", "plain 😀 text", null)
        + chunk(0, "content", " more", null) + chunk(0, null, null, "stop")
        + "data: {\"id\":\"x\",\"choices\":[],\"usage\":{\"prompt_tokens\":3,"
        + "\"completion_tokens\":4,\"total_tokens\":7},\"obfuscation\":\"q\"}\n\n"
        + "data: not json <PERSON_1\n\n" + DONE;
    RestoreStats stats = new RestoreStats();
    assertEquals(upstream, SseText.relay(StreamKind.CHAT, upstream, Fixtures.vault(), stats, 7));
    assertEquals(3, stats.promptTokens());
    assertEquals(7, stats.totalTokens());
    assertEquals("gpt-4o", stats.model());
  }

  @Test
  void restoredChunkKeepsUnknownFields() throws IOException {
    String upstream = chunk(0, "content", "Hi " + PERSON, null) + DONE;
    List<SseEvent> events = SseText.events(
        SseText.relay(StreamKind.CHAT, upstream, Fixtures.vault(), new RestoreStats(), 4096));
    JsonNode root = SseText.json(events.get(0));
    assertEquals("Hi " + PERSON_ORIGINAL, root.at("/choices/0/delta/content").textValue());
    assertEquals("abc", root.get("obfuscation").textValue());
    assertEquals(1, root.get("created").intValue());
  }

  @Test
  void choicesAreRestoredSeparatelyAndFlushedWhenTheyFinish() throws IOException {
    String upstream = chunk(0, "content", "A <PERS", null) + chunk(1, "content", "B <PERSON", null)
        + chunk(0, "content", "ON_1> end <EMAIL_", null) + chunk(1, "content", "_1>", null)
        + chunk(0, null, null, "length") + chunk(1, "content", " done", null)
        + chunk(1, null, null, "stop") + DONE;
    RestoreStats stats = new RestoreStats();
    String client = SseText.relay(StreamKind.CHAT, upstream, Fixtures.vault(), stats, 3);
    Map<String, String> got = assemble(client);
    assertEquals("A " + PERSON_ORIGINAL + " end <EMAIL_", got.get("content0"));
    assertEquals("B " + PERSON_ORIGINAL + " done", got.get("content1"));
    assertEquals(1, stats.unresolvedTails());
    List<SseEvent> events = SseText.events(client);
    int tail = indexOfData(events, "\"content\":\"<EMAIL_\"");
    int finish0 = indexOfData(events, "\"finish_reason\":\"length\"");
    assertEquals(finish0 - 1, tail, "the tail comes just before choice 0 finishes");
  }

  @Test
  void finishingChunkWithItsOwnTextGetsTheTailAppended() throws IOException {
    String upstream = chunk(0, "content", "x <PERS", null) + chunk(0, "content", "ON", "stop")
        + DONE;
    Map<String, String> got = assemble(
        SseText.relay(StreamKind.CHAT, upstream, Fixtures.vault(), new RestoreStats(), 4096));
    assertEquals("x <PERSON", got.get("content0"));
  }

  @Test
  void tailsAreFlushedBeforeDoneAndAtEndOfStream() throws IOException {
    for (String end : List.of(DONE, "")) {
      String upstream = chunk(0, "content", "to <PERSON_", null)
          + chunk(0, "refusal", "no <EMAIL_ADD", null) + end;
      String client = SseText.relay(StreamKind.CHAT, upstream, Fixtures.vault(),
          new RestoreStats(), 5);
      Map<String, String> got = assemble(client);
      assertEquals("to <PERSON_", got.get("content0"));
      assertEquals("no <EMAIL_ADD", got.get("refusal0"));
      assertTrue(client.endsWith(end));
    }
  }

  @Test
  void toolCallArgumentsByIndexParseAsJsonWithOriginals() throws IOException {
    String args0 = "{\"to\": \"" + PERSON + "\", \"cc\": [\"" + EMAIL + "\"]}";
    String args1 = "{\"who\":\"" + EMAIL + " & " + PERSON + "\"}";
    for (int step = 1; step <= 7; step++) {
      StringBuilder upstream = new StringBuilder();
      int a = 0;
      int b = 0;
      while (a < args0.length() || b < args1.length()) {
        if (a < args0.length()) {
          int n = Math.min(args0.length(), a + step);
          upstream.append(toolChunk(0, 0, args0.substring(a, n)));
          a = n;
        }
        if (b < args1.length()) {
          int n = Math.min(args1.length(), b + step + 1);
          upstream.append(toolChunk(0, 1, args1.substring(b, n)));
          b = n;
        }
      }
      upstream.append(chunk(0, null, null, "tool_calls")).append(DONE);
      Map<String, String> got = assemble(SseText.relay(StreamKind.CHAT, upstream.toString(),
          Fixtures.vault(), new RestoreStats(), 2));
      JsonNode t0 = SseText.MAPPER.readTree(got.get("args0/0"));
      JsonNode t1 = SseText.MAPPER.readTree(got.get("args0/1"));
      assertEquals(PERSON_ORIGINAL, t0.get("to").textValue());
      assertEquals(EMAIL_ORIGINAL, t0.at("/cc/0").textValue());
      assertEquals(EMAIL_ORIGINAL + " & " + PERSON_ORIGINAL, t1.get("who").textValue());
    }
  }

  @Test
  void brokenUpstreamPropagatesAfterWritingWhatArrived() {
    String upstream = chunk(0, "content", "Hi " + PERSON + " <PERS", null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(IOException.class, () -> new Restore(false).relayStream(
        new ChunkedInputStream(upstream.getBytes(UTF_8), true, 9), out, StreamKind.CHAT,
        Fixtures.vault(), new RestoreStats()));
    assertEquals("Hi " + PERSON_ORIGINAL + " <PERS",
        assertDoesNotThrowAssemble(out.toString(UTF_8)).get("content0"));
  }

  @Test
  void emptyVaultRelaysVerbatimAndReadsUsage() throws IOException {
    String upstream = chunk(0, "content", "Hi " + PERSON, null) + chunk(0, null, null, "stop")
        + "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,"
        + "\"total_tokens\":3}}\n\n" + DONE;
    RestoreStats stats = new RestoreStats();
    assertEquals(upstream, SseText.relay(StreamKind.CHAT, upstream, new Vault(), stats, 11));
    assertEquals(3, stats.totalTokens());
    assertEquals("gpt-4o", stats.model());
  }

  private static Map<String, String> assertDoesNotThrowAssemble(String text) {
    try {
      return assemble(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static int indexOfData(List<SseEvent> events, String needle) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).data() != null && events.get(i).data().contains(needle)) {
        return i;
      }
    }
    return -1;
  }
}
