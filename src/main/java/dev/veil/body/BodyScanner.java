package dev.veil.body;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.veil.body.BodyException.Code;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass 1 of the body walk: parses the request with Jackson's streaming parser, enforces the
 * limits, and collects every string that {@link FieldRules} does not call structural into
 * {@link Slot}s, plus media parts and the top-level {@code model}, {@code stream}, {@code store}.
 * Object keys are strings too: a key that is not a field name the rules know
 * ({@link FieldRules#knownKey}) takes a slot just before its value's. Known keys cost two set
 * lookups and no allocation. One instance per body; not thread-safe.
 *
 * <p>With redaction off ({@code validateOnly}), the walk enforces the same limits and reads the
 * same top-level fields and end-user id, but takes no slot for content: nothing will be
 * scanned, so no string is copied out of the body.
 */
final class BodyScanner {
  private final Json json;
  private final boolean paths;
  private final boolean validateOnly;
  private final List<Object> path = new ArrayList<>();
  private final String pathPrefix;
  private Scan scan;
  private JsonParser p;
  /** The body being scanned, for the byte range of keys; null for JSON inside a string. */
  private byte[] body;
  private int objects;

  BodyScanner(Json json, boolean paths) {
    this(json, paths, false, "");
  }

  /** A walk that only validates and reads the top-level fields (redaction off). */
  static BodyScanner validating(Json json) {
    return new BodyScanner(json, false, true, "");
  }

  private BodyScanner(Json json, boolean paths, boolean validateOnly, String pathPrefix) {
    this.json = json;
    this.paths = paths;
    this.validateOnly = validateOnly;
    this.pathPrefix = pathPrefix;
  }

  /**
   * Scans a request body whose top level must be an object.
   *
   * @throws BodyException for anything but a well-formed body within the limits
   */
  Scan scan(byte[] body, FieldRules rules) {
    // Strictly, before Jackson sees it: Jackson decodes overlong forms, and its name cache can
    // read an invalid byte plus a short known key ("\xFFid") as that key, skipping the scan.
    // NUL bytes up front mean UTF-16/32, which Jackson would otherwise detect and accept.
    if (!Utf8.isWellFormed(body)
        || body.length >= 2 && (body[0] == 0 || body[1] == 0)) {
      throw new BodyException(Code.INVALID_UTF8);
    }
    scan = new Scan();
    this.body = body;
    try (JsonParser parser = json.factory.createParser(body)) {
      p = parser;
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new BodyException(Code.INVALID_JSON);
      }
      if (t != JsonToken.START_OBJECT) {
        throw new BodyException(Code.NOT_AN_OBJECT);
      }
      scan.rootStart = p.currentTokenLocation().getByteOffset();
      object(rules, 1, true);
      if (p.nextToken() != null) {
        throw new BodyException(Code.INVALID_JSON);
      }
    } catch (IOException e) {
      throw Json.map(e);
    }
    return scan;
  }

  /** The string values of JSON held in a string, or null when it is not JSON within the limits. */
  private List<Slot> nested(String text, String at) {
    String start = text.stripLeading();
    if (start.isEmpty() || (start.charAt(0) != '{' && start.charAt(0) != '[')) {
      return null;
    }
    BodyScanner inner = new BodyScanner(json, paths, false, at + "#");
    inner.scan = new Scan();
    try (JsonParser parser = json.nestedFactory.createParser(text)) {
      inner.p = parser;
      inner.value(parser.nextToken(), FieldRules.PURE_CONTENT, 0);
      if (parser.nextToken() != null) {
        return null;
      }
    } catch (IOException | BodyException e) {
      return null;
    }
    return inner.scan.slots;
  }

  private void object(FieldRules rules, int depth, boolean root) throws IOException {
    if (depth > json.limits.maxJsonDepth()) {
      throw new BodyException(Code.TOO_DEEP);
    }
    int ordinal = objects++;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (name.length() > json.limits.maxStringLength()) {
        throw new BodyException(Code.STRING_TOO_LONG);
      }
      if (!validateOnly && !rules.knownKey(name)) {
        key(name, rules, ordinal);
      }
      t = p.nextToken();
      FieldRules child = rules.field(name);
      if (child.mediaPart() && !rules.mediaPart()) {
        scan.media.add(new Scan.MediaPart(child.strings, ordinal, root));
      }
      if (root) {
        scan.rootHasFields = true;
        top(name, t);
      }
      if (paths) {
        path.add(name);
      }
      value(t, child, depth);
      if (paths) {
        path.remove(path.size() - 1);
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new BodyException(Code.INVALID_JSON);
    }
  }

  /** A key that is content: a slot with the byte range of its token (quotes included) when known. */
  private void key(String name, FieldRules rules, int ordinal) {
    // The object's pointer, not the member's: a key's own text never goes into a finding's path.
    Slot slot = new Slot(name, Treatment.CONTENT, paths ? pointer() : null, null);
    slot.keyOf = rules;
    slot.object = ordinal;
    if (body != null) {
      int start = (int) p.currentTokenLocation().getByteOffset();
      if (start >= 0 && start < body.length && body[start] == '"') {
        for (int i = start + 1; i < body.length; i++) {
          if (body[i] == '\\') {
            i++;
          } else if (body[i] == '"') {
            slot.start = start;
            slot.end = i + 1;
            break;
          }
        }
      }
    }
    scan.slots.add(slot);
  }

  private void top(String name, JsonToken t) throws IOException {
    switch (name) {
      case "model" -> scan.model = t == JsonToken.VALUE_STRING ? p.getText() : null;
      case "stream" -> scan.stream = t == JsonToken.VALUE_TRUE;
      case "store" -> {
        scan.storePresent = true;
        scan.store = t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        if (t.isScalarValue()) {
          scan.storeStart = p.currentTokenLocation().getByteOffset();
          p.getTextLength();
          scan.storeEnd = p.currentLocation().getByteOffset();
        }
      }
      default -> { }
    }
  }

  private void value(JsonToken t, FieldRules rules, int depth) throws IOException {
    if (t == null) {
      throw new BodyException(Code.INVALID_JSON);
    }
    switch (t) {
      case START_OBJECT -> object(rules, depth + 1, false);
      case START_ARRAY -> array(rules.element(), depth + 1);
      case VALUE_STRING -> string(rules.strings);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        if (p.getTextLength() > json.limits.maxNumberLength()) {
          throw new BodyException(Code.NUMBER_TOO_LONG);
        }
      }
      case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> { }
      default -> throw new BodyException(Code.INVALID_JSON);
    }
  }

  private void array(FieldRules elements, int depth) throws IOException {
    if (depth > json.limits.maxJsonDepth()) {
      throw new BodyException(Code.TOO_DEEP);
    }
    int n = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (++n > json.limits.maxItems()) {
        throw new BodyException(Code.TOO_MANY_ITEMS);
      }
      if (paths) {
        path.add(n - 1);
      }
      value(t, elements, depth);
      if (paths) {
        path.remove(path.size() - 1);
      }
    }
  }

  private void string(Treatment treatment) throws IOException {
    if (!treatment.slotted() || validateOnly && treatment != Treatment.IDENTIFIER) {
      // Decoding the text checks its UTF-8 even though it is copied as it is.
      if (p.getTextLength() > json.limits.maxStringLength()) {
        throw new BodyException(Code.STRING_TOO_LONG);
      }
      return;
    }
    long start = p.currentTokenLocation().getByteOffset();
    String text = p.getText();
    if (text.length() > json.limits.maxStringLength()) {
      throw new BodyException(Code.STRING_TOO_LONG);
    }
    String at = paths ? pointer() : null;
    Slot slot = new Slot(text, treatment, at, DataUrl.kind(text));
    slot.start = (int) start;
    slot.end = (int) p.currentLocation().getByteOffset();
    if (treatment == Treatment.NESTED_JSON && slot.media == null) {
      slot.inner = nested(text, at == null ? "" : at);
    }
    scan.slots.add(slot);
  }

  private String pointer() {
    StringBuilder sb = new StringBuilder(pathPrefix);
    for (Object segment : path) {
      sb.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}
