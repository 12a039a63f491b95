package dev.veil.detect.names;

/**
 * Reads one word token of a text: letters, with inner apostrophes and hyphens and combining
 * marks, and says where it ends and how it is capitalised ({@link Tokens#CAP} and the other shape
 * bits, {@link Tokens#GLUED} and {@link Tokens#POSSESSIVE} included). Reading is stateless apart
 * from {@link #end}: the same start always gives the same word, so any part of a text can be read
 * on its own from a position that is not inside a word (after a space or a line feed, say).
 *
 * <p>Not thread-safe: one reader per {@link Tokens}.
 */
final class WordReader {
  private final String s;
  private final int n;
  /** Where the word read last ends (exclusive), before any possessive {@code 's}. */
  int end;

  WordReader(String text) {
    this.s = text;
    this.n = text.length();
  }

  /**
   * Reads the word that starts at letter {@code b}, sets {@link #end} and returns its shape.
   * When the shape has {@link Tokens#POSSESSIVE}, the two chars of {@code 's} follow {@link #end}.
   */
  int read(int b) {
    String s = this.s;
    int n = this.n;
    int i = b;
    int upper = 0;
    int lower = 0;
    boolean camel = false;
    boolean prevLower = false;
    int poss = 0;
    while (i < n) {
      char d = s.charAt(i);
      if (d >= 'a' && d <= 'z') {
        int from = i;
        do {
          i++;
        } while (i < n && (d = s.charAt(i)) >= 'a' && d <= 'z');
        lower += i - from;
        prevLower = true;
      } else if (d >= 'A' && d <= 'Z') {
        upper++;
        camel |= prevLower && !nameInnerCap(b, i);
        prevLower = false;
        i++;
      } else if (d < 128) {
        if ((d == '\'' || d == '-') && i + 1 < n && isLetter(s.charAt(i + 1))) {
          if (d != '-' && possessive(i)) {
            poss = Tokens.POSSESSIVE;
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
          camel |= prevLower && !nameInnerCap(b, i);
          prevLower = false;
        } else {
          lower++;
          prevLower = Character.isLowerCase(d);
        }
        i++;
      } else if (Character.getType(d) == Character.NON_SPACING_MARK) {
        i++;
      } else if (d == '\u2019' && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
        if (possessive(i)) {
          poss = Tokens.POSSESSIVE;
          break;
        }
        prevLower = false;
        i++;
      } else {
        break;
      }
    }
    int sh;
    char first = s.charAt(b);
    if (first < 128 ? first <= 'Z' : Character.isUpperCase(first)) {
      sh = i - b == 1 ? Tokens.INITIAL : lower == 0 ? Tokens.UPPER : camel ? 0 : Tokens.CAP;
    } else {
      sh = upper == 0 ? Tokens.LOWER : 0;
    }
    if (b > 0 && gluedBefore(b) || i < n && gluedAfter(i)) {
      sh |= Tokens.GLUED;
    }
    end = i;
    return sh | poss;
  }

  /** The quote at {@code i} starts {@code 's} or {@code 'S} that ends the word. */
  private boolean possessive(int i) {
    char x = s.charAt(i + 1);
    return (x == 's' || x == 'S') && (i + 2 >= n || !isLetterOrDigit(s.charAt(i + 2)));
  }

  /** Inner capital after Mc, Mac, O', De, Di, Da, La, Le, Van, Von, Du (McDonald, DeShawn). */
  private boolean nameInnerCap(int b, int i) {
    int len = i - b;
    if (len == 2 || len == 3) {
      return switch (s.substring(b, i)) {
        case "Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "Fitz" -> true;
        default -> false;
      };
    }
    return false;
  }

  /** A code-like char before {@code b}: a digit, {@code _ @ / \ # $ =}, or a dot after a word. */
  boolean gluedBefore(int b) {
    char p = s.charAt(b - 1);
    if (p == ' ') {
      return false;
    }
    return isDigit(p) || p == '_' || p == '@' || p == '/' || p == '\\' || p == '#' || p == '$'
        || p == '=' || p == '.' && b > 1 && isLetterOrDigit(s.charAt(b - 2));
  }

  /** A code-like char at {@code e}: a digit, {@code _ @ ( / \}, or a dot before a word. */
  boolean gluedAfter(int e) {
    char x = s.charAt(e);
    if (x == ' ') {
      return false;
    }
    return isDigit(x) || x == '_' || x == '@' || x == '(' || x == '/' || x == '\\'
        || x == '.' && e + 1 < n && isLetterOrDigit(s.charAt(e + 1));
  }

  static boolean isLetter(char c) {
    return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
  }

  private static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 128 ? (char) ((c | 0x20) - 'a') < 26 || c >= '0' && c <= '9'
        : Character.isLetterOrDigit(c);
  }
}
