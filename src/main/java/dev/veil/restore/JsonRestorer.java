package dev.veil.restore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Restores placeholders in every string value of a JSON document: whole bodies through Jackson's
 * token stream (tokens copied, only strings replaced), and parsed trees in place.
 *
 * <p>A string under a field named {@code arguments} is JSON text (tool-call arguments), so the
 * originals put into it are escaped for a JSON string literal. While walking a body it also reads
 * the top-level {@code model} and {@code usage}. Stateless; thread-safe.
 */
final class JsonRestorer {

  static final JsonFactory FACTORY = new JsonFactory();

  private JsonRestorer() {}

  /**
   * The body with placeholders restored (and, with {@code output} non-null, the model's own PII
   * in reader-facing strings replaced first); the input array itself when nothing changed, when
   * {@code placeholders} is null, or when the body is not (entirely) JSON. Counts go to
   * {@code stats} only when the whole body was read.
   */
  static byte[] restoreBody(byte[] json, Placeholders placeholders, OutputScan output,
      RestoreStats stats) {
    RestoreStats local = new RestoreStats();
    UsageReader usage = new UsageReader();
    boolean restoring = placeholders != null;
    ByteArrayOutputStream buffer = restoring ? new ByteArrayOutputStream(json.length + 64) : null;
    boolean changed = false;
    try (JsonParser parser = FACTORY.createParser(json);
        JsonGenerator gen = restoring ? FACTORY.createGenerator(buffer) : null) {
      JsonToken t;
      while ((t = parser.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          if (!restoring) {
            // Only the model is read; other strings are skipped undecoded.
            if (UsageReader.isModel(parser.getParsingContext())) {
              usage.model = parser.getText();
            }
            continue;
          }
          String s = parser.getText();
          usage.string(parser.getParsingContext(), s);
          String name = parser.currentName();
          String raw = output != null && OutputScan.scanned(name) ? output.whole(s, local) : s;
          String r = placeholders.restore(raw, "arguments".equals(name), local);
          placeholders.countStrays(s, 0, true, local);
          if (r != s) {
            changed = true;
            gen.writeString(r);
            continue;
          }
        } else if (t == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          usage.number(parser.getParsingContext(), parser.getLongValue());
        }
        if (restoring) {
          gen.copyCurrentEventExact(parser);
        }
      }
      if (gen != null) {
        gen.flush();
      }
    } catch (IOException | RuntimeException notJson) {
      return json; // the upstream's own bytes, whatever they are
    }
    usage.into(local);
    stats.addAll(local);
    return changed ? buffer.toByteArray() : json;
  }

  /**
   * Restores every string in {@code node} in place; true when something changed. Counts go to
   * {@code stats} unless null (texts repeated at the end of a stream are not counted twice).
   */
  static boolean restoreTree(JsonNode node, Placeholders placeholders, RestoreStats stats) {
    boolean changed = false;
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> it = object.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode value = field.getValue();
        if (value.isTextual()) {
          String s = value.textValue();
          String r = placeholders.restore(s, "arguments".equals(field.getKey()), stats);
          if (r != s) {
            field.setValue(TextNode.valueOf(r));
            changed = true;
          }
        } else if (value.isContainerNode()) {
          changed |= restoreTree(value, placeholders, stats);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode value = array.get(i);
        if (value.isTextual()) {
          String s = value.textValue();
          String r = placeholders.restore(s, false, stats);
          if (r != s) {
            array.set(i, TextNode.valueOf(r));
            changed = true;
          }
        } else if (value.isContainerNode()) {
          changed |= restoreTree(value, placeholders, stats);
        }
      }
    }
    return changed;
  }

  /** Reads top-level {@code model} and {@code usage} token counts while a body streams past. */
  private static final class UsageReader {
    private long prompt = -1;
    private long completion = -1;
    private long total = -1;
    private String model;

    void string(JsonStreamContext ctx, String value) {
      if (isModel(ctx)) {
        model = value;
      }
    }

    /** Whether the current value is the top-level {@code model}. */
    static boolean isModel(JsonStreamContext ctx) {
      return ctx.inObject() && ctx.getParent() != null && ctx.getParent().inRoot()
          && "model".equals(ctx.getCurrentName());
    }

    void number(JsonStreamContext ctx, long value) {
      JsonStreamContext parent = ctx.getParent();
      if (!ctx.inObject() || parent == null || parent.getParent() == null
          || !parent.getParent().inRoot() || !"usage".equals(parent.getCurrentName())) {
        return;
      }
      String name = ctx.getCurrentName();
      if (name == null) {
        return;
      }
      switch (name) {
        case "prompt_tokens", "input_tokens" -> prompt = value;
        case "completion_tokens", "output_tokens" -> completion = value;
        case "total_tokens" -> total = value;
        default -> { }
      }
    }

    void into(RestoreStats stats) {
      if (prompt >= 0 || completion >= 0 || total >= 0) {
        stats.usage(prompt, completion, total);
      }
      if (model != null) {
        stats.model(model);
      }
    }
  }
}
