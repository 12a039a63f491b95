package dev.veil.roundtrip;

import static dev.veil.roundtrip.RoundTrip.chat;
import static dev.veil.testing.EchoUpstream.tokenOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import dev.veil.testing.AuditLines;
import dev.veil.testing.ChatChunks;
import dev.veil.testing.EchoUpstream;
import dev.veil.testing.Fixtures;
import dev.veil.testing.TestVeil;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Restore policy end to end: an entity with {@code restore: false} stays a placeholder in the
 * answer while others come back; {@code redaction.restore_tolerant} decides whether altered
 * forms ({@code <Person 1>}, {@code PERSON_1}, {@code [PERSON_1]}) are restored or only counted;
 * the counts reach the audit line and the metrics scrape.
 */
class RestorePolicyTest {
  static final String CARD = "4111 1111 1111 1111";
  static final String PAYMENT = "Charge card " + CARD + " for Alice Smith please.";
  static final String GREETING = "Write a short greeting to Alice Smith.";

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

  /** {@code <PERSON_1>} as a model might rewrite it: {@code <Person 1>}, {@code PERSON_1}, {@code [PERSON_1]}. */
  static List<String> mangled(String token) {
    String inner = token.substring(1, token.length() - 1); // PERSON_1
    int u = inner.lastIndexOf('_');
    String entity = inner.substring(0, u);
    String title = entity.charAt(0) + entity.substring(1).toLowerCase(java.util.Locale.ROOT);
    return List.of("<" + title + " " + inner.substring(u + 1) + ">", inner, "[" + inner + "]");
  }

  static String requestId(HttpResponseFor<?> response) {
    return response.headers().values("x-veil-request-id").get(0);
  }

