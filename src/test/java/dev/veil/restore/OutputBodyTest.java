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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Output scanning of whole (non-streamed) answers. */
class OutputBodyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String MODEL_MAIL = "bob.smith@example.org";
  private final Restore restore = new Restore(false);

  private static String chat(String content, String arguments) throws Exception {
    return "{\"id\":\"chatcmpl-" + MODEL_MAIL + "\",\"object\":\"chat.completion\",\"model\":\"gpt-4o\","
        + "\"system_fingerprint\":\"fp " + MODEL_MAIL + "\",\"choices\":[{\"index\":0,\"message\":"
        + "{\"role\":\"assistant\",\"content\":" + MAPPER.writeValueAsString(content)
        + ",\"refusal\":" + MAPPER.writeValueAsString("no, " + MODEL_MAIL)
        + ",\"tool_calls\":[{\"id\":\"t\",\"type\":\"function\",\"function\":{\"name\":\"send\","
        + "\"arguments\":" + MAPPER.writeValueAsString(arguments) + "}}]},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}}";
  }

  @Test
  void theModelsOwnAddressIsRedactedAndTheUsersRestoredOneIsNot() throws Exception {
    String args = "{\"to\":\"" + MODEL_MAIL + "\",\"cc\":\"" + EMAIL + "\"}";
    String body = chat("Write to " + MODEL_MAIL + " or to " + EMAIL + ", " + PERSON + ".", args);
    RestoreStats stats = new RestoreStats();
    JsonNode root = MAPPER.readTree(restore.restoreBody(body.getBytes(UTF_8), Fixtures.vault(),
        Scanners.redacting(256, "EMAIL_ADDRESS"), stats));
    JsonNode message = root.at("/choices/0/message");
    assertEquals("Write to [EMAIL_ADDRESS] or to " + EMAIL_ORIGINAL + ", " + PERSON_ORIGINAL + ".",
        message.get("content").textValue());
    assertEquals("no, [EMAIL_ADDRESS]", message.get("refusal").textValue());
    JsonNode sent = MAPPER.readTree(message.at("/tool_calls/0/function/arguments").textValue());
    assertEquals(MODEL_MAIL, sent.get("to").textValue(), "tool-call arguments are not scanned");
    assertEquals(EMAIL_ORIGINAL, sent.get("cc").textValue());
    assertEquals("chatcmpl-" + MODEL_MAIL, root.get("id").textValue(), "ids are not scanned");
    assertEquals("fp " + MODEL_MAIL, root.get("system_fingerprint").textValue());
    assertEquals(Map.of("EMAIL_ADDRESS", 2), stats.outputFindings());
    assertEquals(3, stats.restored());
    assertEquals(3, stats.totalTokens());
  }

  @Test
  void responsesTextsAreScannedWithAnEmptyVaultToo() throws Exception {
    String body = "{\"id\":\"resp_1\",\"object\":\"response\",\"model\":\"gpt-4.1\","
        + "\"instructions\":\"mail " + MODEL_MAIL + "\",\"output\":["
        + "{\"type\":\"reasoning\",\"summary\":[{\"type\":\"summary_text\",\"text\":\"mail "
        + MODEL_MAIL + "\"}]},{\"type\":\"message\",\"content\":[{\"type\":\"output_text\","
        + "\"text\":\"Hi 😀, mail " + MODEL_MAIL + " now\",\"annotations\":[]}]}]}";
    RestoreStats stats = new RestoreStats();
    JsonNode root = MAPPER.readTree(restore.restoreBody(body.getBytes(UTF_8), new Vault(),
        Scanners.redacting(256, "EMAIL_ADDRESS"), stats));
    assertEquals("mail [EMAIL_ADDRESS]", root.at("/output/0/summary/0/text").textValue());
    assertEquals("Hi 😀, mail [EMAIL_ADDRESS] now", root.at("/output/1/content/0/text").textValue());
    assertEquals("mail " + MODEL_MAIL, root.get("instructions").textValue(), "the request's own text");
    assertEquals(Map.of("EMAIL_ADDRESS", 2), stats.outputFindings());
  }

  @Test
  void aFindingTouchingAPlaceholderIsDropped() throws Exception {
    Vault vault = new Vault();
    vault.put("<SECRET_1>", "hunter2-own", "SECRET", true);
    String text = "password=<SECRET_1> or password=<SECRET_9> or password=<SECRET#0123456789ab>"
        + " or password=modelmade";
    RestoreStats stats = new RestoreStats();
    JsonNode root = MAPPER.readTree(restore.restoreBody(chat(text, "{}").getBytes(UTF_8), vault,
        Scanners.passwordRule(), stats));
    assertEquals("password=hunter2-own or password=<SECRET_9> or password=<SECRET#0123456789ab>"
        + " or [PASSWORD]", root.at("/choices/0/message/content").textValue());
    assertEquals(Map.of("PASSWORD", 1), stats.outputFindings());
  }

  @Test
  void aFailingScannerFailsClosed() throws Exception {
    RestoreStats stats = new RestoreStats();
    JsonNode root = MAPPER.readTree(restore.restoreBody(chat("mail " + MODEL_MAIL, "{}").getBytes(UTF_8),
        Fixtures.vault(), Scanners.failing(), stats));
    assertEquals("[UNSCANNED]", root.at("/choices/0/message/content").textValue());
    assertEquals("{}", root.at("/choices/0/message/tool_calls/0/function/arguments").textValue());
    assertEquals(Map.of("UNSCANNED", 2), stats.outputFindings(), "content and refusal");
  }

  @Test
  void withoutFindingsOrWithScanningOffTheBodyIsTheSameArray() throws Exception {
    byte[] plain = chat("nothing personal here", "{}").replace(MODEL_MAIL, "x").getBytes(UTF_8);
    assertSame(plain, restore.restoreBody(plain, new Vault(), Scanners.redacting(256), new RestoreStats()));
    byte[] mail = chat("mail " + MODEL_MAIL, "{}").getBytes(UTF_8);
    RestoreStats stats = new RestoreStats();
    assertSame(mail, restore.restoreBody(mail, new Vault(), null, stats));
    assertEquals(Map.of(), stats.outputFindings());
  }
}
