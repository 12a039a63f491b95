package dev.veil.detect.builtin;

/**
 * Check-digit algorithms over ASCII digit strings. Each method returns false (never throws) for
 * input of the wrong shape, so callers can pass any candidate.
 */
final class Checksums {
  private Checksums() {}

  /** Luhn (ISO/IEC 7812-1) over all digits of {@code digits}. */
  static boolean luhn(CharSequence digits) {
    int n = digits.length();
    if (n < 2) {
      return false;
    }
    int sum = 0;
    boolean dbl = false;
    for (int i = n - 1; i >= 0; i--) {
      int d = digit(digits.charAt(i));
      if (d < 0) {
        return false;
      }
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /** ISO 13616 IBAN check: move 4 chars to the end, letters to 10..35, value mod 97 == 1. */
  static boolean ibanMod97(CharSequence iban) {
    int n = iban.length();
    if (n < 5) {
      return false;
    }
    int rem = 0;
    for (int k = 0; k < n; k++) {
      char c = iban.charAt((k + 4) % n);
      if (c >= '0' && c <= '9') {
        rem = (rem * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        rem = (rem * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return rem == 1;
  }

  private static final int[][] VERHOEFF_D = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
  };
  private static final int[][] VERHOEFF_P = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
    {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
  };

  /** Verhoeff (used by Aadhaar) over all digits, check digit last. */
  static boolean verhoeff(CharSequence digits) {
    int c = 0;
    int n = digits.length();
    for (int i = 0; i < n; i++) {
      int d = digit(digits.charAt(n - 1 - i));
      if (d < 0) {
        return false;
      }
      c = VERHOEFF_D[c][VERHOEFF_P[i % 8][d]];
    }
    return n > 1 && c == 0;
  }

  /** ISO 7064 MOD 11,10 (German Steuer-IdNr): the last digit checks the ones before. */
  static boolean iso7064Mod11x10(CharSequence digits) {
    int n = digits.length();
    if (n < 2) {
      return false;
    }
    int product = 10;
    for (int i = 0; i < n - 1; i++) {
      int d = digit(digits.charAt(i));
      if (d < 0) {
        return false;
      }
      int sum = (d + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
      check = 0;
    }
    return check == digit(digits.charAt(n - 1));
  }

  /** Weighted sum of the first {@code weights.length} digits. */
  static int weighted(CharSequence digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += digit(digits.charAt(i)) * weights[i];
    }
    return sum;
  }

  /** The value of an ASCII digit, or -1. */
  static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }

  /** The decimal value of {@code s[from, to)}, all ASCII digits (caller checked). */
  static int number(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** True when every char of {@code s} is the same. */
  static boolean allSame(CharSequence s) {
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) != s.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  /** True for a real calendar date (year 1800..2199 allowed by callers). */
  static boolean validDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int[] len = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int max = month == 2 && leap ? 29 : len[month - 1];
    return day <= max;
  }
}
