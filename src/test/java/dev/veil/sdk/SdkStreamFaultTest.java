package dev.veil.sdk;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.OpenAIException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import dev.veil.testing.Fixtures;
import dev.veil.testing.SocketUpstream;
import dev.veil.testing.TestVeil;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stream the upstream breaks off ends in an error event that the official SDK raises. */
class SdkStreamFaultTest {

  static SocketUpstream truncating(String firstEvents) throws Exception {
    return new SocketUpstream((head, body, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: 100000\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      SocketUpstream.write(out, firstEvents);
    });
  }

  @Test
  void chatStreamBrokenOffRaisesInTheSdk() throws Exception {
    String stream = Fixtures.chatStream("Hel", "lo");
    String firstTwo = stream.substring(0, stream.indexOf("\n\n", stream.indexOf("\n\n") + 2) + 2);
    try (SocketUpstream upstream = truncating(firstTwo);
        TestVeil veil = TestVeil.start(upstream.url())) {
      OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(veil.openAiBaseUrl()).apiKey("sk-test")
          .maxRetries(0).timeout(Duration.ofSeconds(10)).build();
      List<String> got = new ArrayList<>();
      try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(
          ChatCompletionCreateParams.builder().model(ChatModel.GPT_4O).addUserMessage("hi").build())) {
        OpenAIException e = assertThrows(OpenAIException.class, () -> s.stream().forEach(c -> got.add(c.id())));
        assertTrue(String.valueOf(e.getMessage()).contains("upstream broke off"), e.getClass() + ": " + e.getMessage());
      }
      assertTrue(got.size() >= 1, "events before the fault were delivered");
      client.close();
    }
  }

  @Test
  void responsesStreamBrokenOffRaisesInTheSdk() throws Exception {
    String stream = Fixtures.responseStream("Hi ", "there");
    String firstTwo = stream.substring(0, stream.indexOf("\n\n", stream.indexOf("\n\n") + 2) + 2);
    try (SocketUpstream upstream = truncating(firstTwo);
        TestVeil veil = TestVeil.start(upstream.url())) {
      OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(veil.openAiBaseUrl()).apiKey("sk-test")
          .maxRetries(0).timeout(Duration.ofSeconds(10)).build();
      try (StreamResponse<ResponseStreamEvent> s = client.responses().createStreaming(
          ResponseCreateParams.builder().model(ChatModel.GPT_4O).input("hi").build())) {
        OpenAIException e = assertThrows(OpenAIException.class, () -> s.stream().forEach(ev -> { }));
        assertTrue(String.valueOf(e.getMessage()).contains("upstream broke off"), e.getClass() + ": " + e.getMessage());
      }
      client.close();
    }
  }
}
