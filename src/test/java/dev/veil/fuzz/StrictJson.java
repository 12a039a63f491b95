package dev.veil.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The fuzzer's own judge of a body, independent of Veil's parser setup: strict UTF-8 (no
 * encoded surrogates, no overlongs; the bytes are decoded as UTF-8 whatever they look like),
 * strict JSON (one value, no duplicate key, nothing after it), and the facts Veil's limits
 * depend on (top-level kind, depth, longest number).
 */
final class StrictJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000)
          .maxNumberLength(100_000).build())
      .build();

  /**
   * What a body is.
   *
   * @param valid strict UTF-8 and strict JSON
   * @param object the top level is an object
   * @param depth deepest nesting of objects and arrays (the top level is 1)
   * @param longestNumber chars of the longest number literal
   */
  record Facts(boolean valid, boolean object, int depth, int longestNumber) {
    /** Whether Veil's default limits accept a body with these facts. */
    boolean acceptable() {
      return valid && object && depth <= 64 && longestNumber <= 100;
    }
  }

  private StrictJson() {}

  static Facts judge(byte[] body) {
    String text = utf8(body);
    if (text == null) {
      return new Facts(false, false, 0, 0);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // RFC 8259 lets a parser ignore a byte-order mark
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new Facts(false, false, 0, 0);
      }
      int depth = 0;
      int max = 0;
      int longest = 0;
      for (JsonToken t = first; t != null; t = p.nextToken()) {
        if (t.isStructStart()) {
          max = Math.max(max, ++depth);
        } else if (t.isStructEnd()) {
          depth--;
        } else if (t.isNumeric()) {
          longest = Math.max(longest, p.getTextLength());
        } else if (t == JsonToken.VALUE_STRING) {
          p.getText(); // decodes the string, so broken escapes fail here
        }
        if (depth == 0) {
          break; // the top-level value is complete
        }
      }
      if (p.nextToken() != null) {
        return new Facts(false, false, 0, 0);
      }
      return new Facts(true, first == JsonToken.START_OBJECT, max, longest);
    } catch (IOException e) {
      return new Facts(false, false, 0, 0);
    }
  }

  /** The text of {@code body} when it is strict UTF-8, else null. */
  static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
