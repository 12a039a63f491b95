package dev.veil.detect.names;

import java.util.Arrays;

/**
 * One pass over a string that cuts it into word tokens (letters, with inner apostrophes and
 * hyphens) and records for each its offsets and its capitalisation shape; a token's lexicon flags
 * are looked up on first use, so plain prose that no rule asks about costs no lookup.
 *
 * <p>A token glued to code-like neighbours ({@code user_name}, {@code Foo.bar}, {@code id42})
 * is marked {@link #GLUED} so that identifiers are not mistaken for names. Instances are
 * per call and not shared.
 */
final class Tokens {
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
  /** A line feed lies between the previous token (or the text start) and this one. */
  static final int NEWLINE_BEFORE = 1 << 6;
  /**
   * On a Title Case line (headings, menu items, product names) where capitalisation says nothing
   * about names: three or more capitalised words and no lower-case word of four or more letters.
   */
  static final int HEADING = 1 << 7;
  /** Set in {@link #flags} once a token's lexicon flags are known (flags use bits 0..19). */
  private static final int KNOWN = 1 << 30;

  private final String text;
  private final char[] chars;
  private final NameLexicon lex;
  private int[] start;
  private int[] end;
  private int[] shape;
  /** Lexicon flags or'ed with {@link #KNOWN}, or 0 while not yet looked up. */
  private int[] flags;
  private int size;
  /** Indexes of the capitalised, upper-case or single-capital tokens not glued to code. */
  private int[] capital = new int[16];
  private int capitals;
  /** The line being read by the scanner: its first token and what {@link #endLine} needs. */
  private int lineStart;
  private int lineCaps;
  private boolean lineHasLowerWord;

  private Tokens(String text, NameLexicon lex) {
    this.text = text;
    this.chars = text.toCharArray();
    this.lex = lex;
    int cap = Math.max(16, text.length() / 5);
    start = new int[cap];
    end = new int[cap];
    shape = new int[cap];
  }

