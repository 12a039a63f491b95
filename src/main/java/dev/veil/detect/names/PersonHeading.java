package dev.veil.detect.names;

/**
 * Tells whether a position is on a Title Case line (headings, menu items, product names) where
 * capitalisation says nothing about names: three or more capitalised words and no lower-case word
 * of four or more letters on the line.
 *
 * <p>Lazy: a line is read only when asked about, from its start and only until a long lower-case
 * word settles it, and the last answer is kept, so asking in text order costs at most one read of
 * each line asked about. Not thread-safe: one per {@link Tokens}.
 */
final class PersonHeading {
  private final String text;
  private final WordReader words;
  /** The last line asked about: its start, a position up to which it is known to run, the answer. */
  private int lineStart = -1;
  private int lineChecked;
  private boolean heading;

  PersonHeading(String text, WordReader words) {
    this.text = text;
    this.words = words;
  }

  /** Whether the word starting at {@code b} is on a Title Case line. */
  boolean at(int b) {
    if (lineStart >= 0 && b >= lineStart) {
      if (b <= lineChecked) {
        return heading;
      }
      if (!newlineIn(lineChecked, b)) {
        lineChecked = b;
        return heading;
      }
    }
    lineStart = text.lastIndexOf('\n', b - 1) + 1;
    lineChecked = b;
    heading = titleCase(lineStart);
    return heading;
  }

  private boolean newlineIn(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Reads the line from {@code from} (a line start): every word on it, as the tokeniser would. */
  private boolean titleCase(int from) {
    int n = text.length();
    int caps = 0;
    int i = from;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      if (!WordReader.isLetter(c)) {
        i++;
        continue;
      }
      int sh = words.read(i);
      if ((sh & (Tokens.CAP | Tokens.UPPER)) != 0) {
        caps++;
      } else if ((sh & Tokens.LOWER) != 0 && words.end - i >= 4) {
        return false;
      }
      i = words.end + ((sh & Tokens.POSSESSIVE) != 0 ? 2 : 0);
    }
    return caps >= 3;
  }
}
