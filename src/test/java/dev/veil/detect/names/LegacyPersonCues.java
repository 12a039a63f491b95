package dev.veil.detect.names;

import static dev.veil.detect.names.NameLexicon.CUE_AFTER;
import static dev.veil.detect.names.NameLexicon.CUE_AFTER_WEAK;
import static dev.veil.detect.names.NameLexicon.RELATION;
import static dev.veil.detect.names.NameLexicon.CUE_GREETING;
import static dev.veil.detect.names.NameLexicon.CUE_WEAK;
import static dev.veil.detect.names.NameLexicon.HEADER;
import static dev.veil.detect.names.NameLexicon.SIGNOFF;

/**
 * Test oracle: a verbatim copy of the main class as of commit d8bafc9 (before the one-pass
 * tokeniser), kept so that {@code PersonDifferentialTest} can prove the fast version finds exactly
 * the same spans. Do not change it.
 *
 * <p>Original contract:
 * Reads the context around a run of capitalised tokens and grades how strongly it announces a
 * name: {@link #STRONG} (a title, "my name is", a header field such as {@code Patient:}, the line
 * after a sign-off), {@link #MEDIUM} (a greeting, "I am", "this is"), {@link #WEAK} (a verb or
 * preposition that often precedes a person: "ask", "with", "cc") or {@link #NONE}.
 */
final class LegacyPersonCues {
  static final int NONE = 0;
  static final int WEAK = 1;
  static final int MEDIUM = 2;
  static final int STRONG = 3;

  private LegacyPersonCues() {}

  /** The cue before token {@code s}, judged from the tokens and separators before it. */
  static int before(LegacyTokens t, int s) {
    String text = t.text();
    int p = s - 1;
    if (p < 0) {
      return NONE;
    }
    int sepFrom = t.end(p);
    int sepTo = t.start(s);
    boolean newline = has(text, sepFrom, sepTo, '\n');
    boolean colon = has(text, sepFrom, sepTo, ':');
    if (colon && !newline && t.is(p, HEADER) && atLineStart(t, p, 3)) {
      return STRONG;
    }
    if (newline) {
      if (has(text, sepFrom, sepTo, '-') || has(text, sepFrom, sepTo, '\u2014')) {
        return STRONG; // "--" signature separator
      }
      return t.is(p, SIGNOFF) && signoffLine(t, p) ? STRONG : NONE;
    }
    if (onlySpace(text, sepFrom, sepTo)) {
      if (word(t, p, "is") && (word(t, p - 1, "name") || word(t, p - 1, "names"))) {
        return STRONG;
      }
      if (word(t, p, "me") && word(t, p - 1, "call")) {
        return STRONG;
      }
      if (word(t, p, "named") || word(t, p, "called") && !word(t, p - 1, "i")) {
        return MEDIUM;
      }
      if (word(t, p, "am") && word(t, p - 1, "i") || word(t, p, "i'm") || word(t, p, "im")
          || word(t, p, "i\u2019m")) {
        return MEDIUM;
      }
      if (word(t, p, "is") && word(t, p - 1, "this")) {
        return MEDIUM;
      }
      if (word(t, p, "you") && word(t, p - 1, "thank")) {
        return MEDIUM;
      }
      if (t.is(p, CUE_GREETING) && t.shaped(p, LegacyTokens.LOWER | LegacyTokens.CAP)
          || t.is(p, RELATION) && t.shaped(p, LegacyTokens.LOWER)) {
        return MEDIUM;
      }
      if (t.is(p, CUE_WEAK) && t.shaped(p, LegacyTokens.LOWER)) {
        return WEAK;
      }
      return NONE;
    }
    if (commaOnly(text, sepFrom, sepTo)
        && (t.is(p, CUE_GREETING) || word(t, p, "you") && word(t, p - 1, "thank"))) {
      return MEDIUM; // "Hi, Anna" / "Thanks, Anna"
    }
    return NONE;
  }

  /**
   * How strongly the word after the name says a person acts: {@link #MEDIUM} for "Anna said" or
   * a possessive, {@link #WEAK} for "Anna is", else {@link #NONE}.
   */
  static int after(LegacyTokens t, int last) {
    if (t.shaped(last, LegacyTokens.POSSESSIVE)) {
      return MEDIUM;
    }
    int n = last + 1;
    if (n >= t.size() || !t.shaped(n, LegacyTokens.LOWER)
        || !onlySpace(t.text(), t.end(last), t.start(n))) {
      return NONE;
    }
    return t.is(n, CUE_AFTER) ? MEDIUM : t.is(n, CUE_AFTER_WEAK) ? WEAK : NONE;
  }

  /** A chat or transcript speaker label: the run opens a line and a colon follows it. */
  static boolean speakerLabel(LegacyTokens t, int first, int last) {
    String text = t.text();
    int e = t.end(last);
    return atLineStart(t, first, 0) && e < text.length() && text.charAt(e) == ':';
  }

  /** True when at most {@code maxBefore} tokens precede token {@code i} on its line. */
  static boolean atLineStart(LegacyTokens t, int i, int maxBefore) {
    String text = t.text();
    int k = i;
    for (int seen = 0; ; seen++) {
      int from = k == 0 ? 0 : t.end(k - 1);
      if (k == 0 || has(text, from, t.start(k), '\n')) {
        return true;
      }
      if (seen >= maxBefore) {
        return false;
      }
      k--;
    }
  }

  /** The sign-off word's line is short and ends with it (plus a comma or nothing). */
  private static boolean signoffLine(LegacyTokens t, int p) {
    String text = t.text();
    int e = t.end(p);
    while (e < text.length() && (text.charAt(e) == ',' || text.charAt(e) == ' '
        || text.charAt(e) == '!' || text.charAt(e) == '.')) {
      e++;
    }
    return e < text.length() && (text.charAt(e) == '\n' || text.charAt(e) == '\r')
        && atLineStart(t, p, 3);
  }

  static boolean word(LegacyTokens t, int i, String w) {
    if (i < 0 || i >= t.size() || t.end(i) - t.start(i) != w.length()) {
      return false;
    }
    return t.text().regionMatches(true, t.start(i), w, 0, w.length());
  }

  static boolean has(String s, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  static boolean onlySpace(String s, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private static boolean commaOnly(String s, int from, int to) {
    return to - from >= 1 && to - from <= 3 && s.charAt(from) == ','
        && onlySpaceOrEmpty(s, from + 1, to);
  }

  private static boolean onlySpaceOrEmpty(String s, int from, int to) {
    return from == to || onlySpace(s, from, to);
  }
}