  static Tokens of(String text, NameLexicon lex) {
    Tokens t = new Tokens(text, lex);
    t.scan();
    t.flags = new int[t.size];
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

  /** The lexicon flags of token {@code i} (looked up once, on first use). */
  int flags(int i) {
    int f = flags[i];
    if (f == 0) {
      f = lookup(start[i], end[i], shape[i]) | KNOWN;
      flags[i] = f;
    }
    return f & ~KNOWN;
  }

  boolean is(int i, int flag) {
    return i >= 0 && i < size && (flags(i) & flag) != 0;
  }

  boolean shaped(int i, int s) {
    return i >= 0 && i < size && (shape[i] & s) != 0;
  }

  /** How many tokens are capitalised, upper case or a single capital, and not glued to code. */
  int capitals() {
    return capitals;
  }

  /** The token index of the {@code k}-th such token, in text order. */
  int capital(int k) {
    return capital[k];
  }

  String text() {
    return text;
  }

  /** The text's chars; shared, never to be written. */
  char[] chars() {
    return chars;
  }

  private int lookup(int b, int e, int sh) {
    int f = lex.flags(text, b, e);
    if (f == 0 && hyphen(b, e)) {
      f = hyphenated(text, b, e, lex);
    }
    return f;
  }

  private boolean hyphen(int b, int e) {
    for (int i = b; i < e; i++) {
      if (chars[i] == '-') {
        return true;
      }
    }
    return false;
  }

  private void scan() {
    char[] s = chars;
    int n = s.length;
    int i = 0;
    int nl = 0;
    while (i < n) {
      char c = s[i];
      int b = i;
      if (c >= 'a' && c <= 'z') {
        // The common token: plain lower-case ASCII letters ended by a space or the text end.
        do {
          i++;
        } while (i < n && (c = s[i]) >= 'a' && c <= 'z');
        if (i == n || c < 128 && (char) ((c | 0x20) - 'a') >= 26 && c != '\'' && c != '-') {
          int glued = b > 0 && gluedBefore(s, b) || i < n && gluedAfter(s, i) ? GLUED : 0;
          add(b, i, LOWER | nl | glued);
          nl = 0;
          continue;
        }
        i = b;
      } else if (c < 128) {
        if ((char) ((c | 0x20) - 'a') >= 26) {
          if (c == '\n') {
            nl = NEWLINE_BEFORE;
          }
          i++;
          continue;
        }
      } else if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int poss = word(b);
      i = wordEnd;
      add(b, i, wordShape | poss | nl);
      nl = 0;
      if (poss != 0) {
        i += 2;
      }
    }
    endLine();
  }

  /** Set by {@link #word}: where the word ends and its shape (without the possessive bit). */
  private int wordEnd;
  private int wordShape;

  /**
   * Reads the word starting at letter {@code b}, sets {@link #wordEnd} and {@link #wordShape}, and
   * returns {@link #POSSESSIVE} when 's or ’s follows it, else 0.
   */
  private int word(int b) {
    char[] s = chars;
    int n = s.length;
    int i = b;
    int upper = 0;
    int lower = 0;
    boolean camel = false;
    boolean prevLower = false;
    int poss = 0;
    while (i < n) {
      char d = s[i];
      if (d >= 'a' && d <= 'z') {
        int from = i;
        do {
          i++;
        } while (i < n && (d = s[i]) >= 'a' && d <= 'z');
        lower += i - from;
        prevLower = true;
      } else if (d >= 'A' && d <= 'Z') {
        upper++;
        camel |= prevLower && !nameInnerCap(s, b, i);
        prevLower = false;
        i++;
      } else if (d < 128) {
        if ((d == '\'' || d == '-') && i + 1 < n && isLetter(s[i + 1])) {
          if (d != '-' && (s[i + 1] == 's' || s[i + 1] == 'S')
              && (i + 2 >= n || !isLetterOrDigit(s[i + 2]))) {
            poss = POSSESSIVE;
            break;
          }
          prevLower = false;
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
      } else if (d == '\u2019' && i + 1 < n && Character.isLetter(s[i + 1])) {
        if ((s[i + 1] == 's' || s[i + 1] == 'S')
            && (i + 2 >= n || !isLetterOrDigit(s[i + 2]))) {
          poss = POSSESSIVE;
          break;
        }
        prevLower = false;
        i++;
      } else {
        break;
      }
    }
    int sh;
    char first = s[b];
    if (first < 128 ? first <= 'Z' : Character.isUpperCase(first)) {
      sh = i - b == 1 ? INITIAL : lower == 0 ? UPPER : camel ? 0 : CAP;
    } else {
      sh = upper == 0 ? LOWER : 0;
    }
    if (b > 0 && gluedBefore(s, b) || i < n && gluedAfter(s, i)) {
      sh |= GLUED;
    }
    wordEnd = i;
    wordShape = sh;
    return poss;
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
  }

  private static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? (char) ((c | 0x20) - 'a') < 26 || c >= '0' && c <= '9'
        : Character.isLetterOrDigit(c);
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
  private static boolean nameInnerCap(char[] s, int b, int i) {
    int len = i - b;
    if (len == 2 || len == 3) {
      String p = new String(s, b, len);
      return switch (p) {
        case "Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Fitz" -> true;
        default -> false;
      };
    }
    return false;
  }

  /** A code-like char before the word: a digit, {@code _ @ / \\ # $ =}, or a dot after a word. */
  private static boolean gluedBefore(char[] s, int b) {
    char p = s[b - 1];
    if (p == ' ') {
      return false;
    }
    return isDigit(p) || p == '_' || p == '@' || p == '/' || p == '\\' || p == '#' || p == '$'
        || p == '=' || p == '.' && b > 1 && isLetterOrDigit(s[b - 2]);
  }

  /** A code-like char after the word: a digit, {@code _ @ ( / \\}, or a dot before a word. */
  private static boolean gluedAfter(char[] s, int e) {
    char x = s[e];
    if (x == ' ') {
      return false;
    }
    return isDigit(x) || x == '_' || x == '@' || x == '(' || x == '/' || x == '\\'
        || x == '.' && e + 1 < s.length && isLetterOrDigit(s[e + 1]);
  }

  private void add(int b, int e, int sh) {
    int k = size;
    if (k == start.length) {
      int cap = k * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      shape = Arrays.copyOf(shape, cap);
    }
    if ((sh & NEWLINE_BEFORE) != 0 && k > 0) {
      endLine();
      lineStart = k;
    }
    if ((sh & (CAP | UPPER)) != 0) {
      lineCaps++;
    } else if ((sh & LOWER) != 0 && e - b >= 4) {
      lineHasLowerWord = true;
    }
    if ((sh & (CAP | UPPER | INITIAL)) != 0 && (sh & GLUED) == 0) {
      if (capitals == capital.length) {
        capital = Arrays.copyOf(capital, capitals * 2);
      }
      capital[capitals++] = k;
    }
    start[k] = b;
    end[k] = e;
    shape[k] = sh;
    size = k + 1;
  }

  /**
   * Closes the line of tokens {@code [lineStart, size)}: a Title Case line (three or more
   * capitalised words, no lower-case word of four or more letters) marks its tokens
   * {@link #HEADING}.
   */
  private void endLine() {
    if (lineCaps >= 3 && !lineHasLowerWord) {
      for (int k = lineStart; k < size; k++) {
        shape[k] |= HEADING;
      }
    }
    lineCaps = 0;
    lineHasLowerWord = false;
  }
}
