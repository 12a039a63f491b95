package dev.veil.body;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Pass 2 of the body walk: re-parses the body and writes it token by token, replacing only the
 * strings whose {@link Slot} changed, leaving out stripped media parts and forcing
 * {@code store: false} when asked. It classifies strings and keys with the same
 * {@link FieldRules} as {@link BodyScanner}, so the n-th slotted string here is the n-th slot there.
 */
final class BodyWriter {
  private final Json json;
  private final Scan scan;
  private final boolean forceStoreFalse;
  private JsonParser p;
  private JsonGenerator g;
  private int next;
  private int objects;
  private int muted;

  BodyWriter(Json json, Scan scan, boolean forceStoreFalse) {
    this.json = json;
    this.scan = scan;
    this.forceStoreFalse = forceStoreFalse;
  }

  byte[] write(byte[] body, FieldRules rules) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 64);
    try (JsonParser parser = json.factory.createParser(body);
        JsonGenerator generator = json.factory.createGenerator(out)) {
      p = parser;
      g = generator;
      p.nextToken();
      object(rules, true);
    } catch (IOException e) {
      throw Json.map(e);
    }
    if (next != scan.slots.size()) {
      throw new IllegalStateException("body walk out of step: " + next + " of " + scan.slots.size() + " slots");
    }
    return out.toByteArray();
  }

  private void object(FieldRules rules, boolean root) throws IOException {
    boolean drop = scan.strip.get(objects++);
    if (drop) {
      muted++;
    }
    if (muted == 0) {
      g.writeStartObject();
    }
    boolean storeWritten = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String key = rules.knownKey(name) ? name : output(scan.slots.get(next++));
      JsonToken t = p.nextToken();
      FieldRules child = rules.field(name);
      boolean forced = root && forceStoreFalse && name.equals("store");
      boolean childDropped = t == JsonToken.START_OBJECT && scan.strip.get(objects);
      if (muted == 0 && !childDropped) {
        g.writeFieldName(key);
      }
      if (forced) {
        storeWritten = true;
        muted++;
        if (muted == 1) {
          g.writeBoolean(false);
        }
        value(t, child);
        muted--;
      } else {
        value(t, child);
      }
    }
    if (root && forceStoreFalse && !storeWritten) {
      g.writeBooleanField("store", false);
    }
    if (muted == 0) {
      g.writeEndObject();
    }
    if (drop) {
      muted--;
    }
  }

  private void value(JsonToken t, FieldRules rules) throws IOException {
    switch (t) {
      case START_OBJECT -> object(rules, false);
      case START_ARRAY -> {
        if (muted == 0) {
          g.writeStartArray();
        }
        FieldRules elements = rules.element();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
          value(e, elements);
        }
        if (muted == 0) {
          g.writeEndArray();
        }
      }
      case VALUE_STRING -> {
        if (rules.strings.slotted()) {
          Slot slot = scan.slots.get(next++);
          if (muted == 0) {
            g.writeString(output(slot));
          }
        } else if (muted == 0) {
          g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        if (muted == 0) {
          g.writeNumber(p.getText());
        }
      }
      default -> {
        if (muted == 0) {
          g.copyCurrentEvent(p);
        }
      }
    }
  }

  private String output(Slot slot) {
    return output(json, slot);
  }

  /** The text to write for {@code slot}: its replacement, its rebuilt nested JSON, or itself. */
  static String output(Json json, Slot slot) {
    if (slot.replacement != null) {
      return slot.replacement;
    }
    if (slot.inner == null || !slot.changed()) {
      return slot.text;
    }
    try {
      return rewriteNested(json, slot.text, slot.inner);
    } catch (IOException e) {
      throw Json.map(e);
    }
  }

  /** JSON inside a string, written back with its changed strings: still valid JSON. */
  private static String rewriteNested(Json json, String text, List<Slot> inner) throws IOException {
    SegmentedStringWriter sw = new SegmentedStringWriter(new BufferRecycler());
    int i = 0;
    try (JsonParser np = json.nestedFactory.createParser(text); JsonGenerator ng = json.factory.createGenerator(sw)) {
      JsonToken t;
      while ((t = np.nextToken()) != null) {
        switch (t) {
          case FIELD_NAME -> ng.writeFieldName(output(json, inner.get(i++))); // every key is content in here
          case VALUE_STRING -> ng.writeString(output(json, inner.get(i++)));
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ng.writeNumber(np.getText());
          default -> ng.copyCurrentEvent(np);
        }
      }
    }
    return sw.getAndClear();
  }
}
