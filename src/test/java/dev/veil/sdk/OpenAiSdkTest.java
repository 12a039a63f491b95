package dev.veil.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.models.Model;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import dev.veil.testing.Fixtures;
import dev.veil.testing.TestVeil;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official openai-java SDK, pointed at a running Veil, works exactly as against OpenAI. */
class OpenAiSdkTest {
  static WireMockServer upstream;
  static TestVeil veil;
  static OpenAIClient client;

  @BeforeAll
  static void start() {
    upstream = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    upstream.start();
    veil = TestVeil.start("http://127.0.0.1:" + upstream.port());
    client = OpenAIOkHttpClient.builder().baseUrl(veil.openAiBaseUrl()).apiKey("sk-test-sdk")
        .timeout(Duration.ofSeconds(20)).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    veil.close();
    upstream.stop();
  }

  @BeforeEach
  void reset() {
    upstream.resetAll();
  }

  static void stubJson(String path, String body) {
    upstream.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  static void stubSse(String path, String body) {
    upstream.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream; charset=utf-8").withBody(body)));
  }

  static ChatCompletionCreateParams chat() {
    return ChatCompletionCreateParams.builder().model(ChatModel.GPT_4O).addUserMessage("Say hello").build();
  }

  @Test
  void chatCompletion() {
    stubJson("/v1/chat/completions", Fixtures.chatCompletion("Hello there"));
    ChatCompletion c = client.chat().completions().create(chat());
    assertEquals("Hello there", c.choices().get(0).message().content().orElseThrow());
    assertEquals(17, c.usage().orElseThrow().totalTokens());
  }

  @Test
  void chatCompletionStream() {
    stubSse("/v1/chat/completions", Fixtures.chatStream("Hel", "lo ", "there"));
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(chat())) {
      String text = stream.stream().flatMap(ch -> ch.choices().stream())
          .map(ch -> ch.delta().content().orElse("")).collect(Collectors.joining());
      assertEquals("Hello there", text);
    }
    upstream.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")));
  }

  @Test
  void responses() {
    stubJson("/v1/responses", Fixtures.response("Hi from responses"));
    Response r = client.responses().create(ResponseCreateParams.builder().model(ChatModel.GPT_4O).input("Hi").build());
    assertEquals("resp_abc123", r.id());
    String text = r.output().get(0).asMessage().content().get(0).asOutputText().text();
    assertEquals("Hi from responses", text);
  }

  @Test
  void responsesStream() {
    stubSse("/v1/responses", Fixtures.responseStream("Hi ", "from ", "stream"));
    try (StreamResponse<ResponseStreamEvent> stream = client.responses().createStreaming(
        ResponseCreateParams.builder().model(ChatModel.GPT_4O).input("Hi").build())) {
      List<ResponseStreamEvent> events = stream.stream().toList();
      String deltas = events.stream().filter(ResponseStreamEvent::isOutputTextDelta)
          .map(e -> e.asOutputTextDelta().delta()).collect(Collectors.joining());
      assertEquals("Hi from stream", deltas);
      assertTrue(events.get(events.size() - 1).isCompleted());
    }
  }

  @Test
  void embeddings() {
    stubJson("/v1/embeddings", Fixtures.embeddings());
    var e = client.embeddings().create(EmbeddingCreateParams.builder()
        .model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL).input("some text").build());
    assertEquals(3, e.data().get(0).embedding().size());
  }

  @Test
  void models() {
    upstream.stubFor(get(urlEqualTo("/v1/models")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.models())));
    List<String> ids = client.models().list().data().stream().map(Model::id).toList();
    assertEquals(List.of("gpt-4o", "text-embedding-3-small"), ids);
  }

  @Test
  void aRateLimitWithRetryAfterMsIsRetriedByTheSdk() {
    upstream.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
            .withHeader("retry-after-ms", "50").withHeader("x-request-id", "req_429")
            .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}"))
        .willSetStateTo("second"));
    upstream.stubFor(post(urlEqualTo("/v1/chat/completions")).inScenario("retry").whenScenarioStateIs("second")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(Fixtures.chatCompletion("after retry"))));
    ChatCompletion c = client.chat().completions().create(chat());
    assertEquals("after retry", c.choices().get(0).message().content().orElseThrow());
    upstream.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
  }

  @Test
  void upstreamErrorsReachTheSdkAsTypedErrors() {
    upstream.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"message\":\"Invalid model\",\"type\":\"invalid_request_error\",\"param\":\"model\",\"code\":\"model_not_found\"}}")));
    BadRequestException e = assertThrows(BadRequestException.class, () -> client.chat().completions().create(chat()));
    assertEquals("model_not_found", e.code().orElseThrow());
  }
}
