package dev.veil.redact;

/** Word-boundary tests on char ranges, shared by rules, allow-lists and name propagation. */
final class Bounds {

  /** Whether {@code [start, end)} touches no letter or digit on either side. */
  static boolean wholeWord(CharSequence text, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  private Bounds() {}
}
