package dev.veil.testing;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Chat Completions stream events ({@code data: chat.completion.chunk}) as OpenAI writes them,
 * one event per call, for upstream scripts that build a stream piece by piece.
 */
public final class ChatChunks {
  private static final String HEAD = "{\"id\":\"chatcmpl-rt1\",\"object\":\"chat.completion.chunk\",\"created\":1731000000,"
      + "\"model\":\"gpt-4o-2024-08-06\",\"service_tier\":\"default\",\"system_fingerprint\":\"fp_1\",";

  private ChatChunks() {}

  /** The first chunk of a choice: role and empty content. */
  public static String role(int choice) {
    return chunk(choice, "{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}", "null", "");
  }

  public static String content(int choice, String text) {
    return chunk(choice, "{\"content\":" + quote(text) + "}", "null", ",\"obfuscation\":\"Qx1\"");
  }

  /** Opens tool call {@code tool} of a choice, with its id and function name and empty arguments. */
  public static String toolCall(int choice, int tool, String id, String name) {
    return chunk(choice, "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":" + tool + ",\"id\":" + quote(id)
        + ",\"type\":\"function\",\"function\":{\"name\":" + quote(name) + ",\"arguments\":\"\"}}],\"refusal\":null}", "null", "");
  }

  /** A piece of the arguments of tool call {@code tool}. */
  public static String toolArguments(int choice, int tool, String part) {
    return chunk(choice, "{\"tool_calls\":[{\"index\":" + tool + ",\"function\":{\"arguments\":" + quote(part) + "}}]}",
        "null", ",\"obfuscation\":\"Qx2\"");
  }

  /** The chunk that ends a choice, with an empty delta. */
  public static String finish(int choice, String reason) {
    return chunk(choice, "{}", quote(reason), "");
  }

  /** The usage chunk sent with {@code stream_options.include_usage}. */
  public static String usage() {
    return "data: " + HEAD + "\"choices\":[],\"usage\":{\"prompt_tokens\":21,\"completion_tokens\":9,\"total_tokens\":30}}\n\n";
  }

  public static String done() {
    return "data: [DONE]\n\n";
  }

  private static String chunk(int choice, String delta, String finish, String extra) {
    return "data: " + HEAD + "\"choices\":[{\"index\":" + choice + ",\"delta\":" + delta
        + ",\"logprobs\":null,\"finish_reason\":" + finish + "}]" + extra + "}\n\n";
  }

  /** {@code s} as a JSON string literal. */
  public static String quote(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }
}
