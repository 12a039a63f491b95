package dev.veil.detect.names;

import dev.veil.detect.Detector;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test oracle: {@link StreetAddressDetector} as it was before its char-table scan, kept unchanged
 * so differential tests can compare.
 *
 * <p>Finds street addresses ({@link Entities#STREET_ADDRESS}): a house number, a capitalised street
 * name and a street type (English "12 Baker Street", "1600 Pennsylvania Ave NW"; French and
 * Iberian "12 rue de la Paix", "Calle Mayor 5", "Via Roma 15"; German, Dutch and Nordic
 * compounds "Hauptstraße 12", "Keizersgracht 123"), with an optional unit and an optional
 * trailing city, state and postcode (US ZIP, UK postcode, 4-5 digit European codes), plus
 * PO boxes. A keyword prefilter skips texts without any street word. Pure and thread-safe.
 */
final class StreetAddressReference implements Detector {
  static final String NAME_ID = "street-address";

  private static final String CAPWORD = "\\p{Lu}[\\p{L}'\\-]*\\.?(?![\\p{L}\\d])";
  private static final String NAME = "(?:(?:\\d{1,3}(?:st|nd|rd|th)|" + CAPWORD + ")"
      + "(?:[ \\t]+(?:" + CAPWORD + "|de|la|del|of|the)){0,3})";
  private static final String TYPE = "(?:Street|St|Avenue|Ave|Av|Road|Rd|Lane|Ln|Boulevard|Blvd"
      + "|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square"
      + "|Sq|Trail|Trl|Crescent|Cres|Close|Grove|Gardens|Row|Mews|Alley|Plaza|Loop|Pike|Walk"
      + "|Hill|Green|Park|Broadway)\\.?";
  private static final String DIR = "(?:[NSEW]\\.?|North|South|East|West|NE|NW|SE|SW)";
  private static final String UNIT = "(?:,?[ \\t]+(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room"
      + "|Rm|Flat|#)\\.?[ \\t]*#?[A-Za-z0-9-]{1,6})";
  private static final String POSTCODE = "(?:\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?[ ]?\\d[A-Z]{2}"
      + "|\\d{4,5})";
  private static final String CITY = "(?:,[ \\t]*" + CAPWORD + "(?:[ \\t]+" + CAPWORD + "){0,2}"
      + "(?:,?[ \\t]+(?:[A-Z]{2}(?![\\p{L}\\d])|" + CAPWORD + "))?(?:,?[ \\t]+" + POSTCODE
      + ")?)";
  private static final String EU_CITY = "(?:,?[ \\t]+(?:[A-Z]{1,2}-)?\\d{4,5}[ \\t]+" + CAPWORD
      + "(?:[ \\t]+" + CAPWORD + ")?)";

  private static final Pattern ENGLISH = Pattern.compile(
      "(?<![\\w.,/$€£-])\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?[ \\t]+(?:" + DIR + "[ \\t]+)?" + NAME
      + "[ \\t]+" + TYPE + "(?:[ \\t]+" + DIR + ")?(?![\\p{L}\\d])" + UNIT + "?" + CITY + "?");
  private static final Pattern ROMANCE_NUMBER_FIRST = Pattern.compile(
      "(?<![\\w.,/$€£-])\\d{1,4}(?:[ \\t]?(?:bis|ter))?,?[ \\t]+(?i:rue|avenue|boulevard|bd|place"
      + "|chemin|all[ée]e|impasse|quai|cours|route)[ \\t]+(?:(?:de|du|des|la|le|l'|d')[ \\t]?)*"
      + CAPWORD + "(?:[ \\t]+(?:" + CAPWORD + "|de|du|des|la|le))*?" + EU_CITY + "?");
  private static final Pattern NAME_FIRST = Pattern.compile(
      "(?<![\\p{L}])(?:(?:Rue|Avenue|Boulevard|Place|Via|Viale|Piazza|Corso|Calle|Avenida|Av\\."
      + "|Plaza|Paseo|Rua|Travessa|Largo|Carrer|Ulica|ul\\.)[ \\t]+(?:(?:de|del|della|di|do|da"
      + "|dos|das|la|los|las)[ \\t]+)*" + CAPWORD + "(?:[ \\t]+" + CAPWORD + "){0,2}"
      + "|\\p{Lu}[\\p{L}\\-]*(?i:stra(?:ss|ß)e|str\\.|weg|gasse|allee|platz|ring|damm|ufer"
      + "|straat|gracht|laan|plein|kade|vej|gade|gatan|gata|v[äa]gen|veien|tie|katu))"
      + ",?[ \\t]+\\d{1,4}[a-zA-Z]?(?![\\d])" + EU_CITY + "?");
  private static final Pattern PO_BOX = Pattern.compile(
      "(?<![\\p{L}])(?:P\\.?[ \\t]?O\\.?[ \\t]?Box|Post(?:al)?[ \\t]Office[ \\t]Box|Postfach"
      + "|Apartado)[ \\t]+\\d{1,7}");

  private static final int TYPE_WORD = 1;
  private static final int PREFIX_WORD = 2;
  private static final WordTable WORDS = words();
  private static final String[] COMPOUND_TAILS = {"straße", "strasse", "str", "weg", "gasse",
      "allee", "platz", "ring", "damm", "ufer", "straat", "gracht", "laan", "plein", "kade", "vej",
      "gade", "gatan", "gata", "vägen", "vagen", "veien", "katu", "tie"};

  private static WordTable words() {
    WordTable.Builder b = new WordTable.Builder();
    for (String w : ("street st avenue ave av road rd lane ln boulevard blvd drive dr court ct way"
        + " place pl terrace ter circle cir parkway pkwy highway hwy square sq trail trl crescent"
        + " cres close grove gardens row mews alley plaza loop pike walk hill green park broadway"
        + " box").split(" ")) {
      b.add(w, TYPE_WORD);
    }
    for (String w : ("rue avenue boulevard bd place chemin allée allee impasse quai cours route"
        + " via viale piazza corso calle avenida paseo plaza rua travessa largo carrer ulica ul"
        + " postfach apartado").split(" ")) {
      b.add(w, PREFIX_WORD);
    }
    return b.build();
  }

  @Override
  public String name() {
    return NAME_ID;
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    if (!hasDigit(text)) {
      return out;
    }
    // Anchor on street words; the patterns run only in a window around each one.
    int n = text.length();
    int done = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!isLetter(c) || i > 0 && isLetter(text.charAt(i - 1))) {
        continue;
      }
      int e = i + 1;
      while (e < n && isLetter(text.charAt(e))) {
        e++;
      }
      int f = WORDS.get(text, i, e);
      boolean type = (f & TYPE_WORD) != 0 && Character.isUpperCase(c);
      boolean prefix = (f & PREFIX_WORD) != 0;
      boolean compound = f == 0 && e - i > 4 && Character.isUpperCase(c) && compound(text, e);
      if (type || prefix || compound) {
        int from = Math.max(done, Math.max(0, i - 64));
        int to = Math.min(n, e + 96);
        // House numbers precede English and French streets and follow the others.
        boolean numberBefore = hasDigit(text, from, i);
        boolean numberAfter = hasDigit(text, e, to);
        if (type && numberBefore) {
          find(ENGLISH, text, from, to, i, out, 0.8);
        }
        if (type && numberAfter) {
          find(PO_BOX, text, from, to, i, out, 0.75);
        }
        if (prefix && numberBefore) {
          find(ROMANCE_NUMBER_FIRST, text, from, to, i, out, 0.8);
        }
        if ((prefix || compound) && numberAfter) {
          find(NAME_FIRST, text, Math.max(done, i), to, i, out, 0.75);
        }
        for (Span s : out) {
          done = Math.max(done, s.end());
        }
      }
      i = e - 1;
    }
    return out;
  }

  /** Adds matches in [from, to) that contain the anchor word starting at {@code anchor}. */
  private static void find(Pattern p, String text, int from, int to, int anchor, List<Span> out,
      double base) {
    if (from >= to) {
      return;
    }
    Matcher m = p.matcher(text).region(from, to).useTransparentBounds(true)
        .useAnchoringBounds(false);
    while (m.find()) {
      int s = m.start();
      int e = trimEnd(text, s, m.end());
      if (s > anchor || e <= anchor) {
        continue;
      }
      boolean overlaps = false;
      for (Span o : out) {
        overlaps |= o.start() < e && s < o.end();
      }
      if (!overlaps && !yearInProse(text, s)) {
        // A city, state or postcode after the street makes it near certain.
        int comma = text.indexOf(',', s);
        double score = comma >= 0 && comma < e ? 0.9 : base;
        out.add(new Span(Entities.STREET_ADDRESS, s, e, score, NAME_ID));
      }
    }
  }

  /** German, Dutch and Nordic compounds: Hauptstraße, Keizersgracht, Storgatan. */
  private static boolean compound(String text, int e) {
    for (String t : COMPOUND_TAILS) {
      int b = e - t.length();
      if (b > 0 && text.regionMatches(true, b, t, 0, t.length())) {
        return true;
      }
    }
    return false;
  }

  /** "In 2019 Park Avenue was busy": a year after a preposition is not a house number. */
  private static boolean yearInProse(String text, int s) {
    if (s + 4 > text.length() || !(text.startsWith("19", s) || text.startsWith("20", s))
        || s + 4 < text.length() && Character.isDigit(text.charAt(s + 4))) {
      return false;
    }
    int e = s;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    String w = text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
    return switch (w) {
      case "in", "since", "by", "until", "of", "from", "before", "after", "during", "year" -> true;
      default -> false;
    };
  }

  private static int trimEnd(String text, int s, int e) {
    while (e > s && (text.charAt(e - 1) == ',' || text.charAt(e - 1) == ' ')) {
      e--;
    }
    return e;
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  private static boolean hasDigit(String text) {
    return hasDigit(text, 0, text.length());
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
