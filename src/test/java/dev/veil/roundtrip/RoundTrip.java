package dev.veil.roundtrip;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.veil.testing.TestVeil;
import java.time.Duration;

/** What the round-trip tests share: the PII they send, the policy they run on, the SDK client. */
final class RoundTrip {
  static final String NAME = "Zoë Kravitz-Harper";
  static final String EMAIL = "zoe.kravitz@example.com";
  /** Caught by the custom rule below: quotes, a backslash before a u, non-ASCII, an astral char. */
  static final String CODE = "X-\"q\\u\"ü😀ß";

  static final String PROMPT = "Reply to " + NAME + " at " + EMAIL + " about the invoice.";
  static final String TOOL_PROMPT = "Send the note to Björn Lindqvist (bjorn@example.org) and keep code " + CODE;

  /** A custom rule whose matches carry JSON-hostile characters into the vault. */
  static final String POLICY = "redaction:\n  rules:\n    - name: codeword\n      entity: CODEWORD\n"
      + "      pattern: 'X-[^ ]+'\n";

  private RoundTrip() {}

  static OpenAIClient client(TestVeil veil) {
    return OpenAIOkHttpClient.builder().baseUrl(veil.openAiBaseUrl()).apiKey("sk-test-roundtrip")
        .maxRetries(0).timeout(Duration.ofSeconds(30)).build();
  }

  static ChatCompletionCreateParams chat(String prompt) {
    return ChatCompletionCreateParams.builder().model(ChatModel.GPT_4O).addUserMessage(prompt).build();
  }
}
