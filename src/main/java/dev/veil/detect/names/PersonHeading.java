package dev.veil.detect.names;

/**
 * Marks tokens on Title Case lines (headings, menu items, product names) where capitalisation
 * says nothing about names: three or more capitalised words and no lower-case word of four or
 * more letters on the line. One pass over the tokens' shapes (the tokeniser records where lines
 * break), without reading the text.
 */
final class PersonHeading {
  private PersonHeading() {}

  /** For each token, whether its line is a Title Case heading. */
  static boolean[] lines(Tokens t) {
    int size = t.size();
    boolean[] out = new boolean[size];
    int lineStart = 0;
    int caps = 0;
    boolean lower = false;
    for (int j = 0; j <= size; j++) {
      int sh = j < size ? t.shape(j) : 0;
      if (j == size || j > 0 && (sh & Tokens.NEWLINE_BEFORE) != 0) {
        if (caps >= 3 && !lower) {
          for (int k = lineStart; k < j; k++) {
            out[k] = true;
          }
        }
        lineStart = j;
        caps = 0;
        lower = false;
      }
      if ((sh & (Tokens.CAP | Tokens.UPPER)) != 0) {
        caps++;
      } else if ((sh & Tokens.LOWER) != 0 && t.end(j) - t.start(j) >= 4) {
        lower = true;
      }
    }
    return out;
  }
}
