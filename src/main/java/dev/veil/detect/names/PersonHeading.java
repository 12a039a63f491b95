package dev.veil.detect.names;

/**
 * Marks tokens on Title Case lines (headings, menu items, product names) where capitalisation
 * says nothing about names: three or more capitalised words and no lower-case word of four or
 * more letters on the line. One pass over the tokens.
 */
final class PersonHeading {
  private PersonHeading() {}

  /** For each token, whether its line is a Title Case heading. */
  static boolean[] lines(Tokens t) {
    String s = t.text();
    boolean[] out = new boolean[t.size()];
    int lineStart = 0;
    int caps = 0;
    boolean lower = false;
    for (int j = 0; j <= t.size(); j++) {
      boolean newLine = j == t.size() || j > 0 && PersonCues.has(s, t.end(j - 1), t.start(j), '\n');
      if (newLine) {
        boolean heading = caps >= 3 && !lower;
        for (int k = lineStart; k < j; k++) {
          out[k] = heading;
        }
        lineStart = j;
        caps = 0;
        lower = false;
      }
      if (j < t.size()) {
        if (t.shaped(j, Tokens.CAP | Tokens.UPPER)) {
          caps++;
        } else if (t.shaped(j, Tokens.LOWER) && t.end(j) - t.start(j) >= 4) {
          lower = true;
        }
      }
    }
    return out;
  }
}
