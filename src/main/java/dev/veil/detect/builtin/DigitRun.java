package dev.veil.detect.builtin;

/**
 * A maximal run of ASCII digit groups joined by single separators ({@code space - . : +}), as
 * found by {@link #next}. Rules look at windows of consecutive groups: a window is usable when its
 * separators are uniform and allowed, and it is not glued to more digits or letters around it.
 *
 * <p>Mutable and reused by one scan; never shared between threads.
 */
final class DigitRun {
  private static final int MAX_GROUPS = 64;

  final String text;
  final int[] starts = new int[MAX_GROUPS];
  final int[] ends = new int[MAX_GROUPS];
  /** {@code seps[i]} joins group i and i+1. */
  final char[] seps = new char[MAX_GROUPS];
  int count;
  boolean gluedLeft;
  boolean gluedRight;

  DigitRun(String text) {
    this.text = text;
  }

  static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == ':' || c == '+';
  }

  /**
   * Scans the next run at or after {@code from}; returns false when there is none. After a true
   * return, {@link #end()} is where the next scan should start.
   */
  boolean next(int from) {
    String t = text;
    int n = t.length();
    int i = from;
    while (i < n && !Glue.isDigit(t.charAt(i))) {
      i++;
    }
    if (i >= n) {
      return false;
    }
    count = 0;
    gluedLeft = Glue.gluedLeft(t, i) || Glue.afterIbanPrefix(t, i);
    while (true) {
      int s = i;
      while (i < n && Glue.isDigit(t.charAt(i))) {
        i++;
      }
      starts[count] = s;
      ends[count] = i;
      count++;
      if (count == MAX_GROUPS || i + 1 >= n || !isSeparator(t.charAt(i))
          || !Glue.isDigit(t.charAt(i + 1))) {
        break;
      }
      seps[count - 1] = t.charAt(i);
      i++;
    }
    gluedRight = Glue.gluedRight(t, i);
    return true;
  }

  int end() {
    return ends[count - 1];
  }

  int len(int g) {
    return ends[g] - starts[g];
  }

  /**
   * The single separator used inside window {@code [g, g + k)}, {@code 0} for a one-group
   * window, or {@code '!'} when the separators differ or one is not in {@code allowed}.
   */
  char separator(int g, int k, String allowed) {
    if (k == 1) {
      return 0;
    }
    char s = seps[g];
    for (int j = g; j < g + k - 1; j++) {
      if (seps[j] != s) {
        return '!';
      }
    }
    return allowed.indexOf(s) >= 0 ? s : '!';
  }

  /**
   * True when window {@code [g, g + k)} stands on its own: not glued to letters or a longer
   * number at the run's ends, not joined to a neighbouring group by a tight separator, and, for a
   * window grouped with spaces, not continued by another group with a space. A window grouped
   * with dashes or dots is a token of its own, so a space-joined neighbour does not make it part
   * of a longer number ({@code 078-05-1120 1234}).
   */
  boolean standalone(int g, int k) {
    int last = g + k - 1;
    if ((g == 0 && gluedLeft) || (last == count - 1 && gluedRight)) {
      return false;
    }
    boolean ownToken = k > 1 && seps[g] != ' ';
    if (g > 0 && !looseNeighbour(g - 1, k, ownToken, g - 1 == 0 && gluedLeft)) {
      return false;
    }
    return last == count - 1 || looseNeighbour(last, k, ownToken, last + 1 == count - 1 && gluedRight);
  }

  private boolean looseNeighbour(int sepIndex, int k, boolean ownToken, boolean neighbourGlued) {
    return seps[sepIndex] == ' ' && (k == 1 || ownToken) && !neighbourGlued;
  }

  /** The digits of window {@code [g, g + k)} without separators. */
  String digits(int g, int k) {
    StringBuilder sb = new StringBuilder(24);
    for (int j = g; j < g + k; j++) {
      sb.append(text, starts[j], ends[j]);
    }
    return sb.toString();
  }

  /** Total digit count of window {@code [g, g + k)}. */
  int digitCount(int g, int k) {
    int c = 0;
    for (int j = g; j < g + k; j++) {
      c += len(j);
    }
    return c;
  }

  /** True when the group lengths of the window starting at {@code g} equal {@code shape}. */
  boolean shaped(int g, int... shape) {
    if (g + shape.length > count) {
      return false;
    }
    for (int j = 0; j < shape.length; j++) {
      if (len(g + j) != shape[j]) {
        return false;
      }
    }
    return true;
  }
}
