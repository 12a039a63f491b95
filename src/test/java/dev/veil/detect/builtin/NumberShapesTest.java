package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.veil.testing.Gen;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumberShapesTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private final NumberShapes shapes = NumberShapes.get();

  @Test
  void admitsEveryExampleNumberOfEveryRegionAndType() {
    for (String[] e : PhoneTexts.EXAMPLES) {
      assertAdmittedIfValid(Integer.parseInt(e[0]), e[1]);
    }
  }

  @Test
  void admitsValidNumbersNearTheExamples() {
    int[] valid = {0};
    Gen.check("valid near examples", 11, 60_000, r -> {
      String[] e = Gen.oneOf(r, r.nextBoolean() ? PhoneTexts.DEFAULT_EXAMPLES : PhoneTexts.EXAMPLES);
      int keep = Math.min(e[1].length(), 1 + r.nextInt(5));
      int length = Math.max(2, e[1].length() + r.nextInt(3) - 1);
      StringBuilder nsn = new StringBuilder(e[1].substring(0, Math.min(keep, length)));
      while (nsn.length() < length) {
        nsn.append((char) ('0' + r.nextInt(10)));
      }
      valid[0] += assertAdmittedIfValid(Integer.parseInt(e[0]), nsn.toString()) ? 1 : 0;
    });
    assertTrue(valid[0] > 10_000, "too few valid numbers drawn: " + valid[0]);
  }

  @Test
  void admitsValidNanpNumbersOfEveryPrefix() {
    SplittableRandom r = Gen.random(12, 0);
    for (int p = 0; p < 1000; p++) {
      for (int length : new int[] {7, 10}) {
        for (int k = 0; k < 2; k++) {
          StringBuilder nsn = new StringBuilder(String.format("%03d", p));
          while (nsn.length() < length) {
            nsn.append((char) ('0' + r.nextInt(10)));
          }
          assertAdmittedIfValid(1, nsn.toString());
        }
      }
    }
  }

  @Test
  void screensOutNumbersNoRegionOfTheCodeAssigns() {
    assertFalse(shapes.mayBeValid(1, "5550100199".toCharArray(), 0, 10)); // area code 555
    assertFalse(shapes.mayBeValid(1, "0415550132".toCharArray(), 0, 10)); // leading 0
    assertFalse(shapes.mayBeValid(1, "41555501".toCharArray(), 0, 8)); // no 8-digit numbers
    assertFalse(shapes.mayBeValid(44, "0207123456".toCharArray(), 0, 10));
    assertTrue(shapes.mayBeValid(1, "4155550132".toCharArray(), 0, 10));
    assertTrue(shapes.mayBeValid(44, "2071234567".toCharArray(), 0, 10));
    assertFalse(shapes.mayBeValid(999, "2071234567".toCharArray(), 0, 10)); // no such code
    assertTrue(shapes.unbounded(54)); // AR rewrites national digits when parsing
    assertFalse(shapes.unbounded(1));
  }

  /** Asserts the table admits {@code nsn} for {@code cc} if libphonenumber calls it valid. */
  private boolean assertAdmittedIfValid(int cc, String nsn) {
    PhoneNumber n = new PhoneNumber().setCountryCode(cc).setNationalNumber(Long.parseLong(nsn));
    int zeros = 0;
    while (zeros < nsn.length() - 1 && nsn.charAt(zeros) == '0') {
      zeros++;
    }
    if (zeros > 0) {
      n.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
    }
    boolean valid = UTIL.isValidNumber(n);
    if (valid) {
      assertTrue(shapes.mayBeValid(cc, nsn.toCharArray(), 0, nsn.length()),
          () -> "valid but screened out: +" + cc + " " + nsn);
    }
    return valid;
  }
}
