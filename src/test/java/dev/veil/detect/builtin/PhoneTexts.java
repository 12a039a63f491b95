package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.veil.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Seeded generators of phone-like text for the phone detector's differential tests: real numbers
 * of every region and type (libphonenumber's examples) written in its formats and then mutated
 * (digits changed, groups split, joined, dropped or added), digit groups with every separator,
 * {@code +CC}, {@code 00} and {@code 011} prefixes, parentheses and slashes, and the look-alikes
 * (dates, versions, IPv4, cards), around phone words and other-number words.
 */
final class PhoneTexts {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** Example numbers: {calling code, national significant number}. */
  static final List<String[]> EXAMPLES = examples(new TreeSet<>(UTIL.getSupportedRegions()), true);
  /** Example numbers of the default phone regions, the ones national numbers are read in. */
  static final List<String[]> DEFAULT_EXAMPLES =
      examples(dev.veil.config.RedactionConfig.DEFAULT_PHONE_REGIONS, false);
  private static final String[] SEPARATORS = {" ", " ", "-", ".", "/", " / ", "\u00a0", " - ",
      "  ", "--", ") ", " (", "(", ")", ""};
  private static final String[] BEFORE = {"", "", "call ", "phone: ", "Tel. ", "my number is ",
      "order ", "Order #", "account ", "card ", "version ", "IBAN AT61 ", "ref ", "fax: ", "on ",
      "id a1b2", "x", "is", "at ", "(", "from ", "mobile +", "DE89 3704 ", "v", "tracking: ", "\u260e ", "\ud83d\ude00 call ",
      "\u0422\u0435\u043b: ", "\u96fb\u8a71 ", "\ud83d\ude00"};
  private static final String[] AFTER = {"", "", " now", ".", ", ", "abc", " ext", "-x", "5",
      " tomorrow", "/", ")", " or", ".5", ":30", " (home)", "%", "$", "\ud83d\ude00", "\u20ac"};

  private PhoneTexts() {}

  /** A text of one to three phone-like windows with context words around them. */
  static String text(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    for (int k = 1 + r.nextInt(3); k > 0; k--) {
      sb.append(Gen.oneOf(r, BEFORE)).append(window(r)).append(Gen.oneOf(r, AFTER));
      sb.append(Gen.oneOf(r, " ", " and ", "; ", "\n", " the number ", ""));
    }
    return sb.toString();
  }

  /** One run of phone-like chars (digits, separators, {@code + ( ) / .}). */
  static String window(SplittableRandom r) {
    switch (r.nextInt(12)) {
      case 0, 1, 2, 3:
        return mutate(r, formatted(r));
      case 4, 5:
        return formatted(r);
      case 6:
        return Gen.oneOf(r, "", "+", "00", "011", "+(", "(+", "++", "0", "1 ", "(0)")
            + groups(r, 1 + r.nextInt(6), 5);
      case 7:
        return lookAlike(r);
      case 8:
        return mutate(r, formatted(r)) + Gen.oneOf(r, SEPARATORS) + mutate(r, formatted(r));
      case 9:
        return "+" + Gen.oneOf(r, "1", "44", "49", "33", "34", "39", "31", "91", "55", "81", "86",
            "972", "61", "52", "54", "7", "800", "882", "353", "358", "262", "1 242", "590", "0",
            "999", String.valueOf(1 + r.nextInt(999))) + Gen.oneOf(r, SEPARATORS)
            + groups(r, 1 + r.nextInt(5), 4);
      case 10:
        return digits(r, 7 + r.nextInt(12));
      default:
        StringBuilder sb = new StringBuilder();
        for (int n = 1 + r.nextInt(24); n > 0; n--) {
          sb.append("0123456789 -./()+\u00a0".charAt(r.nextInt(18)));
        }
        return sb.toString();
    }
  }

  /** An example number of a random region and type, in one of libphonenumber's formats. */
  static String formatted(SplittableRandom r) {
    String[] e = Gen.oneOf(r, r.nextBoolean() ? DEFAULT_EXAMPLES : EXAMPLES);
    PhoneNumber number = new PhoneNumber().setCountryCode(Integer.parseInt(e[0]));
    String nsn = e[1];
    number.setNationalNumber(Long.parseLong(nsn));
    int zeros = 0;
    while (zeros < nsn.length() - 1 && nsn.charAt(zeros) == '0') {
      zeros++;
    }
    if (zeros > 0) {
      number.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
    }
    return switch (r.nextInt(6)) {
      case 0 -> UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
      case 1, 2 -> UTIL.format(number, PhoneNumberFormat.NATIONAL);
      case 3 -> UTIL.format(number, PhoneNumberFormat.E164);
      case 4 -> "00" + e[0] + " " + nsn;
      default -> nsn;
    };
  }

  /** Changes a digit, a separator or a group of {@code s}, or keeps it. */
  static String mutate(SplittableRandom r, String s) {
    if (s.isEmpty()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s);
    for (int k = r.nextInt(3); k > 0; k--) {
      int i = r.nextInt(sb.length());
      switch (r.nextInt(6)) {
        case 0 -> sb.setCharAt(i, (char) ('0' + r.nextInt(10)));
        case 1 -> sb.insert(i, Gen.oneOf(r, SEPARATORS));
        case 2 -> sb.deleteCharAt(i);
        case 3 -> sb.insert(i, (char) ('0' + r.nextInt(10)));
        case 4 -> sb.append(Gen.oneOf(r, SEPARATORS)).append(digits(r, 1 + r.nextInt(4)));
        default -> sb.insert(0, Gen.oneOf(r, "+", "0", "1", "00", "(", "+1 ", "0049 "));
      }
    }
    return sb.toString();
  }

  private static String lookAlike(SplittableRandom r) {
    int y = 1990 + r.nextInt(40);
    int m = 1 + r.nextInt(12);
    int d = 1 + r.nextInt(28);
    return switch (r.nextInt(8)) {
      case 0 -> y + Gen.oneOf(r, "-", ".", "/") + m + Gen.oneOf(r, "-", ".", "/") + d;
      case 1 -> String.format("%02d.%02d.%d %02d", d, m, y, r.nextInt(24));
      case 2 -> r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
      case 3 -> r.nextInt(20) + "." + r.nextInt(20) + "." + r.nextInt(20) + "." + r.nextInt(9999);
      case 4 -> Gen.oneOf(r, "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111",
          "3782 822463 10005", "5500 0000 0000 0004", "4012 8888 8888 1881");
      case 5 -> String.format("%d-%02d-%02d %02d", y, m, d, r.nextInt(24));
      case 6 -> String.format("%d/%d/%d", d, m, y % 100);
      default -> digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 4);
    };
  }

  private static String groups(SplittableRandom r, int count, int maxLen) {
    StringBuilder sb = new StringBuilder();
    for (int g = 0; g < count; g++) {
      if (g > 0) {
        sb.append(Gen.oneOf(r, SEPARATORS));
      }
      sb.append(digits(r, 1 + r.nextInt(maxLen)));
    }
    return sb.toString();
  }

  private static String digits(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  private static List<String[]> examples(Iterable<String> regions, boolean nonGeo) {
    List<String[]> out = new ArrayList<>();
    for (String region : regions) {
      for (PhoneNumberType type : PhoneNumberType.values()) {
        PhoneNumber n = UTIL.getExampleNumberForType(region, type);
        if (n != null) {
          out.add(new String[] {String.valueOf(n.getCountryCode()), UTIL.getNationalSignificantNumber(n)});
        }
      }
    }
    for (int cc : nonGeo ? new TreeSet<>(UTIL.getSupportedGlobalNetworkCallingCodes()) : List.<Integer>of()) {
      PhoneNumber n = UTIL.getExampleNumberForNonGeoEntity(cc);
      if (n != null) {
        out.add(new String[] {String.valueOf(cc), UTIL.getNationalSignificantNumber(n)});
      }
    }
    return List.copyOf(out);
  }
}
