package dev.veil.detect.names;

import java.util.Arrays;

/**
 * Test oracle: a verbatim copy of the main class as of commit d8bafc9 (before the one-pass
 * tokeniser), kept so that {@code PersonDifferentialTest} can prove the fast version finds exactly
 * the same spans. Do not change it.
 *
 * <p>Original contract:
 * One pass over a string that cuts it into word tokens (letters, with inner apostrophes and
 * hyphens) and records for each its offsets, its capitalisation shape and its lexicon flags.
 *
 * <p>A token glued to code-like neighbours ({@code user_name}, {@code Foo.bar}, {@code id42})
 * is marked {@link #GLUED} so that identifiers are not mistaken for names. Instances are
 * per call and not shared.
 */
final class LegacyTokens {
  /** First letter upper case, followed by lower case (McDonald, O'Brien and Jean-Luc too). */
  static final int CAP = 1;
  /** All letters upper case, two or more letters. */
  static final int UPPER = 1 << 1;
  /** One upper-case letter (an initial when a dot follows). */
  static final int INITIAL = 1 << 2;
  static final int LOWER = 1 << 3;
  static final int GLUED = 1 << 4;
  /** Followed by 's or ’s, which is left out of the token. */
  static final int POSSESSIVE = 1 << 5;

  private final String text;
  private int[] start = new int[64];
  private int[] end = new int[64];
  private int[] shape = new int[64];
  private int[] flags = new int[64];
  private int size;

  private LegacyTokens(String text) {
    this.text = text;
  }

  static LegacyTokens of(String text, NameLexicon lex) {
    LegacyTokens t = new LegacyTokens(text);
    t.scan(lex);
    return t;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  int shape(int i) {
    return shape[i];
  }

  int flags(int i) {
    return flags[i];
  }

  boolean is(int i, int flag) {
    return i >= 0 && i < size && (flags[i] & flag) != 0;
  }

  boolean shaped(int i, int s) {
    return i >= 0 && i < size && (shape[i] & s) != 0;
  }

  String text() {
    return text;
  }

  private void scan(NameLexicon lex) {
    String s = text;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!isLetter(c)) {
        i++;
        continue;
      }
      int b = i;
      int upper = 0;
      int lower = 0;
      boolean camel = false;
      boolean prevLower = false;
      int poss = 0;
      boolean hyphen = false;
      while (i < n) {
        char d = s.charAt(i);
        if (d < 128 && (d | 0x20) >= 'a' && (d | 0x20) <= 'z') {
          if (d <= 'Z') {
            upper++;
            camel |= prevLower && !nameInnerCap(s, b, i);
            prevLower = false;
          } else {
            lower++;
            prevLower = true;
          }
          i++;
        } else if (d < 128) {
          if ((d == '\'' || d == '-') && i + 1 < n && isLetter(s.charAt(i + 1))) {
            if (d != '-' && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
              poss = POSSESSIVE;
              break;
            }
            prevLower = false;
            hyphen |= d == '-';
            i++;
          } else {
            break;
          }
        } else if (Character.isLetter(d)) {
          if (Character.isUpperCase(d)) {
            upper++;
            camel |= prevLower && !nameInnerCap(s, b, i);
            prevLower = false;
          } else {
            lower++;
            prevLower = Character.isLowerCase(d);
          }
          i++;
        } else if (Character.getType(d) == Character.NON_SPACING_MARK) {
          i++;
        } else if ((d == '\'' || d == '\u2019' || d == '-') && i + 1 < n
            && Character.isLetter(s.charAt(i + 1))) {
          if (d != '-' && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
              && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
            poss = POSSESSIVE;
            break;
          }
          prevLower = false;
          hyphen |= d == '-';
          i++;
        } else {
          break;
        }
      }
      int e = i;
      int sh;
      char first = s.charAt(b);
      if (Character.isUpperCase(first)) {
        sh = e - b == 1 ? INITIAL : lower == 0 ? UPPER : camel ? 0 : CAP;
      } else {
        sh = upper == 0 ? LOWER : 0;
      }
      if (glued(s, b, e)) {
        sh |= GLUED;
      }
      int f = lex.flags(s, b, e);
      if (f == 0 && hyphen) {
        f = hyphenated(s, b, e, lex);
      }
      add(b, e, sh | poss, f);
      if (poss != 0) {
        i += 2;
      }
    }
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /**
   * Flags of a hyphenated word from its parts: a name when a part is a name (Jean-Luc,
   * Cruz-Ortiz, al-Hassan), else an ordinary word when a part is one (Well-Known).
   */
  private static int hyphenated(String s, int b, int e, NameLexicon lex) {
    int names = 0;
    int words = 0;
    int from = b;
    for (int i = b; i <= e; i++) {
      if (i == e || s.charAt(i) == '-') {
        int f = lex.flags(s, from, i);
        names |= f & NameLexicon.NAME;
        words |= f & (NameLexicon.WORD | NameLexicon.STOP | NameLexicon.TECH);
        from = i + 1;
      }
    }
    return names != 0 ? names : words != 0 ? NameLexicon.WORD : 0;
  }

  /** Inner capital after Mc, Mac, O', De, Di, Da, La, Le, Van, Von, Du (McDonald, DeShawn). */
  private static boolean nameInnerCap(String s, int b, int i) {
    int len = i - b;
    if (len == 2 || len == 3) {
      String p = s.substring(b, i);
      return switch (p) {
        case "Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Fitz" -> true;
        default -> false;
      };
    }
    return false;
  }

  private static boolean glued(String s, int b, int e) {
    if (b > 0) {
      char p = s.charAt(b - 1);
      if (Character.isDigit(p) || p == '_' || p == '@' || p == '/' || p == '\\' || p == '#'
          || p == '$' || p == '=') {
        return true;
      }
      if (p == '.' && b > 1 && Character.isLetterOrDigit(s.charAt(b - 2))) {
        return true;
      }
    }
    if (e < s.length()) {
      char x = s.charAt(e);
      if (Character.isDigit(x) || x == '_' || x == '@' || x == '(' || x == '/' || x == '\\') {
        return true;
      }
      if (x == '.' && e + 1 < s.length() && Character.isLetterOrDigit(s.charAt(e + 1))) {
        return true;
      }
    }
    return false;
  }

  private void add(int b, int e, int sh, int f) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      shape = Arrays.copyOf(shape, cap);
      flags = Arrays.copyOf(flags, cap);
    }
    start[size] = b;
    end[size] = e;
    shape[size] = sh;
    flags[size] = f;
    size++;
  }
}
