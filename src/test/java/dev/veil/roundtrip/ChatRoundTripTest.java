package dev.veil.roundtrip;

import static dev.veil.roundtrip.RoundTrip.CODE;
import static dev.veil.roundtrip.RoundTrip.EMAIL;
import static dev.veil.roundtrip.RoundTrip.NAME;
import static dev.veil.roundtrip.RoundTrip.PROMPT;
import static dev.veil.roundtrip.RoundTrip.TOOL_PROMPT;
import static dev.veil.roundtrip.RoundTrip.chat;
import static dev.veil.testing.EchoUpstream.pieces;
import static dev.veil.testing.EchoUpstream.tokenOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.FunctionDefinition;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.veil.testing.ChatChunks;
import dev.veil.testing.EchoUpstream;
import dev.veil.testing.Fixtures;
import dev.veil.testing.TestVeil;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chat Completions through a running Veil with the official SDK: the upstream answers with the
 * placeholders it received, and the app gets its own data back, whole or streamed in tiny TCP
 * segments with placeholders split across events, in text, tool-call arguments and n > 1 choices.
 */
class ChatRoundTripTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static EchoUpstream upstream;
  static TestVeil veil;
  static OpenAIClient client;

  @BeforeAll
  static void start() throws Exception {
    upstream = new EchoUpstream();
    veil = TestVeil.start(upstream.url(), RoundTrip.POLICY);
    client = RoundTrip.client(veil);
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    veil.close();
    upstream.close();
  }

  /** Checks that the upstream saw placeholders, never the originals. */
  static void upstreamSawOnlyPlaceholders(String... originals) {
    String seen = upstream.lastRequest();
    for (String o : originals) {
      assertFalse(seen.contains(o), "the upstream received an original value");
    }
    assertTrue(seen.contains("<PERSON_"), "the upstream received a PERSON placeholder");
  }

  @Test
  void aWholeAnswerGetsTheNameAndEmailBack() {
    upstream.reply(0, (tokens, request, out) -> out.json(Fixtures.chatCompletion(
        "Sure: I will reply to " + tokenOf(tokens, "PERSON") + " at " + tokenOf(tokens, "EMAIL_ADDRESS") + ".")));
    ChatCompletion c = client.chat().completions().create(chat(PROMPT));
    assertEquals("Sure: I will reply to " + NAME + " at " + EMAIL + ".", c.choices().get(0).message().content().orElseThrow());
    upstreamSawOnlyPlaceholders("Kravitz", EMAIL);
    assertTrue(upstream.lastRequest().contains("<EMAIL_ADDRESS_"));
  }

  @Test
  void aStreamInTinySegmentsWithPlaceholdersSplitAcrossEventsGetsTheOriginalsBack() {
    upstream.reply(3, (tokens, request, out) -> {
      String person = tokenOf(tokens, "PERSON");
      String email = tokenOf(tokens, "EMAIL_ADDRESS");
      List<String> events = new ArrayList<>();
      events.add(ChatChunks.role(0));
      events.add(ChatChunks.content(0, "Hello " + person.substring(0, 4))); // "<PER"
      events.add(ChatChunks.content(0, person.substring(4) + ", I wrote to ")); // "SON_ab12cd34>"
      for (String p : pieces(email + " — done ✓ 😀 <b>ok</b>", 3)) {
        events.add(ChatChunks.content(0, p));
      }
      events.add(ChatChunks.finish(0, "stop"));
      events.add(ChatChunks.usage());
      events.add(ChatChunks.done());
      out.sseHead();
      out.send(events);
    });
    String text;
    try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(chat(PROMPT))) {
      text = s.stream().flatMap(c -> c.choices().stream()).map(c -> c.delta().content().orElse(""))
          .reduce("", String::concat);
    }
    assertEquals("Hello " + NAME + ", I wrote to " + EMAIL + " — done ✓ 😀 <b>ok</b>", text);
    upstreamSawOnlyPlaceholders("Kravitz", EMAIL);
  }

  @Test
  void streamedToolCallArgumentsStayValidJsonWithTheOriginalsInThem() throws Exception {
    upstream.reply(2, (tokens, request, out) -> {
      String person = tokenOf(tokens, "PERSON");
      String arguments = "{\"to\":\"" + person + "\",\"email\":\"" + tokenOf(tokens, "EMAIL_ADDRESS")
          + "\",\"code\":\"" + tokenOf(tokens, "CODEWORD") + "\",\"note\":\"für " + person + "\"}";
      List<String> events = new ArrayList<>();
      events.add(ChatChunks.toolCall(0, 0, "call_rt1", "send_email"));
      for (String p : pieces(arguments, 4)) {
        events.add(ChatChunks.toolArguments(0, 0, p));
      }
      events.add(ChatChunks.finish(0, "tool_calls"));
      events.add(ChatChunks.usage());
      events.add(ChatChunks.done());
      out.sseHead();
      out.send(events);
    });
    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model(ChatModel.GPT_4O)
        .addUserMessage(TOOL_PROMPT).addFunctionTool(FunctionDefinition.builder().name("send_email").build()).build();
    StringBuilder arguments = new StringBuilder();
    try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(params)) {
      s.stream().flatMap(c -> c.choices().stream()).flatMap(c -> c.delta().toolCalls().orElse(List.of()).stream())
          .forEach(call -> arguments.append(call.function().flatMap(f -> f.arguments()).orElse("")));
    }
    JsonNode args = JSON.readTree(arguments.toString());
    assertEquals("Björn Lindqvist", args.get("to").textValue());
    assertEquals("bjorn@example.org", args.get("email").textValue());
    assertEquals(CODE, args.get("code").textValue());
    assertEquals("für Björn Lindqvist", args.get("note").textValue());
    upstreamSawOnlyPlaceholders("Lindqvist", "bjorn@example.org", "ü😀");
  }

  @Test
  void everyChoiceOfAnNGreaterThanOneStreamGetsItsOriginalsBack() {
    upstream.reply(5, (tokens, request, out) -> {
      String person = tokenOf(tokens, "PERSON");
      List<String> first = pieces("Dear " + person + ", thanks.", 3);
      List<String> second = pieces("Hi " + person + " (" + tokenOf(tokens, "EMAIL_ADDRESS") + ")", 2);
      List<String> events = new ArrayList<>(List.of(ChatChunks.role(0), ChatChunks.role(1)));
      for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
        if (i < first.size()) {
          events.add(ChatChunks.content(0, first.get(i)));
        }
        if (i < second.size()) {
          events.add(ChatChunks.content(1, second.get(i)));
        }
      }
      events.add(ChatChunks.finish(0, "stop"));
      events.add(ChatChunks.finish(1, "stop"));
      events.add(ChatChunks.usage());
      events.add(ChatChunks.done());
      out.sseHead();
      out.send(events);
    });
    Map<Long, StringBuilder> texts = new TreeMap<>();
    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model(ChatModel.GPT_4O)
        .addUserMessage(PROMPT).n(2).build();
    try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(params)) {
      s.stream().flatMap(c -> c.choices().stream()).forEach(c ->
          texts.computeIfAbsent(c.index(), k -> new StringBuilder()).append(c.delta().content().orElse("")));
    }
    assertEquals("Dear " + NAME + ", thanks.", texts.get(0L).toString());
    assertEquals("Hi " + NAME + " (" + EMAIL + ")", texts.get(1L).toString());
    upstreamSawOnlyPlaceholders("Kravitz", EMAIL);
  }

  @Test
  void withPlaceholdersIssuedButNonePendingTheFirstEventArrivesBeforeTheUpstreamSendsTheNext() {
    CountDownLatch clientSawFirst = new CountDownLatch(1);
    AtomicBoolean upstreamWaitedForClient = new AtomicBoolean();
    List<String> issued = new java.util.concurrent.CopyOnWriteArrayList<>();
    upstream.reply(0, (tokens, request, out) -> {
      issued.addAll(tokens);
      out.sseHead();
      out.send(ChatChunks.role(0));
      out.send(ChatChunks.content(0, "Hello"));
      upstreamWaitedForClient.set(clientSawFirst.await(10, TimeUnit.SECONDS));
      out.send(ChatChunks.content(0, " " + tokenOf(tokens, "PERSON") + "!"));
      out.send(ChatChunks.finish(0, "stop"));
      out.send(ChatChunks.done());
    });
    StringBuilder text = new StringBuilder();
    try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(chat(PROMPT))) {
      Iterator<ChatCompletionChunk> it = s.stream().iterator();
      while (text.indexOf("Hello") < 0 && it.hasNext()) {
        it.next().choices().forEach(c -> text.append(c.delta().content().orElse("")));
      }
      assertEquals("Hello", text.toString(), "the first content event came through on its own");
      clientSawFirst.countDown();
      it.forEachRemaining(chunk -> chunk.choices().forEach(c -> text.append(c.delta().content().orElse(""))));
    }
    assertEquals("Hello " + NAME + "!", text.toString());
    assertTrue(issued.size() >= 2, "the request's vault was not empty: " + issued.size() + " placeholders");
    assertTrue(upstreamWaitedForClient.get(), "the client got the first event while the upstream held the rest");
  }
}
