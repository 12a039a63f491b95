package dev.veil.detect.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The word knowledge behind the name detector: one {@link WordTable} of flag bits built from the
 * generated gazetteer {@code names.tsv} (datafaker's locale name lists) and the hand-kept
 * {@code lexicon.txt} (function words, months, tech words, titles, cue words).
 *
 * <p>Loaded once; immutable and thread-safe afterwards. A missing resource fails loudly at
 * start-up (the detector must not silently run without its data).
 */
final class NameLexicon {
  static final int GIVEN = 1;
  static final int FAMILY = 1 << 1;
  /** An ordinary word as well (also a name or not): a capitalised one needs a second signal. */
  static final int WORD = 1 << 2;
  static final int PLACE = 1 << 3;
  /** Never part of a name: function words, weekdays, pronouns. */
  static final int STOP = 1 << 4;
  static final int TECH = 1 << 5;
  static final int MONTH = 1 << 6;
  /** Abbreviated honorific (Mr, Dr, Prof): whatever capitalised word follows is a name. */
  static final int TITLE = 1 << 7;
  /** Spelled-out honorific or role (Professor, Captain, Aunt): a strong cue, but a word too. */
  static final int TITLE_WORD = 1 << 8;
  static final int PARTICLE = 1 << 9;
  static final int CUE_GREETING = 1 << 10;
  static final int CUE_WEAK = 1 << 11;
  static final int CUE_AFTER = 1 << 12;
  static final int HEADER = 1 << 13;
  static final int SIGNOFF = 1 << 14;
  static final int ORG = 1 << 15;
  static final int PLACE_PREFIX = 1 << 16;
  static final int STREET = 1 << 17;
  /** After a name, weaker than {@link #CUE_AFTER}: "Anna is", "Anna and". */
  static final int CUE_AFTER_WEAK = 1 << 18;
  /** A relation before a name: "my sister Anna". */
  static final int RELATION = 1 << 19;

  /** A name token: given or family. */
  static final int NAME = GIVEN | FAMILY;

  private static final Set<String> PARTICLES = Set.of(
      "van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin",
      "ibn", "bint", "binti", "al", "el", "ter", "ten", "dos", "das", "do", "zu", "y", "af", "av",
      "dal", "des", "degli", "st");
  /**
   * Letters in the longest particle. Only {@link #PARTICLES} carry {@link #PARTICLE} and a lookup
   * keeps a word's length, so a longer word is never a particle.
   */
  static final int LONGEST_PARTICLE = PARTICLES.stream().mapToInt(String::length).max().orElse(0);

  private static final Map<String, Integer> SECTIONS = Map.ofEntries(
      Map.entry("word", WORD), Map.entry("place", PLACE), Map.entry("stop", STOP),
      Map.entry("tech", TECH | WORD), Map.entry("month", MONTH | WORD),
      Map.entry("title", TITLE), Map.entry("title-word", TITLE_WORD),
      Map.entry("greeting", CUE_GREETING), Map.entry("weak-cue", CUE_WEAK),
      Map.entry("after-cue", CUE_AFTER), Map.entry("after-weak", CUE_AFTER_WEAK),
      Map.entry("relation", RELATION), Map.entry("header", HEADER),
      Map.entry("signoff", SIGNOFF), Map.entry("org", ORG),
      Map.entry("place-prefix", PLACE_PREFIX), Map.entry("street", STREET),
      Map.entry("given", GIVEN), Map.entry("family", FAMILY));

  private final WordTable table;

  private NameLexicon(WordTable table) {
    this.table = table;
  }

  static NameLexicon get() {
    return Holder.DEFAULT;
  }

  /** Lazy holder: the generator uses {@link #isParticle} before the resources exist. */
  private static final class Holder {
    static final NameLexicon DEFAULT = load();
  }

  static boolean isParticle(String word) {
    return PARTICLES.contains(WordTable.fold(word));
  }

  int flags(String text, int start, int end) {
    return table.get(text, start, end);
  }

  /**
   * Flags of the word token {@code text[start, end)}: its own, or for a hyphenated word that is
   * not listed whole, from its parts: a name when a part is a name (Jean-Luc, Cruz-Ortiz,
   * al-Hassan), else an ordinary word when a part is one (Well-Known).
   */
  int wordFlags(String text, int start, int end) {
    int f = table.get(text, start, end);
    if (f != 0) {
      return f;
    }
    int names = 0;
    int words = 0;
    int from = start;
    boolean hyphen = false;
    for (int i = start; i <= end; i++) {
      if (i == end ? hyphen : text.charAt(i) == '-') {
        int g = table.get(text, from, i);
        names |= g & NAME;
        words |= g & (WORD | STOP | TECH);
        from = i + 1;
        hyphen = true;
      }
    }
    return names != 0 ? names : words != 0 ? WORD : 0;
  }

  int flags(String word) {
    return table.get(word);
  }

  WordTable table() {
    return table;
  }

  private static NameLexicon load() {
    WordTable.Builder b = new WordTable.Builder();
    for (String p : PARTICLES) {
      b.add(p, PARTICLE);
    }
    read("names.tsv", line -> {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalStateException("names.tsv: malformed line");
      }
      int f = 0;
      for (int i = tab + 1; i < line.length(); i++) {
        switch (line.charAt(i)) {
          case 'G' -> f |= GIVEN;
          case 'F' -> f |= FAMILY;
          case 'W' -> f |= WORD;
          case 'P' -> f |= PLACE;
          default -> throw new IllegalStateException("names.tsv: unknown flag");
        }
      }
      b.add(line.substring(0, tab), f);
    });
    read("lexicon.txt", line -> {
      int colon = line.indexOf(':');
      Integer f = colon < 0 ? null : SECTIONS.get(line.substring(0, colon).trim());
      if (f == null) {
        throw new IllegalStateException("lexicon.txt: unknown section");
      }
      for (String w : line.substring(colon + 1).trim().split("\\s+")) {
        b.add(w, f);
      }
    });
    return new NameLexicon(b.build());
  }

  private static void read(String resource, java.util.function.Consumer<String> sink) {
    try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          sink.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
