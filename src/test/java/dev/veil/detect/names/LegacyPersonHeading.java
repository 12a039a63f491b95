package dev.veil.detect.names;

/**
 * Test oracle: a verbatim copy of the main class as of commit d8bafc9 (before the one-pass
 * tokeniser), kept so that {@code PersonDifferentialTest} can prove the fast version finds exactly
 * the same spans. Do not change it.
 *
 * <p>Original contract:
 * Marks tokens on Title Case lines (headings, menu items, product names) where capitalisation
 * says nothing about names: three or more capitalised words and no lower-case word of four or
 * more letters on the line. One pass over the tokens.
 */
final class LegacyPersonHeading {
  private LegacyPersonHeading() {}

  /** For each token, whether its line is a Title Case heading. */
  static boolean[] lines(LegacyTokens t) {
    String s = t.text();
    boolean[] out = new boolean[t.size()];
    int lineStart = 0;
    int caps = 0;
    boolean lower = false;
    for (int j = 0; j <= t.size(); j++) {
      boolean newLine = j == t.size() || j > 0 && LegacyPersonCues.has(s, t.end(j - 1), t.start(j), '\n');
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
        if (t.shaped(j, LegacyTokens.CAP | LegacyTokens.UPPER)) {
          caps++;
        } else if (t.shaped(j, LegacyTokens.LOWER) && t.end(j) - t.start(j) >= 4) {
          lower = true;
        }
      }
    }
    return out;
  }
}
