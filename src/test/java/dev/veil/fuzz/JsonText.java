package dev.veil.fuzz;

import dev.veil.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A JSON tree the fuzzer builds, and a writer that prints it the many ways JSON allows: random
 * whitespace, any char escaped as {@code \\uXXXX} (astral chars as two escaped halves),
 * {@code \/}, short escapes, raw UTF-8. Objects are lists of fields, so a key may repeat. Lone
 * surrogates are always escaped (they have no UTF-8 form).
 */
final class JsonText {

  /** An object; fields keep their order and may repeat a key. */
  record Obj(List<Field> fields) {
    Obj() {
      this(new ArrayList<>());
    }

    Obj put(String key, Object value) {
      fields.add(new Field(key, value));
      return this;
    }

    /** Adds the field unless the key is taken (repeated keys are a variant of their own). */
    Obj putNew(String key, Object value) {
      return fields.stream().anyMatch(f -> f.key().equals(key)) ? this : put(key, value);
    }
  }

  record Field(String key, Object value) {}

  record Arr(List<Object> items) {
    Arr() {
      this(new ArrayList<>());
    }

    Arr add(Object value) {
      items.add(value);
      return this;
    }
  }

  /** A number, true, false or null, printed as it is. */
  record Raw(String literal) {}

  /** A string whose text is the JSON of {@code tree} (tool-call arguments, tool outputs). */
  record Nested(Object tree) {}

  static final Raw NULL = new Raw("null");

  private final SplittableRandom r;
  /** Per body: how often a char is escaped, and how much whitespace goes between tokens. */
  private final int escapeOneIn;
  private final int spaceOneIn;

  JsonText(SplittableRandom r) {
    this.r = r;
    this.escapeOneIn = Gen.oneOf(r, 0, 0, 3, 20);
    this.spaceOneIn = Gen.oneOf(r, 0, 0, 2, 5);
  }

  String write(Object node) {
    StringBuilder sb = new StringBuilder();
    value(sb, node);
    return sb.toString();
  }

  private void value(StringBuilder sb, Object node) {
    space(sb);
    if (node instanceof Obj o) {
      sb.append('{');
      for (int i = 0; i < o.fields().size(); i++) {
        Field f = o.fields().get(i);
        if (i > 0) {
          sb.append(',');
        }
        space(sb);
        string(sb, f.key());
        space(sb);
        sb.append(':');
        value(sb, f.value());
      }
      space(sb);
      sb.append('}');
    } else if (node instanceof Arr a) {
      sb.append('[');
      for (int i = 0; i < a.items().size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        value(sb, a.items().get(i));
      }
      space(sb);
      sb.append(']');
    } else if (node instanceof Raw raw) {
      sb.append(raw.literal());
    } else if (node instanceof Nested n) {
      string(sb, new JsonText(r).write(n.tree()));
    } else if (node instanceof String s) {
      string(sb, s);
    } else {
      throw new IllegalArgumentException(String.valueOf(node));
    }
    space(sb);
  }

  private void space(StringBuilder sb) {
    if (spaceOneIn > 0 && r.nextInt(spaceOneIn) == 0) {
      sb.append(Gen.oneOf(r, " ", "\n", "\t", "\r\n", "  "));
    }
  }

  private void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean escape = escapeOneIn > 0 && r.nextInt(escapeOneIn) == 0;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append(escape ? "\\u000a" : "\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '/' -> sb.append(escape ? "\\/" : "/");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            if (escape) {
              hex(sb, c);
              hex(sb, s.charAt(i + 1));
            } else {
              sb.append(c).append(s.charAt(i + 1));
            }
            i++;
          } else if (c < 0x20 || escape || Character.isSurrogate(c)) {
            hex(sb, c);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private void hex(StringBuilder sb, char c) {
    String digits = r.nextBoolean() ? "0123456789abcdef" : "0123456789ABCDEF";
    sb.append('\\').append('u');
    for (int shift = 12; shift >= 0; shift -= 4) {
      sb.append(digits.charAt((c >> shift) & 0xf));
    }
  }
}
