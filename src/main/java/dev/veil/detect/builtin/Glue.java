package dev.veil.detect.builtin;

/**
 * Boundary rules shared by the built-in detectors: when a candidate is glued to its
 * surroundings so tightly that it is part of a longer identifier (a hex id, a base62 token, an
 * IBAN, a version) rather than a value of its own.
 */
final class Glue {
  private Glue() {}

  static boolean isAsciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** A char that makes a neighbour part of the same word or identifier. */
  static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /**
   * True when {@code start} (a digit preceded by a letter) follows a plain lower-case word such
   * as "is" in "is415-555-0132": two or more ASCII lower-case letters starting a word, at least
   * one of them outside a-f, so that a hex id ("deadbeef4111...") does not qualify.
   */
  static boolean afterLowerWord(CharSequence text, int start) {
    int i = start - 1;
    boolean nonHex = false;
    while (i >= 0 && isLower(text.charAt(i))) {
      nonHex |= text.charAt(i) > 'f';
      i--;
    }
    int letters = start - 1 - i;
    return letters >= 2 && nonHex && (i < 0 || !isWordChar(text.charAt(i)));
  }

  /**
   * True when a value starting at {@code start} is glued on the left: preceded by a word char
   * (other than a plain lower-case word), or by {@code . / , +} or a dash that follow a digit,
   * so that it continues a longer number, code or version.
   */
  static boolean gluedLeft(CharSequence text, int start) {
    if (start == 0) {
      return false;
    }
    char c = text.charAt(start - 1);
    if (isWordChar(c)) {
      return !(isLower(c) && afterLowerWord(text, start));
    }
    if (start < 2) {
      return c == '+';
    }
    char b = text.charAt(start - 2);
    switch (c) {
      case '+':
        return true;
      case '.':
      case '/':
      case '\\':
        return isWordChar(b);
      case ',':
      case '-':
      case ':':
        return isDigit(b) || (c == '-' && isUpper(b) && tokenHasDigit(text, start - 2));
      default:
        return false;
    }
  }

  /**
   * True when a value ending at {@code end} is glued on the right: followed by a word char, or
   * by {@code . , / -} and then a digit or letter, so the value continues.
   */
  static boolean gluedRight(CharSequence text, int end) {
    if (end >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    if (isWordChar(c)) {
      return true;
    }
    if (end + 1 >= text.length()) {
      return false;
    }
    char n = text.charAt(end + 1);
    switch (c) {
      case ',':
        return isDigit(n);
      case '.':
      case '/':
      case '-':
      case '\\':
        return isAsciiAlnum(n);
      default:
        return false;
    }
  }

  private static boolean tokenHasDigit(CharSequence text, int last) {
    for (int i = last; i >= 0 && isAsciiAlnum(text.charAt(i)); i--) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code start} is inside a grouped IBAN-like run: looking back over up to eight
   * groups of 1..4 upper-case letters or digits, joined by one space, dash or slash, there is a
   * group of two upper-case letters and two digits (a country code and check digits).
   */
  static boolean afterIbanPrefix(CharSequence text, int start) {
    int i = start;
    for (int groups = 0; groups < 8; groups++) {
      if (i < 2) {
        return false;
      }
      char sep = text.charAt(i - 1);
      if (sep != ' ' && sep != '-' && sep != '/') {
        return false;
      }
      int end = i - 1;
      int s = end;
      while (s > 0 && s > end - 5 && (isUpper(text.charAt(s - 1)) || isDigit(text.charAt(s - 1)))) {
        s--;
      }
      int len = end - s;
      if (len == 0 || len > 4 || (s > 0 && isWordChar(text.charAt(s - 1)))) {
        return false;
      }
      if (len == 4 && isUpper(text.charAt(s)) && isUpper(text.charAt(s + 1))
          && isDigit(text.charAt(s + 2)) && isDigit(text.charAt(s + 3))) {
        return true;
      }
      i = s;
    }
    return false;
  }
}
