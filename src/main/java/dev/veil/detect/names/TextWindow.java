package dev.veil.detect.names;

/**
 * A copy of one stretch of a text in a {@code char[]}, for scans that look at the char before
 * each position and a few after it; the array is reused from stretch to stretch within one
 * call (it is not shared between calls or threads, and dies with the call).
 */
final class TextWindow {
  private char[] chars = new char[128];

  /**
   * Copies {@code text[from - 1, to + ahead)} to the start of the array and returns it: the
   * char at text position {@code j} is at index {@code j - from + 1}, and a space stands for
   * each position outside the text.
   */
  char[] load(String text, int from, int to, int ahead) {
    int n = text.length();
    int start = from - 1;
    int end = Math.min(n, to + ahead);
    int length = to + ahead - start;
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
    }
    chars[0] = ' ';
    text.getChars(Math.max(0, start), end, chars, start < 0 ? 1 : 0);
    for (int x = end - start; x < length; x++) {
      chars[x] = ' ';
    }
    return chars;
  }
}
