package dev.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.body.Pipeline;
import dev.veil.config.LimitsConfig;
import dev.veil.redact.Configs;
import dev.veil.redact.TestDetectors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String policy, String input, String... args) {
    Pipeline p = new Pipeline(Configs.keyed(policy), new LimitsConfig(null, null, null, null, null, null), TestDetectors.all());
    return RedactCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), p);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void plainTextIsRedactedAndFindingsListedWithoutValues() {
    assertEquals(0, run("default_action: placeholder", "Write to jane@x.io\n"));
    assertEquals("Write to <EMAIL_ADDRESS_1>\n", out());
    assertTrue(err().contains("EMAIL_ADDRESS"));
    assertTrue(err().contains("test_email"));
    assertTrue(err().contains("placeholder"));
    assertFalse(err().contains("jane@x.io"));
  }

  @Test
  void showValuesPrintsThem() {
    assertEquals(0, run("", "Write to jane@x.io", "--show-values"));
    assertTrue(err().contains("jane@x.io"));
  }

  @Test
  void aJsonObjectIsAChatBody() {
    String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi jane@x.io\"}]}";
    assertEquals(0, run("default_action: redact", body, "--show-values"));
    assertEquals("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi [EMAIL_ADDRESS]\"}]}\n", out());
    assertTrue(err().contains("/messages/0/content"));
    assertTrue(err().contains("jane@x.io"));
  }

  @Test
  void theRouteChangesTheFieldRules() {
    String body = "{\"model\":\"jane@x.io\"}";
    assertEquals(0, run("default_action: redact", body, "--route", "/v1/assistants"));
    assertEquals("{\"model\":\"[EMAIL_ADDRESS]\"}\n", out());
  }

  @Test
  void textThatLooksLikeJsonButIsNotIsText() {
    assertEquals(0, run("default_action: redact", "{not json, jane@x.io"));
    assertEquals("{not json, [EMAIL_ADDRESS]\n", out());
  }

  @Test
  void blockedAndUsage() {
    assertEquals(3, run("entities: {SECRET: {action: block}}", "sk-abcdefghijklmnopqrstuvwx"));
    assertTrue(err().contains("SECRET"));
    assertFalse(err().contains("sk-abc"));
    assertEquals(2, run("", "x", "--bogus"));
  }

  @Test
  void aRejectedBodyShowsItsCode() {
    assertEquals(1, run("", "{\"a\":1,\"a\":2}"));
    assertTrue(err().contains("duplicate_key"));
  }
}
