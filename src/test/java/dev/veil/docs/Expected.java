package dev.veil.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares text shown in the docs with what Veil produced. Keyed tokens depend on
 * {@code redaction.key}, so a pseudonym {@code <PERSON_98777079>} (8 to 64 hex digits) in the
 * docs stands for any pseudonym of that entity, and a hash {@code <IP_ADDRESS#c1e1eab0b957>}
 * for any hash of it; everything else must be equal. Placeholders ({@code <PERSON_1>}) are
 * compared as they are.
 */
final class Expected {
  private static final Pattern KEYED = Pattern.compile("<([A-Z][A-Z0-9_]*)(?:_([0-9a-f]{8,64})|#([0-9a-f]{12}))>");

  private Expected() {}

  /** The regex that {@code shown} stands for. */
  static Pattern pattern(String shown) {
    StringBuilder re = new StringBuilder();
    Matcher m = KEYED.matcher(shown);
    int at = 0;
    while (m.find()) {
      re.append(Pattern.quote(shown.substring(at, m.start())));
      re.append(Pattern.quote("<" + m.group(1)));
      re.append(m.group(2) != null ? "_[0-9a-f]{8,64}>" : "#[0-9a-f]{12}>");
      at = m.end();
    }
    re.append(Pattern.quote(shown.substring(at)));
    return Pattern.compile(re.toString());
  }

  static boolean matches(String shown, String actual) {
    return pattern(shown).matcher(actual).matches();
  }
}
