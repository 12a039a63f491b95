package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells, from the digit groups of a window of phone-like chars, whether
 * {@link PhoneNumberUtil#findNumbers} with {@link Leniency#VALID} for one region could report
 * anything: {@link #mayFind} is false only when it cannot, so a caller may skip the matcher
 * (which tries the whole window, then groups of it, parsing and validating each) without losing
 * a match.
 *
 * <p>Why it is exact: every candidate the matcher parses spans whole digit groups, and parsing
 * one yields a calling code and a national number that is a suffix of the candidate's digits:
 * the code is the region's own, or follows a {@code +} or the region's international prefix;
 * dropping a national prefix, carrier code or the region's calling code only shortens the digits.
 * So if no suffix ending at a group end can be valid for a calling code the window can produce
 * ({@link NumberShapes}), no candidate can be. A calling code whose main region rewrites national
 * digits (a national prefix transform rule) or a region that does is not bounded this way, and
 * always says true.
 *
 * <p>Immutable and thread-safe.
 */
final class NumberScreen {
  /** Windows are at most 64 chars; the arrays below are sized for that and grown if needed. */
  private static final int MAX_GROUPS = 33;
  private final NumberShapes shapes = NumberShapes.get();
  private final int countryCode;
  private final boolean unbounded;
  private final Pattern internationalPrefix;
  /**
   * By the next one, two or three digits ({@code d}, {@code 10 + dd}, {@code 110 + ddd}): whether
   * an international prefix may start there (a prefix of them matches it, or they may begin it).
   */
  private final boolean[] prefixStarts = new boolean[1110];

  NumberScreen(String region) {
    this.countryCode = PhoneNumberUtil.getInstance().getCountryCodeForRegion(region);
    this.unbounded = shapes.transforms(region) || shapes.unbounded(countryCode);
    this.internationalPrefix = shapes.internationalPrefix(region);
    markPrefixStarts(internationalPrefix.matcher(""), new char[3], 0, false, 0);
  }

  /**
   * Fills {@link #prefixStarts} below the {@code length} digits in {@code digits}: {@code
   * matched} says whether a shorter prefix of them matched the international prefix already.
   */
  private void markPrefixStarts(Matcher m, char[] digits, int length, boolean matched, int base) {
    int offset = length == 0 ? 0 : length == 1 ? 10 : 110;
    for (int d = 0; d < 10; d++) {
      digits[length] = (char) ('0' + d);
      boolean matches = m.reset(new String(digits, 0, length + 1)).matches();
      boolean more = matches || m.hitEnd();
      int index = base * 10 + d;
      prefixStarts[offset + index] = matched || more;
      if (length < 2 && (matched || more)) {
        markPrefixStarts(m, digits, length + 1, matched || matches, index);
      }
    }
  }

  /**
   * False only if findNumbers on {@code w} (digits, spaces, no-break spaces and
   * {@code - . ( ) + /}) finds no valid number for this screen's region.
   */
  boolean mayFind(char[] w) {
    if (unbounded) {
      return true;
    }
    char[] digits = new char[w.length];
    int[] starts = new int[MAX_GROUPS];
    int[] ends = new int[MAX_GROUPS];
    boolean[] plus = new boolean[MAX_GROUPS];
    int n = 0;
    int groups = 0;
    boolean sawPlus = false;
    for (int i = 0; i < w.length; i++) {
      char c = w[i];
      if (c >= '0' && c <= '9') {
        if (i == 0 || w[i - 1] < '0' || w[i - 1] > '9') {
          if (groups == starts.length) {
            starts = Arrays.copyOf(starts, groups * 2);
            ends = Arrays.copyOf(ends, groups * 2);
            plus = Arrays.copyOf(plus, groups * 2);
          }
          starts[groups] = n;
          plus[groups] = sawPlus;
          groups++;
          sawPlus = false;
        }
        digits[n++] = c;
        ends[groups - 1] = n;
      } else if (c == '+') {
        sawPlus = true;
      }
    }
    if (suffixMayBeValid(countryCode, 0, digits, ends, groups)) {
      return true;
    }
    Matcher idd = null;
    for (int g = 0; g < groups; g++) {
      int a = starts[g];
      if (plus[g] && codeThenSuffix(digits, n, a, ends, groups)) {
        return true;
      }
      if (!internationalPrefixMayStart(digits, a, n)) {
        continue;
      }
      if (idd == null) {
        idd = internationalPrefix.matcher(CharBuffer.wrap(digits, 0, n));
      }
      for (int end = a + 1; end <= n; end++) {
        idd.region(a, end);
        boolean matches = idd.matches();
        if (matches && end < n && digits[end] != '0'
            && codeThenSuffix(digits, n, end, ends, groups)) {
          return true;
        }
        if (!matches && !idd.hitEnd()) {
          break; // no longer run of digits can be an international prefix either
        }
      }
    }
    return false;
  }

  private boolean internationalPrefixMayStart(char[] digits, int a, int n) {
    int d = digits[a] - '0';
    if (n - a == 1) {
      return prefixStarts[d];
    }
    int dd = d * 10 + digits[a + 1] - '0';
    return n - a == 2 ? prefixStarts[10 + dd] : prefixStarts[110 + dd * 10 + digits[a + 2] - '0'];
  }

  /** Whether a calling code starting at {@code a}, then a valid national number, may follow. */
  private boolean codeThenSuffix(char[] digits, int n, int a, int[] ends, int groups) {
    if (digits[a] == '0') {
      return false; // libphonenumber reads no calling code that starts with 0
    }
    int code = 0;
    for (int i = a; i < a + 3 && i < n; i++) {
      code = code * 10 + digits[i] - '0';
      if (shapes.isCallingCode(code)) {
        return shapes.unbounded(code) || suffixMayBeValid(code, i + 1, digits, ends, groups);
      }
    }
    return false;
  }

  /**
   * Whether some {@code digits[x, b)} with {@code x >= lo} and {@code b} a group end may be a
   * valid national number of {@code code}.
   */
  private boolean suffixMayBeValid(int code, int lo, char[] digits, int[] ends, int groups) {
    int lengths = shapes.lengths(code);
    for (int g = 0; g < groups; g++) {
      int b = ends[g];
      for (int bits = lengths; bits != 0; bits &= bits - 1) {
        int x = b - Integer.numberOfTrailingZeros(bits);
        if (x >= lo && shapes.mayBeValid(code, digits, x, b)) {
          return true;
        }
      }
    }
    return false;
  }
}
