package dev.veil.testing;

import static dev.veil.testing.ChatChunks.quote;

/**
 * Responses API stream events ({@code event: response.*}) as OpenAI writes them, numbered with
 * increasing {@code sequence_number}s. One instance per stream; not thread-safe.
 */
public final class ResponseEvents {
  private static final String MESSAGE = "msg_rt1";
  private static final String CALL = "fc_rt1";

  private int seq;

  public String created() {
    return event("response.created", "\"response\":" + response("in_progress", "[]"));
  }

  public String messageAdded() {
    return event("response.output_item.added", "\"output_index\":0,\"item\":{\"id\":\"" + MESSAGE
        + "\",\"type\":\"message\",\"status\":\"in_progress\",\"content\":[],\"role\":\"assistant\"}");
  }

  public String partAdded() {
    return event("response.content_part.added", "\"item_id\":\"" + MESSAGE
        + "\",\"output_index\":0,\"content_index\":0,\"part\":{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],\"text\":\"\"}");
  }

  public String textDelta(String delta) {
    return event("response.output_text.delta", "\"item_id\":\"" + MESSAGE
        + "\",\"output_index\":0,\"content_index\":0,\"delta\":" + quote(delta) + ",\"logprobs\":[],\"obfuscation\":\"Zz9\"");
  }

  public String textDone(String text) {
    return event("response.output_text.done", "\"item_id\":\"" + MESSAGE
        + "\",\"output_index\":0,\"content_index\":0,\"text\":" + quote(text) + ",\"logprobs\":[]");
  }

  public String partDone(String text) {
    return event("response.content_part.done", "\"item_id\":\"" + MESSAGE
        + "\",\"output_index\":0,\"content_index\":0,\"part\":" + textPart(text));
  }

  public String messageDone(String text) {
    return event("response.output_item.done", "\"output_index\":0,\"item\":" + message(text));
  }

  /** {@code response.completed} whose output is one message with {@code text}. */
  public String completed(String text) {
    return event("response.completed", "\"response\":" + response("completed", "[" + message(text) + "]"));
  }

  public String callAdded(String name) {
    return event("response.output_item.added", "\"output_index\":0,\"item\":" + call(name, "", "in_progress"));
  }

  public String argumentsDelta(String delta) {
    return event("response.function_call_arguments.delta", "\"item_id\":\"" + CALL
        + "\",\"output_index\":0,\"delta\":" + quote(delta) + ",\"obfuscation\":\"Zz8\"");
  }

  public String argumentsDone(String arguments) {
    return event("response.function_call_arguments.done", "\"item_id\":\"" + CALL
        + "\",\"output_index\":0,\"name\":\"send_email\",\"arguments\":" + quote(arguments));
  }

  public String callDone(String name, String arguments) {
    return event("response.output_item.done", "\"output_index\":0,\"item\":" + call(name, arguments, "completed"));
  }

  /** {@code response.completed} whose output is one function call. */
  public String completedWithCall(String name, String arguments) {
    return event("response.completed", "\"response\":" + response("completed", "[" + call(name, arguments, "completed") + "]"));
  }

  /** A whole (non-streamed) response whose output is one message with {@code text}. */
  public static String response(String text) {
    return response("completed", "[" + message(text) + "]");
  }

  private String event(String type, String fields) {
    return "event: " + type + "\ndata: {\"type\":\"" + type + "\",\"sequence_number\":" + seq++ + "," + fields + "}\n\n";
  }

  private static String message(String text) {
    return "{\"id\":\"" + MESSAGE + "\",\"type\":\"message\",\"status\":\"completed\",\"content\":[" + textPart(text)
        + "],\"role\":\"assistant\"}";
  }

  private static String textPart(String text) {
    return "{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],\"text\":" + quote(text) + "}";
  }

  private static String call(String name, String arguments, String status) {
    return "{\"id\":\"" + CALL + "\",\"type\":\"function_call\",\"status\":\"" + status + "\",\"arguments\":" + quote(arguments)
        + ",\"call_id\":\"call_rt1\",\"name\":" + quote(name) + "}";
  }

  private static String response(String status, String output) {
    return "{\"id\":\"resp_rt1\",\"object\":\"response\",\"created_at\":1731000000,\"status\":\"" + status + "\","
        + "\"background\":false,\"error\":null,\"incomplete_details\":null,\"instructions\":null,\"max_output_tokens\":null,"
        + "\"model\":\"gpt-4o-2024-08-06\",\"output\":" + output + ",\"parallel_tool_calls\":true,\"previous_response_id\":null,"
        + "\"reasoning\":{\"effort\":null,\"summary\":null},\"store\":true,\"temperature\":1.0,"
        + "\"text\":{\"format\":{\"type\":\"text\"},\"verbosity\":\"medium\"},\"tool_choice\":\"auto\",\"tools\":[],\"top_p\":1.0,"
        + "\"truncation\":\"disabled\",\"usage\":" + ("completed".equals(status)
            ? "{\"input_tokens\":31,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":12,"
                + "\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":43}"
            : "null")
        + ",\"user\":null,\"metadata\":{}}";
  }
}
