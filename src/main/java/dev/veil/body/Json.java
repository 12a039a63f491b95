package dev.veil.body;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.veil.config.LimitsConfig;

/**
 * The JSON factory of the body walk, bounded by {@link LimitsConfig}, and the mapping of parser
 * failures to {@link BodyException} codes. Jackson's limits sit one step above Veil's own
 * checks, which fire first with a precise code; Jackson's are the backstop.
 */
final class Json {
  final JsonFactory factory;
  /** For JSON inside a string (tool arguments): the same limits, but a repeated key is allowed. */
  final JsonFactory nestedFactory;
  final LimitsConfig limits;

  Json(LimitsConfig limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxJsonDepth() + 1)
        .maxStringLength(limits.maxStringLength() + 1)
        .maxNameLength(Math.max(limits.maxStringLength() + 1, 1024))
        .maxNumberLength(limits.maxNumberLength())
        .build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    // Arguments with a repeated key are still JSON to the model that reads them; refusing to parse
    // them would scan them as raw text, where \\u-escaped PII is not seen.
    this.nestedFactory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** The code for a parser failure; the parser's message is looked at, never passed on. */
  static BodyException map(Exception e) {
    if (e instanceof BodyException b) {
      return b;
    }
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof StreamConstraintsException) {
      if (m.startsWith("Document nesting depth")) {
        return new BodyException(BodyException.Code.TOO_DEEP);
      }
      if (m.startsWith("Number value length") || m.startsWith("Number length")) {
        return new BodyException(BodyException.Code.NUMBER_TOO_LONG);
      }
      if (m.startsWith("String value length") || m.startsWith("Name length")) {
        return new BodyException(BodyException.Code.STRING_TOO_LONG);
      }
      return new BodyException(BodyException.Code.INVALID_JSON);
    }
    if (e instanceof JsonParseException) {
      if (m.startsWith("Duplicate field")) {
        return new BodyException(BodyException.Code.DUPLICATE_KEY);
      }
      if (m.startsWith("Invalid UTF-8") || m.contains("Invalid UTF-8")) {
        return new BodyException(BodyException.Code.INVALID_UTF8);
      }
    }
    return new BodyException(BodyException.Code.INVALID_JSON);
  }
}
