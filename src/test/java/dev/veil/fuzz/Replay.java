package dev.veil.fuzz;

import java.nio.charset.StandardCharsets;

/** A printable account of one case, for replaying a failure by its index. */
final class Replay {
  private Replay() {}

  static String describe(Verdict verdict, FuzzCase c, Verdict.Outcome o) {
    StringBuilder sb = new StringBuilder();
    sb.append("route ").append(c.route()).append(", shape ").append(c.shape()).append(", facts ").append(c.facts())
        .append(", mustForward ").append(c.mustForward()).append('\n');
    c.seeds().forEach(s -> sb.append("seed ").append(s).append('\n'));
    sb.append("body: ").append(printable(c.body())).append('\n');
    sb.append("outcome: ").append(o.status()).append(' ').append(o.code()).append('\n');
    if (o.forwarded() != null) {
      sb.append("forwarded: ").append(printable(o.forwarded())).append('\n');
    }
    if (o.error() != null) {
      sb.append("error: ").append(printable(o.error())).append('\n');
    }
    verdict.problems(-1, c, o).forEach(p -> sb.append("problem ").append(p).append('\n'));
    return sb.toString();
  }

  /** UTF-8 text with bytes that do not decode shown as {@code <xx>}, through {@link #visible}. */
  static String printable(byte[] b) {
    String text = StrictJson.utf8(b);
    if (text != null) {
      return visible(text);
    }
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(x >= 0x20 && x < 0x7f ? String.valueOf((char) x) : String.format("<%02x>", x & 0xff));
    }
    return sb.toString();
  }

  /** {@code s} with controls, surrogates and invisible format chars written as {@code \\uXXXX}. */
  static String visible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        sb.append(c).append(s.charAt(++i));
      } else if (c < 0x20 || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT || c == 0x7f
          || Character.getType(c) == Character.UNASSIGNED) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