  static String metrics(TestVeil veil) {
    return veil.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + veil.app().adminPort() + "/metrics")).GET())
        .body();
  }

  /** True when the scrape has {@code veil_restore_total{result="..."}} with a value of at least 1. */
  static boolean counted(String scrape, String result) {
    return Pattern.compile("(?m)^veil_restore_total\\{result=\"" + result + "\",?\\} [1-9]").matcher(scrape).find();
  }

  @Test
  void anEntityWithRestoreFalseStaysAPlaceholderWhileTheNameComesBack() throws Exception {
    try (TestVeil veil = TestVeil.start(upstream.url(),
            "redaction: {entities: {CREDIT_CARD: {action: pseudonym, restore: false}}}");
        Sdk sdk = new Sdk(RoundTrip.client(veil))) {
      AtomicReference<String> card = new AtomicReference<>();
      upstream.reply(0, (tokens, request, out) -> {
        card.set(tokenOf(tokens, "CREDIT_CARD"));
        out.json(Fixtures.chatCompletion("Charged " + card.get() + " for " + tokenOf(tokens, "PERSON") + "."));
      });
      HttpResponseFor<ChatCompletion> raw = sdk.client.chat().completions().withRawResponse().create(chat(PAYMENT));
      String answer = raw.parse().choices().get(0).message().content().orElseThrow();
      assertEquals("Charged " + card.get() + " for Alice Smith.", answer);
      assertFalse(upstream.lastRequest().contains("4111"), "the upstream never saw the card number");
      assertFalse(upstream.lastRequest().contains("Alice"), "the upstream never saw the name");
      JsonNode record = audit.await(requestId(raw));
      assertEquals(1, record.path("restore").path("restored").asInt(), record.toString());

      upstream.reply(3, (tokens, request, out) -> {
        out.sseHead();
        out.send(ChatChunks.role(0));
        for (String p : EchoUpstream.pieces("Charged " + tokenOf(tokens, "CREDIT_CARD") + " for " + tokenOf(tokens, "PERSON"), 5)) {
          out.send(ChatChunks.content(0, p));
        }
        out.send(ChatChunks.finish(0, "stop"));
        out.send(ChatChunks.done());
      });
      String streamed;
      try (StreamResponse<ChatCompletionChunk> s = sdk.client.chat().completions().createStreaming(chat(PAYMENT))) {
        streamed = s.stream().flatMap(c -> c.choices().stream()).map(c -> c.delta().content().orElse(""))
            .reduce("", String::concat);
      }
      assertEquals("Charged " + card.get() + " for Alice Smith", streamed, "the same key gives the same card token");
    }
  }

  @Test
  void alteredPlaceholdersAreOnlyCountedByDefault() throws Exception {
    try (TestVeil veil = TestVeil.start(upstream.url(), "redaction: {entities: {PERSON: {action: placeholder}}}");
        Sdk sdk = new Sdk(RoundTrip.client(veil))) {
      upstream.reply(0, (tokens, request, out) ->
          out.json(Fixtures.chatCompletion("Dear " + String.join(", ", mangled(tokenOf(tokens, "PERSON"))) + ".")));
      HttpResponseFor<ChatCompletion> raw = sdk.client.chat().completions().withRawResponse().create(chat(GREETING));
      assertEquals("Dear <Person 1>, PERSON_1, [PERSON_1].", raw.parse().choices().get(0).message().content().orElseThrow());
      JsonNode restore = audit.await(requestId(raw)).path("restore");
      assertEquals(3, restore.path("mangled").asInt(), restore.toString());
      assertEquals(0, restore.path("restored").asInt(), restore.toString());
      assertTrue(counted(metrics(veil), "mangled"), "veil_restore_total{result=\"mangled\"} is in the scrape");
    }
  }

  @Test
  void withRestoreTolerantAlteredPlaceholdersComeBackWholeAndStreamed() throws Exception {
    try (TestVeil veil = TestVeil.start(upstream.url(),
            "redaction: {restore_tolerant: true, entities: {PERSON: {action: placeholder}}}");
        Sdk sdk = new Sdk(RoundTrip.client(veil))) {
      upstream.reply(0, (tokens, request, out) ->
          out.json(Fixtures.chatCompletion("Dear " + String.join(", ", mangled(tokenOf(tokens, "PERSON"))) + ".")));
      HttpResponseFor<ChatCompletion> raw = sdk.client.chat().completions().withRawResponse().create(chat(GREETING));
      assertEquals("Dear Alice Smith, Alice Smith, Alice Smith.", raw.parse().choices().get(0).message().content().orElseThrow());
      JsonNode restore = audit.await(requestId(raw)).path("restore");
      assertEquals(3, restore.path("restored").asInt(), restore.toString());
      assertEquals(3, restore.path("mangled").asInt(), restore.toString());

      upstream.reply(2, (tokens, request, out) -> {
        List<String> f = mangled(tokenOf(tokens, "PERSON")); // <Person 1>, PERSON_1, [PERSON_1]
        out.sseHead();
        out.send(ChatChunks.role(0));
        out.send(ChatChunks.content(0, "Dear " + f.get(0).substring(0, 4))); // "<Per"
        out.send(ChatChunks.content(0, f.get(0).substring(4) + ", thanks " + f.get(1).substring(0, 7))); // "PERSON_"
        out.send(ChatChunks.content(0, f.get(1).substring(7) + " and " + f.get(2) + "!"));
        out.send(ChatChunks.finish(0, "stop"));
        out.send(ChatChunks.done());
      });
      String streamed;
      try (StreamResponse<ChatCompletionChunk> s = sdk.client.chat().completions().createStreaming(chat(GREETING))) {
        streamed = s.stream().flatMap(c -> c.choices().stream()).map(c -> c.delta().content().orElse(""))
            .reduce("", String::concat);
      }
      assertEquals("Dear Alice Smith, thanks Alice Smith and Alice Smith!", streamed);
      assertTrue(counted(metrics(veil), "restored"), "veil_restore_total{result=\"restored\"} is in the scrape");
      assertTrue(counted(metrics(veil), "mangled"), "veil_restore_total{result=\"mangled\"} is in the scrape");
    }
  }

  /** An SDK client for try-with-resources ({@link OpenAIClient} is not AutoCloseable). */
  record Sdk(OpenAIClient client) implements AutoCloseable {
    @Override
    public void close() {
      client.close();
    }
  }
}
