package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.veil.detect.ContextWords;
import dev.veil.detect.Detector;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Test-only copy of the phone detector as it was before its pre-checks (commit d8bafc9), the
 * reference {@code PhoneDetectorDifferentialTest} compares against; do not change it.
 *
 * <p>Phone numbers, validated by Google's libphonenumber ({@link Leniency#VALID}) against a list
 * of default regions; numbers written with a {@code +} or {@code 00} country code are valid in
 * any region.
 *
 * <p>Only short windows of phone-like characters with at least seven digits are handed to
 * libphonenumber, so text without such runs costs one scan. A match is dropped when it is glued
 * to letters or to a longer number, follows an IBAN prefix, or reads as a date, an IPv4 address
 * or a version. Scores: international {@value #INTERNATIONAL}; national, in the digit groups
 * of the region's national format, {@value #NATIONAL}; other punctuation {@value #LOOSE} and
 * bare digits {@value #BARE} (both below the default threshold; bare digits are not even
 * looked up without a phone word, which bounds the work on tables of numbers) unless a phone
 * word is near; otherwise a word just before that names another kind of number (order,
 * account, card...) lowers the score by {@value #OTHER_NUMBER_PENALTY}.
 *
 * <p>Thread-safe: {@link PhoneNumberUtil} is; the detector holds no mutable state.
 */
final class PhoneDetectorReference implements Detector {
  static final String NAME = "phone";
  static final double INTERNATIONAL = 0.9;
  static final double NATIONAL = 0.75;
  static final double BARE = 0.4;
  static final double LOOSE = 0.45;
  static final double OTHER_NUMBER_PENALTY = 0.3;
  private static final int MIN_DIGITS = 7;
  private static final int OTHER_WINDOW = 32;
  private static final int MAX_WINDOW = 64;
  /** E.164 allows 15 digits; a national number with trunk prefix stays below 17. */
  private static final int MAX_NUMBER_DIGITS = 17;
  private static final ContextWords PHONE_WORDS = ContextWords.of("phone", "phones", "telephone",
      "tel", "mobile", "cell", "cellphone", "call", "fax", "whatsapp", "sms", "text me", "contact",
      "reach me", "dial", "hotline", "landline", "my number", "number is", "handy", "telefon",
      "teléfono", "téléphone", "portable", "cellulare", "móvil");
  private static final ContextWords OTHER_NUMBERS = ContextWords.of("order", "invoice", "account",
      "acct", "card", "iban", "ssn", "passport", "ticket", "tracking", "reference", "ref",
      "transaction", "txn", "serial", "sku", "customer id", "routing", "pesel", "nhs", "sin",
      "aadhaar", "pan", "tax", "isbn", "version", "build");
  private static final Pattern DATE = Pattern.compile(
      "\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}|\\d{1,3}(?:\\.\\d{1,3}){3}"
          + "|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2} \\d{1,2}");

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final List<String> regions;
  private final int maxTries;
  private final List<String> idd00Region;

  PhoneDetectorReference(List<String> regions, int maxTries) {
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("phone detector needs at least one region");
    }
    for (String r : regions) {
      if (!util.getSupportedRegions().contains(r)) {
        throw new IllegalArgumentException("unknown phone region: " + r);
      }
    }
    this.regions = List.copyOf(regions);
    this.maxTries = maxTries;
    this.idd00Region = regions.stream().filter(r -> util.getCountryCodeForRegion(r) != 1)
        .limit(1).toList();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!(Glue.isDigit(c) || c == '+' || c == '(')) {
        i++;
        continue;
      }
      int s = i;
      int digits = 0;
      int lastGood = i;
      while (i < n && i - s < MAX_WINDOW && isPhoneChar(text.charAt(i))) {
        if (Glue.isDigit(text.charAt(i))) {
          digits++;
          lastGood = i + 1;
        } else if (text.charAt(i) == ')') {
          lastGood = i + 1;
        }
        i++;
      }
      if (i == s) {
        i++;
        continue;
      }
      if (digits >= MIN_DIGITS) {
        window(text, s, lastGood, out);
      }
    }
    return out;
  }

  private static boolean isPhoneChar(char c) {
    return Glue.isDigit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+'
        || c == '/' || c == '\u00a0';
  }

  private void window(String text, int s, int e, List<Span> out) {
    String window = text.substring(s, e);
    if (DATE.matcher(window).matches()) {
      return;
    }
    List<String> tryRegions;
    String nationalDigits = null;
    if (window.indexOf('+') >= 0) {
      tryRegions = regions.subList(0, 1); // +CC: any region parses it
    } else if (window.startsWith("00")) {
      tryRegions = idd00Region; // 00CC: a region whose international prefix is 00
    } else {
      nationalDigits = digits(window);
      if (nationalDigits.length() == window.length() && !PHONE_WORDS.near(text, s, e)) {
        return; // bare digits score below any sensible threshold without a phone word
      }
      if (isCard(window, nationalDigits)) {
        return; // a payment card (validated, so it outranks any phone read of its digits)
      }
      tryRegions = nationalDigits.length() > MAX_NUMBER_DIGITS ? regions.subList(0, 1) : regions;
    }
    List<double[]> found = new ArrayList<>(); // start, end, best format score
    int firstDigit = 0;
    while (!Glue.isDigit(window.charAt(firstDigit))) {
      firstDigit++;
    }
    for (String region : tryRegions) {
      if (nationalDigits != null && nationalDigits.length() <= MAX_NUMBER_DIGITS
          && !plausible(nationalDigits, region)) {
        continue;
      }
      boolean whole = false;
      for (PhoneNumberMatch m : util.findNumbers(window, region, Leniency.VALID, maxTries)) {
        double format = formatScore(m);
        whole |= m.start() <= firstDigit && m.end() == window.length()
            && (format >= NATIONAL || format == BARE);
        double[] f = found.stream().filter(r -> r[0] == s + m.start() && r[1] == s + m.end())
            .findFirst().orElse(null);
        if (f == null) {
          found.add(new double[] {s + m.start(), s + m.end(), format});
        } else {
          f[2] = Math.max(f[2], format);
        }
      }
      if (whole) {
        break; // the whole window is a well-formed number; other regions cannot do better
      }
    }
    for (double[] f : found) {
      double score = score(text, (int) f[0], (int) f[1], f[2]);
      if (score > 0) {
        out.add(new Span(Entities.PHONE_NUMBER, (int) f[0], (int) f[1], score, NAME));
      }
    }
  }

  /**
   * Whether the window is written as a payment card: 13..19 digits, compact or in the groups
   * {@link CreditCardRule} reads (fours with a shorter last group, 4-6-5, 4-6-4) joined by one
   * kind of space or dash, with a known issuer prefix and a valid Luhn digit.
   */
  static boolean isCard(String window, String digits) {
    if (digits.length() < 13 || digits.length() > 19) {
      return false;
    }
    char sep = 0;
    int groups = 0;
    int[] lens = new int[6];
    int i = 0;
    while (i < window.length()) {
      int start = i;
      while (i < window.length() && Glue.isDigit(window.charAt(i))) {
        i++;
      }
      if (i == start || groups == lens.length) {
        return false;
      }
      lens[groups++] = i - start;
      if (i < window.length()) {
        char c = window.charAt(i);
        if ((c != ' ' && c != '-') || (sep != 0 && c != sep)) {
          return false;
        }
        sep = c;
        i++;
      }
    }
    boolean shaped = groups == 1
        || groups == 3 && lens[0] == 4 && lens[1] == 6 && (lens[2] == 5 || lens[2] == 4);
    if (!shaped && groups >= 4) {
      shaped = lens[groups - 1] <= 4;
      for (int g = 0; g < groups - 1; g++) {
        shaped &= lens[g] == 4;
      }
    }
    return shaped && CreditCardRule.valid(digits);
  }

  private static String digits(String window) {
    StringBuilder digits = new StringBuilder(20);
    for (int i = 0; i < window.length(); i++) {
      if (Glue.isDigit(window.charAt(i))) {
        digits.append(window.charAt(i));
      }
    }
    return digits.toString();
  }

  /**
   * Whether national-format digits could be a valid number of {@code region}, checked cheaply
   * on the digits alone (as written, without a trunk prefix 0 or 1, or without the region's
   * country code) before libphonenumber's full matcher runs.
   */
  private boolean plausible(String d, String region) {
    int cc = util.getCountryCodeForRegion(region);
    String ccDigits = Integer.toString(cc);
    return validFor(d, region, cc)
        || ((d.charAt(0) == '0' || d.charAt(0) == '1') && validFor(d.substring(1), region, cc))
        || (d.startsWith(ccDigits) && validFor(d.substring(ccDigits.length()), region, cc));
  }

  private boolean validFor(String nsn, String region, int countryCode) {
    if (nsn.length() < 4) {
      return false;
    }
    PhoneNumber number = new PhoneNumber().setCountryCode(countryCode)
        .setNationalNumber(Long.parseLong(nsn));
    int zeros = 0;
    while (zeros < nsn.length() - 1 && nsn.charAt(zeros) == '0') {
      zeros++;
    }
    if (zeros > 0) {
      number.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
    }
    // isPossibleNumber only compares lengths; the pattern checks of validity come second.
    // Valid for any region of the country code: +44 covers GB, JE, GG and IM, as findNumbers does.
    return util.isPossibleNumber(number) && util.isValidNumber(number);
  }

  /**
   * The score a valid match earns from its writing alone: a country code; digit groups exactly
   * as the region writes its numbers nationally; bare digits; or any other grouping.
   */
  private double formatScore(PhoneNumberMatch m) {
    String raw = m.rawString();
    if (raw.startsWith("+") || raw.startsWith("00")) {
      return INTERNATIONAL;
    }
    if (raw.chars().allMatch(Character::isDigit)) {
      return BARE;
    }
    List<String> groups = digitGroups(raw);
    List<String> national = digitGroups(util.format(m.number(), PhoneNumberFormat.NATIONAL));
    boolean trunkPrefix = groups.size() == national.size() + 1
        && (groups.get(0).equals("0") || groups.get(0).equals("1"));
    return groups.equals(national) || (trunkPrefix && groups.subList(1, groups.size()).equals(national))
        ? NATIONAL : LOOSE;
  }

  private static List<String> digitGroups(String s) {
    List<String> groups = new ArrayList<>(6);
    int i = 0;
    while (i < s.length()) {
      if (!Glue.isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && Glue.isDigit(s.charAt(i))) {
        i++;
      }
      groups.add(s.substring(start, i));
    }
    return groups;
  }

  /** The score of a validated match, or 0 to drop it. */
  private static double score(String text, int start, int end, double format) {
    int firstDigit = start;
    while (firstDigit < end && !Glue.isDigit(text.charAt(firstDigit))) {
      firstDigit++;
    }
    if (Glue.gluedLeft(text, start) || Glue.gluedRight(text, end)
        || Glue.afterIbanPrefix(text, firstDigit)
        || DATE.matcher(text.subSequence(start, end)).matches()) {
      return 0;
    }
    double score = format;
    if (PHONE_WORDS.near(text, start, end)) {
      return score < NATIONAL ? score + Scores.CONTEXT_BOOST : score;
    }
    return OTHER_NUMBERS.before(text, start, OTHER_WINDOW) ? score - OTHER_NUMBER_PENALTY : score;
  }
}
