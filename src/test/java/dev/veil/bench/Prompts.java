package dev.veil.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Deterministic, realistic-looking chat request bodies of a given size: a system prompt, then
 * user and assistant turns of prose (sentences start with a capital, as prose does; that matters
 * to the name detector, which looks closer near capitals) with code and an email, a phone number
 * or a name every few hundred chars, and a tool call with JSON arguments.
 */
final class Prompts {
  private static final String[] WORDS = (
      "the of and to in is that for it as with was on be by this are or from at which an have not but "
      + "customer order invoice shipping account report please summarise analysis meeting schedule update "
      + "project deadline budget review contract payment delivery status support request issue resolved "
      + "function return value error exception database query table index performance latency service").split(" ");
  private static final String[] PII = {
      "Jane Doe", "jane.doe@example.com", "+1 555 010 0199", "Maria Lopez", "4111 1111 1111 1111", "wei.zhang@corp.example"};

  static byte[] chat(int bytes) {
    Random random = new Random(42);
    StringBuilder sb = new StringBuilder(bytes + 1024);
    sb.append("{\"model\":\"gpt-4o\",\"stream\":true,\"user\":\"user-1234\",\"messages\":[");
    sb.append("{\"role\":\"system\",\"content\":\"You are a helpful assistant for ACME support. Answer briefly.\"}");
    int turn = 0;
    while (sb.length() < bytes - 600) {
      String role = turn % 2 == 0 ? "user" : "assistant";
      sb.append(",{\"role\":\"").append(role).append("\",\"content\":\"");
      int target = Math.min(bytes - sb.length() - 400, 2000 + random.nextInt(6000));
      int start = sb.length();
      boolean sentenceStart = true;
      while (sb.length() - start < target) {
        if (random.nextInt(60) == 0) {
          sb.append(PII[random.nextInt(PII.length)]);
        } else if (random.nextInt(200) == 0) {
          sb.append("\\n```\\nfor (int i = 0; i < n; i++) { total += price[i]; }\\n```\\n");
        } else {
          String word = WORDS[random.nextInt(WORDS.length)];
          sb.append(sentenceStart ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        sentenceStart = random.nextInt(12) == 0;
        sb.append(sentenceStart ? ". " : " ");
      }
      sb.append("\"}");
      turn++;
    }
    sb.append(",{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_8f2b61c0d9e34a7b\",\"type\":\"function\",")
        .append("\"function\":{\"name\":\"lookup_order\",\"arguments\":\"{\\\"order\\\":\\\"A-1029\\\",\\\"email\\\":\\\"jane.doe@example.com\\\"}\"}}]}");
    sb.append(",{\"role\":\"tool\",\"tool_call_id\":\"call_8f2b61c0d9e34a7b\",\"content\":\"{\\\"status\\\":\\\"shipped\\\"}\"}");
    sb.append("],\"temperature\":0.2}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private Prompts() {}
}
