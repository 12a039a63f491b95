package dev.veil.detect.builtin;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which national significant numbers can be valid for a country calling code, told by their first
 * three digits and their length: {@link #mayBeValid} is false only when
 * {@link PhoneNumberUtil#isValidNumber} is false for every number of that calling code, length
 * and leading digits. It never says false for a valid number; it may say true for an invalid one.
 *
 * <p>A number is valid when, for a region of its calling code, it matches the region's general
 * description and one of its number types, each by length and pattern. A table per calling code
 * (built on first use from libphonenumber's metadata, then shared) holds, for every three-digit
 * prefix, the lengths of the types whose pattern can match a number starting with it (the
 * pattern matches the prefix, or ran out of input while trying: {@link Matcher#hitEnd}).
 *
 * <p>Thread-safe: a table is built before it is published, and two threads building the same
 * one build equal tables.
 */
final class NumberShapes {
  /** Lengths of a national significant number that libphonenumber parses (2..17). */
  static final int ANY_LENGTH = 0x3fffc;
  private static final int PREFIX = 3;
  private static final int UNION = 1000;
  private static final int FLAGS = 1001;
  private static final int TRANSFORMS = 1;
  private static final int UNKNOWN_CODE = 2;
  private static final NumberShapes INSTANCE = new NumberShapes();

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final MetadataSource metadata =
      DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
  private final AtomicReferenceArray<int[]> tables = new AtomicReferenceArray<>(1000);
  private final boolean[] callingCodes = new boolean[1000];

  private NumberShapes() {
    for (int cc : util.getSupportedCallingCodes()) {
      if (cc > 0 && cc < 1000) {
        callingCodes[cc] = true;
      }
    }
  }

  static NumberShapes get() {
    return INSTANCE;
  }

  /**
   * False only if no valid number of calling code {@code cc} has the national significant
   * number {@code digits[from, to)} (ASCII digits, leading zeros included).
   */
  boolean mayBeValid(int cc, char[] digits, int from, int to) {
    int[] table = table(cc);
    int length = to - from;
    if ((table[UNION] & (1 << length)) == 0 || length > 17) {
      return false;
    }
    if (length < PREFIX) {
      return true;
    }
    int prefix = (digits[from] - '0') * 100 + (digits[from + 1] - '0') * 10 + digits[from + 2] - '0';
    return (table[prefix] & (1 << length)) != 0;
  }

  /** Whether {@code code} is a country calling code libphonenumber knows. */
  boolean isCallingCode(int code) {
    return code > 0 && code < 1000 && callingCodes[code];
  }

  /** The lengths (bit {@code n} for length {@code n}) a valid number of {@code cc} can have. */
  int lengths(int cc) {
    return table(cc)[UNION];
  }

  /**
   * Whether parsing a number of {@code cc} may rewrite its national digits beyond dropping a
   * prefix (the main region's national prefix transform rule), or {@code cc} is unknown: then
   * the digits of a written number do not bound its national number.
   */
  boolean unbounded(int cc) {
    return (table(cc)[FLAGS] & (TRANSFORMS | UNKNOWN_CODE)) != 0;
  }

  /** Whether {@code region}'s own metadata has a national prefix transform rule. */
  boolean transforms(String region) {
    String rule = metadata.getMetadataForRegion(region).getNationalPrefixTransformRule();
    return rule != null && !rule.isEmpty();
  }

  /** {@code region}'s international dialling prefix, as a pattern. */
  Pattern internationalPrefix(String region) {
    return Pattern.compile(metadata.getMetadataForRegion(region).getInternationalPrefix());
  }

  private int[] table(int cc) {
    if (cc <= 0 || cc >= 1000) {
      int[] none = new int[FLAGS + 1];
      none[FLAGS] = UNKNOWN_CODE;
      return none;
    }
    int[] table = tables.get(cc);
    if (table == null) {
      table = build(cc);
      tables.compareAndSet(cc, null, table);
    }
    return table;
  }

  private int[] build(int cc) {
    int[] table = new int[FLAGS + 1];
    Map<String, boolean[]> prefixesByPattern = new HashMap<>(); // regions share some patterns
    List<String> regions = util.getRegionCodesForCountryCode(cc);
    if (regions.isEmpty()) {
      table[FLAGS] = UNKNOWN_CODE;
      return table;
    }
    for (String region : regions) {
      PhoneMetadata m = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
          ? metadata.getMetadataForNonGeographicalRegion(cc) : metadata.getMetadataForRegion(region);
      if (m == null) {
        table[FLAGS] |= UNKNOWN_CODE;
        continue;
      }
      addRegion(m, table, prefixesByPattern);
    }
    String main = util.getRegionCodeForCountryCode(cc);
    PhoneMetadata m = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(main)
        ? metadata.getMetadataForNonGeographicalRegion(cc) : metadata.getMetadataForRegion(main);
    if (m == null) {
      table[FLAGS] |= UNKNOWN_CODE;
    } else if (m.getNationalPrefixTransformRule() != null
        && !m.getNationalPrefixTransformRule().isEmpty()) {
      table[FLAGS] |= TRANSFORMS;
    }
    return table;
  }

  private static void addRegion(PhoneMetadata m, int[] table, Map<String, boolean[]> cache) {
    PhoneNumberDesc general = m.getGeneralDesc();
    int generalLengths = lengths(general);
    boolean[] generalPrefixes = prefixes(general, cache);
    if (generalLengths == 0 || generalPrefixes == null) {
      return;
    }
    List<PhoneNumberDesc> types = List.of(m.getPremiumRate(), m.getTollFree(), m.getSharedCost(),
        m.getVoip(), m.getPersonalNumber(), m.getPager(), m.getUan(), m.getVoicemail(),
        m.getFixedLine(), m.getMobile());
    for (PhoneNumberDesc type : types) {
      int typeLengths = lengths(type) & generalLengths;
      boolean[] typePrefixes = typeLengths == 0 ? null : prefixes(type, cache);
      if (typePrefixes == null) {
        continue;
      }
      table[UNION] |= typeLengths;
      for (int p = 0; p < UNION; p++) {
        if (generalPrefixes[p] && typePrefixes[p]) {
          table[p] |= typeLengths;
        }
      }
    }
  }

  /** The lengths a description admits: its possible lengths, or any when it lists none. */
  private static int lengths(PhoneNumberDesc desc) {
    if (desc.getPossibleLengthCount() == 0) {
      return ANY_LENGTH;
    }
    int mask = 0;
    for (int length : desc.getPossibleLengthList()) {
      if (length >= 2 && length <= 17) {
        mask |= 1 << length;
      }
    }
    return mask;
  }

  /**
   * The three-digit prefixes with which a number matching the description's pattern may start,
   * or null when the pattern is empty (it then matches nothing).
   */
  private static boolean[] prefixes(PhoneNumberDesc desc, Map<String, boolean[]> cache) {
    String regex = desc.getNationalNumberPattern();
    if (regex == null || regex.isEmpty()) {
      return null;
    }
    return cache.computeIfAbsent(regex, NumberShapes::prefixes);
  }

  private static boolean[] prefixes(String regex) {
    Matcher matcher = Pattern.compile(regex).matcher("");
    boolean[] out = new boolean[UNION];
    char[] prefix = new char[PREFIX];
    for (int a = 0; a < 10; a++) {
      prefix[0] = (char) ('0' + a);
      if (!canStart(matcher, prefix, 1)) {
        continue;
      }
      for (int b = 0; b < 10; b++) {
        prefix[1] = (char) ('0' + b);
        if (!canStart(matcher, prefix, 2)) {
          continue;
        }
        for (int c = 0; c < 10; c++) {
          prefix[2] = (char) ('0' + c);
          out[a * 100 + b * 10 + c] = canStart(matcher, prefix, 3);
        }
      }
    }
    return out;
  }

  /**
   * Whether some string starting with {@code prefix[0, length)} may match: the prefix matches,
   * or the matcher needed input past its end. A failure that never read past the end cannot be
   * changed by more input (the patterns are plain digit classes, groups and counts).
   */
  private static boolean canStart(Matcher matcher, char[] prefix, int length) {
    matcher.reset(new String(prefix, 0, length));
    return matcher.matches() || matcher.hitEnd();
  }
}
