package dev.veil.detect.builtin;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * JSON Web Tokens: three base64url parts joined by dots (the signature may be empty for
 * {@code alg: none}), whose header decodes to a JSON object with an {@code "alg"} member.
 * Scores {@link Scores#VALIDATED}.
 */
final class JwtRule implements TextRule {
  private static final int MAX_PART = 8192;
  private static final Literal START = new Literal("eyJ", 'J');

  @Override
  public void find(String text, List<Span> out) {
    int at = START.indexIn(text, 0);
    while (at >= 0) {
      int end = -1;
      if (at == 0 || !isB64(text.charAt(at - 1))) {
        end = match(text, at);
        if (end > 0) {
          out.add(new Span(Entities.SECRET, at, end, Scores.VALIDATED, "jwt"));
        }
      }
      at = START.indexIn(text, Math.max(at + 1, end));
    }
  }

  private static int match(String text, int at) {
    int headerEnd = part(text, at);
    if (headerEnd - at < 10 || headerEnd >= text.length() || text.charAt(headerEnd) != '.') {
      return -1;
    }
    int payloadEnd = part(text, headerEnd + 1);
    if (payloadEnd - headerEnd - 1 < 10 || payloadEnd >= text.length() || text.charAt(payloadEnd) != '.') {
      return -1;
    }
    int end = part(text, payloadEnd + 1);
    if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == '=')) {
      return -1;
    }
    return hasAlg(text.substring(at, headerEnd)) ? end : -1;
  }

  private static int part(String text, int from) {
    int p = from;
    while (p < text.length() && p - from <= MAX_PART && isB64(text.charAt(p))) {
      p++;
    }
    return p;
  }

  private static boolean isB64(char c) {
    return Glue.isAsciiAlnum(c) || c == '-' || c == '_';
  }

  private static boolean hasAlg(String header) {
    try {
      String json = new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8);
      return json.startsWith("{") && json.contains("\"alg\"");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
