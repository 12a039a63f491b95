package dev.veil.testing;

/** Realistic OpenAI answers, as the API sends them, for upstream stubs. */
public final class Fixtures {

  public static String chatCompletion(String content) {
    return "{\"id\":\"chatcmpl-abc123\",\"object\":\"chat.completion\",\"created\":1731000000,\"model\":\"gpt-4o-2024-08-06\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quote(content)
        + ",\"refusal\":null,\"annotations\":[]},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5,\"total_tokens\":17},\"system_fingerprint\":\"fp_1\"}";
  }

  /** A chat stream whose deltas are {@code parts}, then a usage chunk and [DONE]. */
  public static String chatStream(String... parts) {
    StringBuilder sb = new StringBuilder();
    String head = "{\"id\":\"chatcmpl-abc123\",\"object\":\"chat.completion.chunk\",\"created\":1731000000,\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":\"fp_1\",";
    sb.append("data: ").append(head).append("\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n");
    for (String p : parts) {
      sb.append("data: ").append(head).append("\"choices\":[{\"index\":0,\"delta\":{\"content\":").append(quote(p))
          .append("},\"logprobs\":null,\"finish_reason\":null}],\"obfuscation\":\"x1\"}\n\n");
    }
    sb.append("data: ").append(head).append("\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}]}\n\n");
    sb.append("data: ").append(head).append("\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5,\"total_tokens\":17}}\n\n");
    sb.append("data: [DONE]\n\n");
    return sb.toString();
  }

  public static String response(String text) {
    return "{\"id\":\"resp_abc123\",\"object\":\"response\",\"created_at\":1731000000,\"status\":\"completed\",\"model\":\"gpt-4o-2024-08-06\","
        + "\"output\":[{\"type\":\"message\",\"id\":\"msg_abc\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":"
        + quote(text) + ",\"annotations\":[]}]}],\"parallel_tool_calls\":true,\"tool_choice\":\"auto\",\"tools\":[],\"temperature\":1.0,\"top_p\":1.0,"
        + "\"error\":null,\"incomplete_details\":null,\"instructions\":null,\"metadata\":{},"
        + "\"usage\":{\"input_tokens\":10,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":4,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":14}}";
  }

  /** A Responses stream with typed events: created, deltas, done texts, completed. */
  public static String responseStream(String... parts) {
    StringBuilder sb = new StringBuilder();
    int seq = 0;
    String full = String.join("", parts);
    String inProgress = response("").replace("\"status\":\"completed\"", "\"status\":\"in_progress\"");
    event(sb, "response.created", "{\"type\":\"response.created\",\"sequence_number\":" + seq++ + ",\"response\":" + inProgress + "}");
    event(sb, "response.output_item.added", "{\"type\":\"response.output_item.added\",\"sequence_number\":" + seq++
        + ",\"output_index\":0,\"item\":{\"type\":\"message\",\"id\":\"msg_abc\",\"status\":\"in_progress\",\"role\":\"assistant\",\"content\":[]}}");
    for (String p : parts) {
      event(sb, "response.output_text.delta", "{\"type\":\"response.output_text.delta\",\"sequence_number\":" + seq++
          + ",\"item_id\":\"msg_abc\",\"output_index\":0,\"content_index\":0,\"delta\":" + quote(p) + ",\"logprobs\":[]}");
    }
    event(sb, "response.output_text.done", "{\"type\":\"response.output_text.done\",\"sequence_number\":" + seq++
        + ",\"item_id\":\"msg_abc\",\"output_index\":0,\"content_index\":0,\"text\":" + quote(full) + ",\"logprobs\":[]}");
    event(sb, "response.completed", "{\"type\":\"response.completed\",\"sequence_number\":" + seq++ + ",\"response\":" + response(full) + "}");
    return sb.toString();
  }

  private static void event(StringBuilder sb, String name, String data) {
    sb.append("event: ").append(name).append('\n').append("data: ").append(data).append("\n\n");
  }

  public static String embeddings() {
    return "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.1,-0.2,0.3]}],"
        + "\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":3,\"total_tokens\":3}}";
  }

  public static String models() {
    return "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o\",\"object\":\"model\",\"created\":1715367049,\"owned_by\":\"system\"},"
        + "{\"id\":\"text-embedding-3-small\",\"object\":\"model\",\"created\":1705948997,\"owned_by\":\"system\"}]}";
  }

  public static String moderation() {
    return "{\"id\":\"modr-1\",\"model\":\"omni-moderation-latest\",\"results\":[{\"flagged\":false,\"categories\":{},\"category_scores\":{}}]}";
  }

  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private Fixtures() {}
}
