package dev.veil.detect.builtin;

/** Syntax checks for IPv4 and IPv6 address text (RFC 4291 section 2.2 forms). */
final class Ipv6 {
  private Ipv6() {}

  /**
   * The end of a dotted-quad IPv4 address starting at {@code start} (each octet 1-3 digits,
   * 0-255), or -1. A trailing {@code .digit} does not void the address.
   */
  static int ipv4End(CharSequence s, int start, int limit) {
    int p = start;
    for (int octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (p >= limit || s.charAt(p) != '.') {
          return -1;
        }
        p++;
      }
      int d = p;
      int value = 0;
      while (p < limit && Glue.isDigit(s.charAt(p)) && p - d < 4) {
        value = value * 10 + (s.charAt(p) - '0');
        p++;
      }
      if (p == d || p - d > 3 || value > 255) {
        return -1;
      }
    }
    if (p < limit && (Glue.isAsciiAlnum(s.charAt(p)) || s.charAt(p) == '_')) {
      return -1;
    }
    return p;
  }

  /** True when {@code s} is exactly one valid IPv6 address (no zone, no prefix). */
  static boolean valid(String s) {
    int dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
      return false;
    }
    if (s.equals("::")) {
      return true;
    }
    String head = dbl >= 0 ? s.substring(0, dbl) : s;
    String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
    int headGroups = groups(head, dbl < 0);
    int tailGroups = dbl >= 0 ? groups(tail, true) : 0;
    if (headGroups < 0 || tailGroups < 0) {
      return false;
    }
    int total = headGroups + tailGroups;
    return dbl >= 0 ? total <= 7 : total == 8;
  }

  /**
   * Counts the 16-bit groups in a colon list ({@code ""} is 0); an IPv4 tail counts as two and
   * is only allowed when {@code last}. Returns -1 when malformed.
   */
  private static int groups(String part, boolean last) {
    if (part.isEmpty()) {
      return 0;
    }
    String[] items = part.split(":", -1);
    int count = 0;
    for (int k = 0; k < items.length; k++) {
      String g = items[k];
      if (g.indexOf('.') >= 0) {
        if (!last || k != items.length - 1 || ipv4End(g, 0, g.length()) != g.length()) {
          return -1;
        }
        count += 2;
        continue;
      }
      if (g.isEmpty() || g.length() > 4) {
        return -1;
      }
      for (int i = 0; i < g.length(); i++) {
        if (!Glue.isHex(g.charAt(i))) {
          return -1;
        }
      }
      count++;
    }
    return count;
  }

  /** True for forms too short to be told apart from punctuation or code: {@code ::}, {@code a::b}. */
  static boolean minimal(String s) {
    if (s.equals("::")) {
      return true;
    }
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      digit |= Glue.isDigit(s.charAt(i));
    }
    return !digit;
  }
}
