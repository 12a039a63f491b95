package dev.veil.roundtrip;

import static dev.veil.roundtrip.RoundTrip.CODE;
import static dev.veil.roundtrip.RoundTrip.EMAIL;
import static dev.veil.roundtrip.RoundTrip.NAME;
import static dev.veil.roundtrip.RoundTrip.PROMPT;
import static dev.veil.roundtrip.RoundTrip.TOOL_PROMPT;
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
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import dev.veil.testing.EchoUpstream;
import dev.veil.testing.ResponseEvents;
import dev.veil.testing.TestVeil;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Responses API through a running Veil with the official SDK, against an upstream that
 * answers with the placeholders it received: output text whole and streamed (deltas, the
 * repeated full texts, the final response) and function-call arguments streamed.
 */
class ResponsesRoundTripTest {
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

  static ResponseCreateParams params(String input) {
    return ResponseCreateParams.builder().model(ChatModel.GPT_4O).input(input).build();
  }

  static void upstreamSawOnlyPlaceholders(String... originals) {
    String seen = upstream.lastRequest();
    for (String o : originals) {
      assertFalse(seen.contains(o), "the upstream received an original value");
    }
    assertTrue(seen.contains("<PERSON_"), "the upstream received a PERSON placeholder");
  }

  static String text(Response r) {
    return r.output().get(0).asMessage().content().get(0).asOutputText().text();
  }

  @Test
  void aWholeResponseGetsTheOriginalsBack() {
    upstream.reply(0, (tokens, request, out) -> out.json(ResponseEvents.response(
        "Drafted a reply to " + tokenOf(tokens, "PERSON") + " <" + tokenOf(tokens, "EMAIL_ADDRESS") + ">.")));
    Response r = client.responses().create(params(PROMPT));
    assertEquals("Drafted a reply to " + NAME + " <" + EMAIL + ">.", text(r));
    upstreamSawOnlyPlaceholders("Kravitz", EMAIL);
  }

  @Test
  void aStreamedResponseGetsTheOriginalsBackInDeltasDoneTextsAndTheFinalResponse() throws Exception {
    upstream.reply(3, (tokens, request, out) -> {
      String person = tokenOf(tokens, "PERSON");
      String full = "Dear " + person + ", your address " + tokenOf(tokens, "EMAIL_ADDRESS") + " is noted — ✓";
      ResponseEvents e = new ResponseEvents();
      List<String> events = new ArrayList<>(List.of(e.created(), e.messageAdded(), e.partAdded()));
      events.add(e.textDelta("Dear " + person.substring(0, 4))); // "<PER"
      for (String p : pieces(full.substring(("Dear " + person.substring(0, 4)).length()), 4)) {
        events.add(e.textDelta(p));
      }
      events.addAll(List.of(e.textDone(full), e.partDone(full), e.messageDone(full), e.completed(full)));
      out.sseHead();
      out.send(events);
    });
    List<ResponseStreamEvent> events;
    try (StreamResponse<ResponseStreamEvent> s = client.responses().createStreaming(params(PROMPT))) {
      events = s.stream().toList();
    }
    String expected = "Dear " + NAME + ", your address " + EMAIL + " is noted — ✓";
    String deltas = events.stream().filter(ResponseStreamEvent::isOutputTextDelta)
        .map(e -> e.asOutputTextDelta().delta()).collect(Collectors.joining());
    assertEquals(expected, deltas);
    assertEquals(expected, events.stream().filter(ResponseStreamEvent::isOutputTextDone).findFirst().orElseThrow()
        .asOutputTextDone().text());
    ResponseStreamEvent last = events.get(events.size() - 1);
    assertTrue(last.isCompleted());
    assertEquals(expected, text(last.asCompleted().response()));
    assertSequenceNumbersIncrease(events);
    upstreamSawOnlyPlaceholders("Kravitz", EMAIL);
  }

  @Test
  void streamedFunctionCallArgumentsStayValidJsonWithTheOriginalsInThem() throws Exception {
    upstream.reply(2, (tokens, request, out) -> {
      String person = tokenOf(tokens, "PERSON");
      String arguments = "{\"to\":\"" + person + "\",\"email\":\"" + tokenOf(tokens, "EMAIL_ADDRESS")
          + "\",\"code\":\"" + tokenOf(tokens, "CODEWORD") + "\",\"note\":\"für " + person + "\"}";
      ResponseEvents e = new ResponseEvents();
      List<String> events = new ArrayList<>(List.of(e.created(), e.callAdded("send_email")));
      for (String p : pieces(arguments, 3)) {
        events.add(e.argumentsDelta(p));
      }
      events.addAll(List.of(e.argumentsDone(arguments), e.callDone("send_email", arguments),
          e.completedWithCall("send_email", arguments)));
      out.sseHead();
      out.send(events);
    });
    List<ResponseStreamEvent> events;
    try (StreamResponse<ResponseStreamEvent> s = client.responses().createStreaming(params(TOOL_PROMPT))) {
      events = s.stream().toList();
    }
    String deltas = events.stream().filter(ResponseStreamEvent::isFunctionCallArgumentsDelta)
        .map(e -> e.asFunctionCallArgumentsDelta().delta()).collect(Collectors.joining());
    assertOriginals(deltas);
    assertOriginals(events.stream().filter(ResponseStreamEvent::isFunctionCallArgumentsDone).findFirst().orElseThrow()
        .asFunctionCallArgumentsDone().arguments());
    ResponseStreamEvent last = events.get(events.size() - 1);
    assertTrue(last.isCompleted());
    assertOriginals(last.asCompleted().response().output().get(0).asFunctionCall().arguments());
    assertSequenceNumbersIncrease(events);
    upstreamSawOnlyPlaceholders("Lindqvist", "bjorn@example.org", "ü😀");
  }

  static void assertOriginals(String arguments) throws Exception {
    JsonNode args = JSON.readTree(arguments);
    assertEquals("Björn Lindqvist", args.get("to").textValue());
    assertEquals("bjorn@example.org", args.get("email").textValue());
    assertEquals(CODE, args.get("code").textValue());
    assertEquals("für Björn Lindqvist", args.get("note").textValue());
  }

  /** Held-back text may add a delta event; sequence numbers must still strictly increase. */
  static void assertSequenceNumbersIncrease(List<ResponseStreamEvent> events) throws Exception {
    long previous = -1;
    for (ResponseStreamEvent e : events) {
      long n = JSON.readTree(JSON.writeValueAsString(e)).path("sequence_number").asLong(-1);
      assertTrue(n > previous, "sequence_number " + n + " after " + previous);
      previous = n;
    }
  }
}
