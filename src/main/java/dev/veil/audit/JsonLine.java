package dev.veil.audit;

/**
 * Builds one flat-ish JSON object into a {@link StringBuilder}: string, number and boolean
 * fields and nested objects, with the comma bookkeeping done here. Strings are escaped as
 * Jackson escapes them ({@code "}, {@code \}, and control chars; other chars as they are), so
 * no value can end its string or the line. Not thread-safe; one per line.
 */
final class JsonLine {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final StringBuilder sb = new StringBuilder(512);
  private boolean first = true;

  JsonLine() {
    sb.append('{');
  }

  JsonLine string(String name, String value) {
    name(name);
    quote(value);
    return this;
  }

  /** A string field, left out when {@code value} is null. */
  JsonLine optional(String name, String value) {
    return value == null ? this : string(name, value);
  }

  JsonLine number(String name, long value) {
    name(name);
    sb.append(value);
    return this;
  }

  JsonLine number(String name, double value) {
    name(name);
    sb.append(value);
    return this;
  }

  JsonLine bool(String name, boolean value) {
    name(name);
    sb.append(value);
    return this;
  }

  JsonLine start(String name) {
    name(name);
    sb.append('{');
    first = true;
    return this;
  }

  JsonLine end() {
    sb.append('}');
    first = false;
    return this;
  }

  @Override
  public String toString() {
    return sb + "}";
  }

  private void name(String name) {
    if (!first) {
      sb.append(',');
    }
    first = false;
    quote(name);
    sb.append(':');
  }

  private void quote(String s) {
    sb.append('"');
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      sb.append(s, from, i).append('\\');
      switch (c) {
        case '"', '\\' -> sb.append(c);
        case '\n' -> sb.append('n');
        case '\r' -> sb.append('r');
        case '\t' -> sb.append('t');
        case '\b' -> sb.append('b');
        case '\f' -> sb.append('f');
        default -> sb.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
      from = i + 1;
    }
    sb.append(s, from, s.length()).append('"');
  }
}
