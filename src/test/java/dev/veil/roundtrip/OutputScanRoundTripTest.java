package dev.veil.roundtrip;

import static dev.veil.roundtrip.RoundTrip.chat;
import static dev.veil.testing.EchoUpstream.tokenOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import dev.veil.roundtrip.RestorePolicyTest.Sdk;
import dev.veil.testing.AuditLines;
import dev.veil.testing.ChatChunks;
import dev.veil.testing.EchoUpstream;
import dev.veil.testing.Fixtures;
import dev.veil.testing.TestVeil;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Output scanning end to end: with {@code output.enabled}, an e-mail address the model wrote on
 * its own reaches the client as {@code [EMAIL_ADDRESS]}, while the user's own address, sent
 * upstream as a placeholder, comes back intact; whole and streamed in small TCP segments. The
 * count reaches the audit line and the metrics; with the section off, nothing is scanned.
 */
class OutputScanRoundTripTest {
  static final String MODEL_MAIL = "billing@acme-corp.com";

  static EchoUpstream upstream;
  static AuditLines audit;

  @BeforeAll
  static void start() throws Exception {
    upstream = new EchoUpstream();
    audit = AuditLines.attach();
  }

  @AfterAll
  static void stop() throws Exception {
    audit.close();
    upstream.close();
  }

  private static String answer(String userMailToken) {
    return "Sure. Write to " + userMailToken + " and copy " + MODEL_MAIL + " on it.\nThanks!";
  }

  private static String streamed(Sdk sdk) {
    try (StreamResponse<ChatCompletionChunk> s = sdk.client().chat().completions().createStreaming(chat(RoundTrip.PROMPT))) {
      return s.stream().flatMap(c -> c.choices().stream()).map(c -> c.delta().content().orElse(""))
          .reduce("", String::concat);
    }
  }

  private static void replyStreamed(int segmentBytes) {
    upstream.reply(segmentBytes, (tokens, request, out) -> {
      out.sseHead();
      out.send(ChatChunks.role(0));
      for (String p : EchoUpstream.pieces(answer(tokenOf(tokens, "EMAIL_ADDRESS")), 3)) {
        out.send(ChatChunks.content(0, p));
      }
      out.send(ChatChunks.finish(0, "stop"));
      out.send(ChatChunks.done());
    });
  }

  @Test
  void theModelsOwnAddressIsRedactedAndTheUsersOwnComesBackWholeAndStreamed() throws Exception {
    try (TestVeil veil = TestVeil.start(upstream.url(), "output: {enabled: true}");
        Sdk sdk = new Sdk(RoundTrip.client(veil))) {
      String expected = answer(RoundTrip.EMAIL).replace(MODEL_MAIL, "[EMAIL_ADDRESS]");
      upstream.reply(0, (tokens, request, out) ->
          out.json(Fixtures.chatCompletion(answer(tokenOf(tokens, "EMAIL_ADDRESS")))));
      HttpResponseFor<ChatCompletion> raw = sdk.client().chat().completions().withRawResponse().create(chat(RoundTrip.PROMPT));
      assertEquals(expected, raw.parse().choices().get(0).message().content().orElseThrow());
      assertFalse(upstream.lastRequest().contains(RoundTrip.EMAIL), "the upstream never saw the user's address");
      JsonNode record = audit.await(RestorePolicyTest.requestId(raw));
      assertEquals(1, record.path("output").path("EMAIL_ADDRESS").asInt(), record.toString());
      assertFalse(record.toString().contains("acme"), "counts only, never values");

      replyStreamed(3);
      assertEquals(expected, streamed(sdk));
      String scrape = RestorePolicyTest.metrics(veil);
      assertTrue(Pattern.compile("(?m)^veil_output_findings_total\\{entity=\"EMAIL_ADDRESS\",?\\} [2-9]")
          .matcher(scrape).find(), "veil_output_findings_total{entity=\"EMAIL_ADDRESS\"} counts both answers");
    }
  }

  @Test
  void offByDefaultTheAnswerIsOnlyRestored() throws Exception {
    try (TestVeil veil = TestVeil.start(upstream.url());
        Sdk sdk = new Sdk(RoundTrip.client(veil))) {
      replyStreamed(3);
      assertEquals(answer(RoundTrip.EMAIL), streamed(sdk));
    }
  }
}
