package dev.veil.restore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Parses and writes the JSON data of stream events. Numbers keep their exact value (floats as
 * BigDecimal), so an event written back differs from the upstream's only in what was changed
 * and in insignificant whitespace. Thread-safe.
 */
final class EventJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private static final ObjectReader TREE = MAPPER.readerFor(JsonNode.class);

  private EventJson() {}

  /** The parsed data, or null when it is not a JSON object. Never throws. */
  static JsonNode parse(String data) {
    try {
      JsonNode node = TREE.readValue(data);
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException | RuntimeException notJson) {
      return null;
    }
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event JSON could not be written", e);
    }
  }

  static JsonNodeFactory nodes() {
    return MAPPER.getNodeFactory();
  }

  /** Reads {@code model} and token {@code usage} from a chunk, or from its {@code response}. */
  static void captureUsage(JsonNode root, RestoreStats stats) {
    JsonNode response = root.get("response");
    if (response != null && response.isObject()) {
      captureUsage(response, stats);
    }
    JsonNode model = root.get("model");
    if (model != null && model.isTextual()) {
      stats.model(model.textValue());
    }
    JsonNode usage = root.get("usage");
    if (usage != null && usage.isObject()) {
      long prompt = count(usage, "prompt_tokens", "input_tokens");
      long completion = count(usage, "completion_tokens", "output_tokens");
      long total = count(usage, "total_tokens", "total_tokens");
      if (prompt >= 0 || completion >= 0 || total >= 0) {
        stats.usage(prompt, completion, total);
      }
    }
  }

  private static long count(JsonNode usage, String name, String alias) {
    JsonNode n = usage.get(name);
    if (n == null || !n.canConvertToLong()) {
      n = usage.get(alias);
    }
    return n != null && n.isIntegralNumber() && n.canConvertToLong() ? n.longValue() : -1;
  }
}
