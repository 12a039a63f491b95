package dev.veil.detect.names;

/**
 * Recognises Title Case lines (headings, menu items, product names) where capitalisation says
 * nothing about names: three or more capitalised words and no lower-case word of four or more
 * letters on the line.
 */
final class PersonHeading {
  private PersonHeading() {}

  static boolean isHeading(Tokens t, int i) {
    String s = t.text();
    int caps = 0;
    int k = i;
    while (k > 0 && !PersonCues.has(s, t.end(k - 1), t.start(k), '\n')) {
      k--;
    }
    for (int j = k; j < t.size(); j++) {
      if (j > k && PersonCues.has(s, t.end(j - 1), t.start(j), '\n')) {
        break;
      }
      if (t.shaped(j, Tokens.CAP | Tokens.UPPER)) {
        caps++;
      } else if (t.shaped(j, Tokens.LOWER) && t.end(j) - t.start(j) >= 4) {
        return false;
      }
    }
    return caps >= 3;
  }
}
