package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * E-mail addresses: a local part of letters, digits and {@code . _ % + - '} (plus-tags included),
 * {@code @}, then two or more dot-separated domain labels (any script, so IDN domains match, as
 * do their {@code xn--} forms) whose last label is alphabetic or punycode. Anchored on each
 * {@code @}, so text without one costs a single {@code indexOf}.
 *
 * <p>Stateless and thread-safe; linear in the text length.
 */
final class EmailDetector implements Detector {
  static final String NAME = "email";
  /** File extensions that look like a TLD in names such as {@code icon@2x.png}. */
  private static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg",
      "webp", "ico", "bmp", "pdf", "js", "ts", "css", "html", "json", "txt", "md", "py", "java");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    int at = text.indexOf('@');
    while (at >= 0) {
      int start = localStart(text, at);
      int end = domainEnd(text, at + 1);
      if (start >= 0 && end > 0 && !inUrlUserinfo(text, start)) {
        out.add(new Span(Entities.EMAIL_ADDRESS, start, end, Scores.VALIDATED, NAME));
      }
      at = text.indexOf('@', Math.max(at + 1, end));
    }
    return out;
  }

  /**
   * Whether the local part starts right after {@code scheme://user:}: then "password@host" is a
   * URL's credentials (the secrets detector's), not an e-mail address.
   */
  private static boolean inUrlUserinfo(String text, int start) {
    if (start == 0 || text.charAt(start - 1) != ':') {
      return false;
    }
    int scheme = text.lastIndexOf("://", start - 1);
    if (scheme < 0) {
      return false;
    }
    for (int i = scheme + 3; i < start - 1; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '/' || c == '@') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLocalChar(char c) {
    return Character.isLetterOrDigit(c) || "._%+-'".indexOf(c) >= 0;
  }

  /** The start of a valid local part ending at {@code at}, or -1. */
  private static int localStart(String text, int at) {
    int i = at;
    while (i > 0 && isLocalChar(text.charAt(i - 1))) {
      i--;
      if (at - i > 64) {
        return -1;
      }
    }
    while (i < at && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    if (i == at || text.charAt(at - 1) == '.' || text.substring(i, at).contains("..")) {
      return -1;
    }
    return i;
  }

  /** The end of a valid domain starting at {@code from}, or -1. */
  private static int domainEnd(String text, int from) {
    int i = from;
    int labels = 0;
    int lastLabelStart = from;
    int n = text.length();
    while (i < n) {
      int s = i;
      while (i < n && i - s < 63 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i == s || text.charAt(s) == '-' || text.charAt(i - 1) == '-') {
        i = s;
        break;
      }
      labels++;
      lastLabelStart = s;
      if (i + 1 < n && text.charAt(i) == '.' && Character.isLetterOrDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (labels < 2 || (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '@'))) {
      return -1;
    }
    String tld = text.substring(lastLabelStart, i);
    boolean punycode = tld.regionMatches(true, 0, "xn--", 0, 4) && tld.length() > 4;
    boolean alphabetic = tld.length() >= 2 && tld.chars().allMatch(Character::isLetter);
    if (!(punycode || alphabetic) || FILE_EXTENSIONS.contains(tld.toLowerCase(java.util.Locale.ROOT))) {
      return -1;
    }
    return i;
  }
}
