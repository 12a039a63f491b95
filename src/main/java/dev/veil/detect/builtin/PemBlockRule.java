package dev.veil.detect.builtin;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * PEM-armoured private keys of every kind ({@code -----BEGIN ... PRIVATE KEY-----}, including
 * RSA, EC, DSA, OPENSSH, ENCRYPTED and PGP {@code PRIVATE KEY BLOCK}): the whole block through
 * the matching END line. A block cut off before its END line is covered through the end of its
 * base64 body (fail closed). Certificates and public keys are left alone.
 */
final class PemBlockRule implements TextRule {
  private static final String BEGIN = "-----BEGIN ";
  private static final Literal BEGIN_LINE = new Literal(BEGIN, 'G');
  private static final int MAX_BLOCK = 64 * 1024;

  @Override
  public void find(String text, List<Span> out) {
    int at = BEGIN_LINE.indexIn(text, 0);
    while (at >= 0) {
      int labelStart = at + BEGIN.length();
      int labelEnd = text.indexOf("-----", labelStart);
      int end = -1;
      if (labelEnd > 0 && labelEnd - labelStart <= 40) {
        String label = text.substring(labelStart, labelEnd);
        if (label.contains("PRIVATE KEY")) {
          end = blockEnd(text, labelEnd + 5, label);
          out.add(new Span(Entities.SECRET, at, end, Scores.VALIDATED, "private-key"));
        }
      }
      at = BEGIN_LINE.indexIn(text, Math.max(at + 1, end));
    }
  }

  private static int blockEnd(String text, int bodyStart, String label) {
    String endLine = "-----END " + label + "-----";
    int end = text.indexOf(endLine, bodyStart);
    if (end >= 0 && end - bodyStart <= MAX_BLOCK) {
      return end + endLine.length();
    }
    // No END line: cover the armour body (base64, headers, escaped or real line breaks).
    int p = bodyStart;
    while (p < text.length() && p - bodyStart <= MAX_BLOCK && isBodyChar(text.charAt(p))) {
      p++;
    }
    return Math.max(p, bodyStart);
  }

  private static boolean isBodyChar(char c) {
    return Glue.isAsciiAlnum(c) || "+/=:,-\\ \t\r\n".indexOf(c) >= 0;
  }
}
