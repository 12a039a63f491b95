package dev.veil.restore;

/** Escapes text for the inside of a JSON string literal. */
final class JsonLiteral {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonLiteral() {}

  /**
   * {@code text} with quotes, backslashes and control characters escaped, so that it can stand
   * between the quotes of a JSON string; other characters (non-ASCII included) are kept as is.
   */
  static String escape(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
