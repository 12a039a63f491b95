package dev.veil.detect.names;

import dev.veil.detect.Detector;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds street addresses ({@link Entities#STREET_ADDRESS}): a house number, a capitalised street
 * name and a street type (English "12 Baker Street", "1600 Pennsylvania Ave NW"; French and
 * Iberian "12 rue de la Paix", "Calle Mayor 5", "Via Roma 15"; German, Dutch and Nordic
 * compounds "Hauptstraße 12", "Keizersgracht 123"), with an optional unit and an optional
 * trailing city, state and postcode (US ZIP, UK postcode, 4-5 digit European codes), plus
 * PO boxes. A keyword prefilter skips texts without any street word. Pure and thread-safe.
 */
final class StreetAddressDetector implements Detector {
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

  private static final String[] TYPE_WORDS = ("street st avenue ave av road rd lane ln boulevard"
      + " blvd drive dr court ct way place pl terrace ter circle cir parkway pkwy highway hwy square"
      + " sq trail trl crescent cres close grove gardens row mews alley plaza loop pike walk hill"
      + " green park broadway box").split(" ");
  private static final String[] PREFIX_WORDS = ("rue avenue boulevard bd place chemin allée allee"
      + " impasse quai cours route via viale piazza corso calle avenida paseo plaza rua travessa"
      + " largo carrer ulica ul postfach apartado").split(" ");

  private static final int TYPE_WORD = 1;
  private static final int PREFIX_WORD = 2;
  private static final WordTable WORDS = words();
  private static final String[] COMPOUND_TAILS = {"straße", "strasse", "str", "weg", "gasse",
      "allee", "platz", "ring", "damm", "ufer", "straat", "gracht", "laan", "plein", "kade", "vej",
      "gade", "gatan", "gata", "vägen", "vagen", "veien", "katu", "tie"};

  private static WordTable words() {
    WordTable.Builder b = new WordTable.Builder();
    for (String w : TYPE_WORDS) {
      b.add(w, TYPE_WORD);
    }
    for (String w : PREFIX_WORDS) {
      b.add(w, PREFIX_WORD);
    }
    return b.build();
  }

  /**
   * For ASCII chars {@code c} and {@code d} starting a word, at {@code c << 7 | d}: whether the
   * word may be an anchor. A street type and a compound start with a capital; a lowercase word
   * must be a prefix word, so its first two chars must start one.
   */
  private static final boolean[] ANCHOR_START = new boolean[128 * 128];

  static {
    for (char c = 0; c < 128; c++) {
      for (char d = 0; d < 128; d++) {
        boolean anchor = c >= 'A' && c <= 'Z';
        for (String w : PREFIX_WORDS) {
          anchor |= c >= 'a' && c <= 'z' && w.charAt(0) == c
              && w.charAt(1) == Character.toLowerCase(d);
        }
        ANCHOR_START[c << 7 | d] = anchor;
      }
    }
  }

  @Override
  public String name() {
    return NAME_ID;
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    DigitBlocks digits = DigitBlocks.of(text);
    // Anchor on street words with a digit in the 64 chars before them or the 96 after them
    // (see numberBefore and numberAfter): only the words near digits are looked at.
    TextWindow window = digits.count() == 0 ? null : new TextWindow();
    int next = 0;
    for (int g = 0; g < digits.count(); g++) {
      // For a digit d: words ending in (d - 96, d] have it after them, words starting in
      // (d, d + 64] before them.
      int from = Math.max(0, digits.first(g) - 96);
      if (from > next) {
        while (from > next && isLetter(text.charAt(from - 1))) {
          from--;
        }
        next = from;
      }
      next = scan(text, next, Math.min(text.length(), digits.last(g) + 65), window, out);
    }
    return out;
  }

  /**
   * Looks at every word starting in {@code [from, to)} that may be an anchor, and returns the
   * position after the last word looked at, or {@code to}.
   */
  private static int scan(String text, int from, int to, TextWindow window, List<Span> out) {
    if (from >= to) {
      return from;
    }
    int n = text.length();
    int off = from - 1; // b[x] is text[off + x]
    char[] b = window.load(text, from, to, 1);
    int i = from;
    while ((i = nextStart(b, i - off, to - off) + off) < to) {
      if (!isLetter(b[i - off]) || isLetter(b[i - off - 1])) {
        i++;
        continue;
      }
      int e = i + 1;
      while (e < n && isLetter(text.charAt(e))) {
        e++;
      }
      anchor(text, i, e, out);
      i = e;
    }
    return i;
  }

  /**
   * The first {@code x} in {@code [from, to)} where {@code b[x - 1 .. x + 1]} are not all ASCII
   * or a word that may be an anchor starts; {@code max(from, to)} when there is none.
   */
  private static int nextStart(char[] b, int from, int to) {
    if (from >= to) {
      return from; // a word ran past to
    }
    // Each char is read once: the three of position x slide along.
    char c = b[from - 1];
    char d = b[from];
    for (int x = from; x < to; x++) {
      char p = c;
      c = d;
      d = b[x + 1];
      if ((p | c | d) >= 128 || ANCHOR_START[c << 7 | d] && !isLetter(p)) {
        return x;
      }
    }
    return to;
  }

  /** Runs the patterns around the word {@code text[i, e)} if it is a street word. */
  private static void anchor(String text, int i, int e, List<Span> out) {
    int n = text.length();
    char c = text.charAt(i);
    int f = WORDS.get(text, i, e);
    boolean type = (f & TYPE_WORD) != 0 && Character.isUpperCase(c);
    boolean prefix = (f & PREFIX_WORD) != 0;
    boolean compound = f == 0 && e - i > 4 && Character.isUpperCase(c) && compound(text, e);
    if (type || prefix || compound) {
      int done = 0;
      for (Span s : out) {
        done = Math.max(done, s.end());
      }
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
    }
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
