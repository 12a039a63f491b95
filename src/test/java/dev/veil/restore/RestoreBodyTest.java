package dev.veil.restore;

import static dev.veil.restore.Fixtures.EMAIL;
import static dev.veil.restore.Fixtures.EMAIL_ORIGINAL;
import static dev.veil.restore.Fixtures.PERSON;
import static dev.veil.restore.Fixtures.PERSON_ORIGINAL;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.redact.Vault;
import org.junit.jupiter.api.Test;

class RestoreBodyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Restore restore = new Restore(false);

  private static String args(String name, String mail) throws Exception {
    return MAPPER.writeValueAsString(MAPPER.createObjectNode().put("name", name).put("mail", mail));
  }

  @Test
  void chatCompletionContentRefusalAndToolArguments() throws Exception {
    String body = "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"gpt-4o-2024-08-06\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Dear "
        + PERSON + "\",\"refusal\":\"no " + PERSON + "\",\"tool_calls\":[{\"id\":\"t\","
        + "\"type\":\"function\",\"function\":{\"name\":\"send\",\"arguments\":"
        + MAPPER.writeValueAsString(args(PERSON, EMAIL)) + "}}]},\"logprobs\":null,"
        + "\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":11,"
        + "\"completion_tokens\":7,\"total_tokens\":18,\"completion_tokens_details\":"
        + "{\"reasoning_tokens\":3}},\"x\":1.10}";
    RestoreStats stats = new RestoreStats();
    byte[] out = restore.restoreBody(body.getBytes(UTF_8), Fixtures.vault(), stats);
    JsonNode root = MAPPER.readTree(out);
    JsonNode message = root.at("/choices/0/message");
    assertEquals("Dear " + PERSON_ORIGINAL, message.get("content").textValue());
    assertEquals("no " + PERSON_ORIGINAL, message.get("refusal").textValue());
    JsonNode args = MAPPER.readTree(message.at("/tool_calls/0/function/arguments").textValue());
    assertEquals(PERSON_ORIGINAL, args.get("name").textValue());
    assertEquals(EMAIL_ORIGINAL, args.get("mail").textValue());
    assertEquals(4, stats.restored());
    assertEquals(11, stats.promptTokens());
    assertEquals(7, stats.completionTokens());
    assertEquals(18, stats.totalTokens());
    assertEquals("gpt-4o-2024-08-06", stats.model());
    assertEquals(true, new String(out, UTF_8).contains("\"x\":1.10"), "numbers keep their text");
  }

  @Test
  void responsesOutputItems() throws Exception {
    String body = "{\"id\":\"resp_1\",\"object\":\"response\",\"model\":\"gpt-4.1\",\"output\":["
        + "{\"type\":\"reasoning\",\"summary\":[{\"type\":\"summary_text\",\"text\":\"about "
        + PERSON + "\"}]},"
        + "{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"Hi " + PERSON
        + "\",\"annotations\":[]}]},"
        + "{\"type\":\"function_call\",\"name\":\"f\",\"arguments\":"
        + MAPPER.writeValueAsString(args(PERSON, EMAIL)) + "}],"
        + "\"usage\":{\"input_tokens\":5,\"output_tokens\":6,\"total_tokens\":11,"
        + "\"input_tokens_details\":{\"cached_tokens\":0}}}";
    RestoreStats stats = new RestoreStats();
    JsonNode root = MAPPER.readTree(
        restore.restoreBody(body.getBytes(UTF_8), Fixtures.vault(), stats));
    assertEquals("about " + PERSON_ORIGINAL, root.at("/output/0/summary/0/text").textValue());
    assertEquals("Hi " + PERSON_ORIGINAL, root.at("/output/1/content/0/text").textValue());
    JsonNode args = MAPPER.readTree(root.at("/output/2/arguments").textValue());
    assertEquals(EMAIL_ORIGINAL, args.get("mail").textValue());
    assertEquals(5, stats.promptTokens());
    assertEquals(6, stats.completionTokens());
    assertEquals(11, stats.totalTokens());
    assertEquals("gpt-4.1", stats.model());
  }

  @Test
  void withNothingToRestoreOnlyUsageAndModelAreReadAndTheBytesAreTheSame() {
    byte[] body = ("{\"id\":\"c1\",\"model\":\"gpt-4o-mini\",\"choices\":[{\"message\":{\"content\":"
        + "\"hi \\u00e9 \\\"x\\\"\",\"model\":\"not-this\"}}],\"usage\":{\"prompt_tokens\":3,"
        + "\"completion_tokens\":4,\"total_tokens\":7,\"prompt_tokens_details\":{\"total_tokens\":99}}}")
        .getBytes(UTF_8);
    RestoreStats stats = new RestoreStats();
    assertSame(body, restore.restoreBody(body, new Vault(), stats));
    assertEquals("gpt-4o-mini", stats.model(), "the top-level model only");
    assertEquals(3, stats.promptTokens());
    assertEquals(4, stats.completionTokens());
    assertEquals(7, stats.totalTokens(), "usage at the top level only");
  }

  @Test
  void unchangedBodiesAndNonJsonComeBackAsTheSameArray() {
    RestoreStats stats = new RestoreStats();
    for (String s : new String[] {"{\"a\": \"no tokens\" }", "not json " + PERSON,
        "{\"a\":\"" + PERSON + "\"", "{\"a\":1} trailing", ""}) {
      byte[] in = s.getBytes(UTF_8);
      assertSame(in, restore.restoreBody(in, Fixtures.vault(), stats), s);
    }
    assertEquals(0, stats.restored(), "a body that failed to parse counts nothing");
    byte[] in = ("{\"a\":\"" + PERSON + "\"}").getBytes(UTF_8);
    assertSame(in, restore.restoreBody(in, new Vault(), stats));
  }
}
