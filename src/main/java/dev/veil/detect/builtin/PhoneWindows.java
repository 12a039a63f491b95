package dev.veil.detect.builtin;

import dev.veil.detect.ByteScan;

/**
 * Cuts a text into the windows the phone detector looks at, in one pass: a window starts at an
 * ASCII digit, {@code +} or {@code (}, runs over digits, spaces, no-break spaces and
 * {@code - . ( ) + /} for at most a given number of chars, and ends after its last digit or
 * {@code )}; windows with fewer than a given number of digits are skipped. The next window is
 * looked for where the previous run stopped.
 *
 * <p>The scan runs over {@link ByteScan#bytes} (Latin-1 chars as they are, any other as
 * {@code '?'}, which no window holds) rather than {@code String.charAt}. Stateless and thread-safe.
 */
final class PhoneWindows {
  /** Receives one window: its chars, and the offset of its first char in the text. */
  @FunctionalInterface
  interface Sink {
    void window(char[] window, int start);
  }

  /** Kinds of Latin-1 chars: not in a window, in one, starting one, a digit (also a start). */
  private static final byte OTHER = 0;
  private static final byte PHONE = 1;
  private static final byte START = 2;
  private static final byte DIGIT = 3;
  private static final byte[] KINDS = kinds();

  private PhoneWindows() {}

  /** Hands {@code sink} each window of {@code text} with {@code minDigits} digits or more. */
  static void scan(String text, int minDigits, int maxWindow, Sink sink) {
    byte[] chars = ByteScan.bytes(text);
    int n = chars.length;
    int i = 0;
    while (i < n) {
      while (i < n && KINDS[chars[i] & 0xff] < START) {
        i++;
      }
      if (i == n) {
        break;
      }
      int s = i;
      int digits = 0;
      int lastGood = i;
      int limit = Math.min(n, s + maxWindow);
      for (int kind; i < limit && (kind = KINDS[chars[i] & 0xff]) != OTHER; i++) {
        if (kind == DIGIT) {
          digits++;
          lastGood = i + 1;
        } else if (chars[i] == ')') {
          lastGood = i + 1;
        }
      }
      if (digits >= minDigits) {
        char[] window = new char[lastGood - s];
        for (int k = 0; k < window.length; k++) {
          window[k] = (char) (chars[s + k] & 0xff);
        }
        sink.window(window, s);
      }
    }
  }

  private static byte[] kinds() {
    byte[] kinds = new byte[256];
    for (char c : " -./)\u00a0".toCharArray()) {
      kinds[c] = PHONE;
    }
    kinds['('] = START;
    kinds['+'] = START;
    for (char c = '0'; c <= '9'; c++) {
      kinds[c] = DIGIT;
    }
    return kinds;
  }
}
