package dev.veil.detect.builtin;

/**
 * Whether a run of chars is written as a date, a date and hour, or a dotted quad: exactly the
 * strings the regex
 * {@code \d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,3}(?:\.\d{1,3}){3}
 * |\d{4}[-./]\d{1,2}[-./]\d{1,2} \d{1,2}} matches as a whole, without a regex: each alternative
 * is ASCII digit groups joined by single separators, so it is decided by the groups' lengths and
 * the separators between them.
 */
final class DateShape {
  private static final int MAX_GROUPS = 4;

  private DateShape() {}

  static boolean matches(char[] s, int from, int to) {
    int[] lens = new int[MAX_GROUPS];
    char[] seps = new char[MAX_GROUPS - 1];
    int groups = 0;
    int i = from;
    while (true) {
      int start = i;
      while (i < to && Glue.isDigit(s[i])) {
        i++;
      }
      if (i == start || groups == MAX_GROUPS) {
        return false;
      }
      lens[groups++] = i - start;
      if (i == to) {
        break;
      }
      if (groups == MAX_GROUPS) {
        return false;
      }
      seps[groups - 1] = s[i++];
    }
    if (groups == 3) {
      return dateSep(seps[0]) && dateSep(seps[1])
          && (lens[0] == 4 && in(lens[1], 1, 2) && in(lens[2], 1, 2)
              || in(lens[0], 1, 2) && in(lens[1], 1, 2) && in(lens[2], 2, 4));
    }
    if (groups == 4) {
      boolean quad = seps[0] == '.' && seps[1] == '.' && seps[2] == '.';
      for (int g = 0; g < 4 && quad; g++) {
        quad = in(lens[g], 1, 3);
      }
      return quad || dateSep(seps[0]) && dateSep(seps[1]) && seps[2] == ' ' && lens[0] == 4
          && in(lens[1], 1, 2) && in(lens[2], 1, 2) && in(lens[3], 1, 2);
    }
    return false;
  }

  private static boolean dateSep(char c) {
    return c == '-' || c == '.' || c == '/';
  }

  private static boolean in(int n, int min, int max) {
    return n >= min && n <= max;
  }
}
