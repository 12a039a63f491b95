package dev.veil.http;

import java.nio.charset.StandardCharsets;

/**
 * An error in OpenAI's shape, {@code {"error":{"message","type","param","code"}}}, with its HTTP
 * status. Messages are fixed texts written here: they never carry request or response content.
 */
public record OpenAiError(int status, String type, String code, String message, String param) {

  public static OpenAiError invalidRequest(int status, String code, String message) {
    return new OpenAiError(status, "invalid_request_error", code, message, null);
  }

  public static OpenAiError badGateway(String code, String message) {
    return new OpenAiError(502, "upstream_error", code, message, null);
  }

  public static OpenAiError gatewayTimeout(String message) {
    return new OpenAiError(504, "upstream_error", "upstream_timeout", message, null);
  }

  public static OpenAiError auth(String message) {
    return new OpenAiError(401, "invalid_request_error", "invalid_api_key", message, null);
  }

  public static OpenAiError overloaded() {
    return new OpenAiError(503, "server_error", "veil_overloaded", "Veil is at its concurrency limit; retry shortly.", null);
  }

  public static OpenAiError draining() {
    return new OpenAiError(503, "server_error", "veil_shutting_down", "Veil is shutting down; retry on another instance.", null);
  }

  public static OpenAiError notFound() {
    return new OpenAiError(404, "invalid_request_error", "not_found", "Unknown path: Veil serves /v1/*, /healthz and /readyz.", null);
  }

  public static OpenAiError internal() {
    return new OpenAiError(500, "server_error", "veil_internal_error", "Veil could not process the request.", null);
  }

  /** The JSON body. */
  public byte[] body() {
    StringBuilder sb = new StringBuilder(128 + message.length());
    sb.append("{\"error\":{\"message\":");
    quote(sb, message);
    sb.append(",\"type\":");
    quote(sb, type);
    sb.append(",\"param\":");
    if (param == null) {
      sb.append("null");
    } else {
      quote(sb, param);
    }
    sb.append(",\"code\":");
    if (code == null) {
      sb.append("null");
    } else {
      quote(sb, code);
    }
    sb.append("}}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The same error as one SSE event, for a stream that fails after it started. */
  public byte[] sseEvent() {
    String json = new String(body(), StandardCharsets.UTF_8);
    return ("event: error\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
  }

  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
