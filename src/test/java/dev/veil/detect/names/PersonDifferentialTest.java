package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.detect.Span;
import dev.veil.testing.Gen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The one-pass person detector finds exactly what the original did: same spans, same scores, on
 * seeded random texts built from names, cues, look-alikes and separators, on arbitrary text, and
 * on every labelled text we have. The tokens themselves agree too (offsets, shapes, flags), and
 * the newline marks the tokeniser records agree with the text.
 */
class PersonDifferentialTest {
  private static final NameLexicon LEX = NameLexicon.get();
  private static final PersonDetector FAST = new PersonDetector(LEX);
  private static final LegacyPersonDetector ORACLE = new LegacyPersonDetector(LEX);
  private static final List<String> LEXICON_WORDS = LEX.table().keys();

  private static final String[] NAMES = {
      "Jane", "Doe", "Maria", "Lopez", "Anna", "Kowalska", "Tom", "Hale", "Priya", "Sharma",
      "Björn", "Lindqvist", "Zoë", "Kravitz-Harper", "García-López", "O'Brien", "O’Brien",
      "D'Angelo", "McDonald", "MacArthur", "DeShawn", "LaToya", "VanDyke", "FitzGerald",
      "Jean-Luc", "al-Hassan", "Al-Rashid", "Nguyễn", "Nguye\u0302\u0303n", "Ørsted", "Łukasz",
      "Šťastný", "İlker", "Ömer", "Søren", "Dvořák", "Müller", "José", "Agnieszka", "Mohammed",
      "Richard", "Nixon", "Guido", "Rossum", "Ludwig", "Beethoven", "Emily", "Ahmed", "Wei",
      "Zhang", "JANE", "DOE", "M", "J", "R", "Li", "Ng", "Xi", "Ana", "Cruz-Ortiz", "Sean",
  };
  private static final String[] LOOK_ALIKES = {
      "Will", "May", "Grace", "Hope", "Mark", "Bill", "Paris", "Georgia", "Java", "Docker",
      "Julia", "Monday", "June", "Hospital", "University", "Street", "St", "San", "Fort", "New",
      "York", "Via", "Roma", "ACME", "NASA", "API", "JSON", "Using", "Jackson", "Annotations",
      "Spring", "Boot", "Wells", "Fargo", "Bank", "Lincoln", "Park", "Hello", "World", "Team",
      "Customer", "Happy", "The", "Quick", "Brown", "Fox", "Apple", "Inc", "Johns", "Hopkins",
      "Well-Known", "Co-Op", "iPhone", "eBay", "JohnSmith", "getUserName", "ǅ", "ﬁ", "Ǆemal",
  };
  private static final String[] CUES = {
      "Dear ", "Dear Dr. ", "Mr. ", "Mrs ", "Ms. ", "Dr ", "Prof. ", "Professor ", "Captain ",
      "my name is ", "My name is ", "names are ", "call me ", "named ", "called ", "I called ",
      "I am ", "I'm ", "i’m ", "im ", "this is ", "This is ", "thank you ", "Thank you, ",
      "Thanks, ", "Hi ", "Hi, ", "Hello ", "hey ", "my sister ", "her son ", "with ", "ask ",
      "cc ", "spoke with ", "From: ", "To: ", "Cc: ", "Patient: ", "Name: ", "name:", "By: ",
      "\n--\n", "\n—\n", "Best regards,\n", "Thanks,\n", "Cheers!\n", "Regards.\n", "Sincerely\n",
      "\nFrom: ", "\nTo: ", "Attn: ", "Author - ", "the ", "and ", ", ", "; ", " and ",
  };
  private static final String[] AFTER = {
      " said", " says", " wrote", " is", " was", " and", " who", "'s", "’s", "'S", ":", ": hi",
      " confirmed it", " Street", " Hospital", " University", " Inc.", " Bank", ".", "!", ",",
  };
  private static final String[] SEPARATORS = {
      " ", " ", " ", " ", ", ", ". ", ".\n", "\n", "\n\n", ":\n", " - ", "  ", "   ", "    ",
      "\t", "\u00A0", "_", "@", "/", "\\", "#", "$", "=", "(", ")", "1", "42", ".", "—", "'",
      "-", "’", "\r\n", ";", "? ", "! ", " & ", "\"", ".x", "x.",
  };

  @Test
  void randomTextsGiveTheSameSpans() {
    Gen.check("person fast = oracle", 0x5E1F0L, 4000, r -> same(text(r, 1 + r.nextInt(60))));
  }

  @Test
  void longTextsGiveTheSameSpans() {
    Gen.check("person fast = oracle (long)", 0x10A6L, 40, r -> same(text(r, 2000)));
  }

  /** Mostly lower-case prose with a rare name or cue: the stretches the tokeniser skips. */
  @Test
  void sparseTextsGiveTheSameSpans() {
    Gen.check("person fast = oracle (sparse)", 0x5BA25EL, 600, r -> {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + r.nextInt(400);
      int rare = 1 + r.nextInt(80);
      for (int p = 0; p < pieces; p++) {
        if (r.nextInt(rare) == 0) {
          sb.append(text(r, 1 + r.nextInt(4)));
        } else {
          String w = Gen.oneOf(r, LEXICON_WORDS);
          sb.append(r.nextInt(4) == 0 ? w : Gen.oneOf(r, "the", "of", "report", "please", "van",
              "is", "name", "customer", "order", "my", "and", "with", "said", "a", "i", "me"));
        }
        int sep = r.nextInt(40);
        sb.append(sep == 0 ? "\n" : sep == 1 ? ". " : sep == 2 ? ", " : sep == 3
            ? Gen.oneOf(r, SEPARATORS) : " ");
      }
      same(sb.toString());
    });
  }

  /**
   * Prose whose sentences open with a capital, as real prose does: capitalised common words (which
   * the tokeniser may skip, see {@link PlainCapital}) right before and after names, cues, colons,
   * particles and odd spacing.
   */
  @Test
  void capitalisedProseGivesTheSameSpans() {
    Gen.check("person fast = oracle (capitalised prose)", 0xCA91L, 1500,
        r -> same(capitalisedProse(r, 1 + r.nextInt(200))));
  }

  @Test
  void arbitraryTextGivesTheSameSpans() {
    Gen.check("person fast = oracle (any text)", 0xA11L, 3000, r -> same(Gen.anyText(r, 300)));
  }

  @Test
  void labelledSetsGiveTheSameSpans() throws IOException {
    for (String set : List.of("person-set.txt", "person-holdout.txt")) {
      for (LabelledSet.Case c : LabelledSet.load(set).cases()) {
        same(c.text());
      }
    }
  }

  /** Every record of the shared corpus (all entities: the look-alikes matter too), when present. */
  @Test
  void conformanceCorpusGivesTheSameSpans() throws IOException {
    Path corpus = Path.of("../shared/pii-conformance.jsonl");
    if (!Files.exists(corpus)) {
      return;
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(corpus)) {
      same(json.readTree(line).path("text").asText());
    }
  }

  @Test
  void edgeCases() {
    for (String s : List.of("", "a", "A", "Al", "Mr.", "Dr. X", "J. R. R. Tolkien", "'s", "A's",
        "Anna's", "Anna’s", "Anna's\n", "O'", "O'B", "-Anna", "Anna-", "Jean--Luc", "Jean-",
        "x\nJane Doe", "Jane\nDoe", "\n\n\nJane Doe\n", "Regards,\n\nJane Doe", "--\nJane Doe",
        "Hi\u00A0Jane", "Anna\u0301 Berg", "\u0301Anna Berg", "Ölaf Ünger", "ANNA BERG", "AnnaBerg",
        "Anna Berg2", "Anna Berg_", "@Anna Berg", "Anna.Berg", "Anna. Berg", "Mc Donald",
        "McDonald's", "Jane Doe's", "i'm Jane", "I’M Jane", "Thank you Jane", "thank you, Jane",
        "From: Jane Doe, Tom Hale and Anna Berg; Priya Sharma\nTo: Wei Zhang",
        "Using Jackson Annotations With Spring Boot\nJane Doe wrote it", "St. Mary's Hospital",
        "Ludwig van Beethoven", "Ludwig van", "van Beethoven", "de la Cruz", "Ana de la Cruz-Ortiz",
        // cue words matched ignoring case, non-ASCII look-alikes included (dotless i, long s,
        // Kelvin sign): the ASCII fast path of PersonCues.word must agree with regionMatches
        "my NAME IS Anna", "my name \u0131s Anna", "my name i\u017F Anna", "CALL ME Anna",
        "call m\u0130 Anna", "I AM Anna", "\u0131 am Anna", "I'M Anna", "I\u2019M Anna", "IM Anna",
        "than\u212A you Anna", "THANK YOU, Anna", "thi\u017F is Anna", "NAMED Anna",
        "Tom AND Anna Berg", "To: Tom Hale \u0430nd Anna Berg")) {
      same(s);
      same(s + " ");
      same(" " + s);
    }
  }

  private static void same(String text) {
    List<Span> want = ORACLE.detect(text);
    List<Span> got = FAST.detect(text);
    assertEquals(want, got, () -> "spans differ on a text of length " + text.length() + ": "
        + show(text));
    sameTokens(text);
  }

  private static void sameTokens(String text) {
    LegacyTokens a = LegacyTokens.of(text, LEX);
    boolean[] heading = LegacyPersonHeading.lines(a);
    Tokens b = Tokens.of(text, LEX);
    assertEquals(a.size(), b.size(), "token count");
    // Read in a scattered order: lazy flags and the heading memo must not depend on order.
    for (int k = 0; k < a.size(); k++) {
      int i = (k * 7 + 3) % a.size();
      sameToken(a, i, heading, b, i);
    }
    List<Integer> capitals = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (a.shaped(i, Tokens.CAP | Tokens.UPPER | Tokens.INITIAL) && !a.shaped(i, Tokens.GLUED)) {
        capitals.add(i);
      }
    }
    assertEquals(capitals, capitalList(b), "capitals");

    // Near capitals: a subsequence of the same tokens that keeps every token within the margins
    // of a token starting with a mark (upper case or non-ASCII), and all capitals.
    Tokens c = Tokens.nearCapitals(text, LEX);
    int[] at = new int[a.size()];
    java.util.Arrays.fill(at, -1);
    int j = 0;
    for (int i = 0; i < c.size(); i++) {
      while (j < a.size() && a.start(j) < c.start(i)) {
        j++;
      }
      assertEquals(a.start(j), c.start(i), "kept token is a token");
      at[j] = i;
      sameToken(a, j, heading, c, i);
    }
    for (int g = 0; g < a.size(); g++) {
      char first = text.charAt(a.start(g));
      if (first >= 128 || first >= 'A' && first <= 'Z') {
        for (int m = Math.max(0, g - Tokens.BEFORE); m <= Math.min(a.size() - 1, g + Tokens.AFTER);
            m++) {
          if (m > 0 && at[m - 1] >= 0 && at[m] >= 0) {
            assertEquals(at[m - 1] + 1, at[m], "no hole inside a margin");
          }
          assertTrue(at[m] >= 0, "token within a margin kept");
        }
      }
    }
    List<Integer> keptCapitals = new ArrayList<>();
    for (int g : capitals) {
      keptCapitals.add(at[g]);
    }
    assertEquals(keptCapitals, capitalList(c), "capitals near capitals");
  }

  private static void sameToken(LegacyTokens a, int i, boolean[] heading, Tokens b, int k) {
    assertEquals(a.start(i), b.start(k), "start");
    assertEquals(a.end(i), b.end(k), "end");
    assertEquals(a.shape(i), b.shape(k), "shape");
    assertEquals(a.flags(i), b.flags(k), "flags");
    assertEquals(a.flags(i), b.flags(k), "flags, second read");
    assertEquals(heading[i], b.heading(k), "heading line");
  }

  private static List<Integer> capitalList(Tokens t) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < t.capitals(); k++) {
      out.add(t.capital(k));
    }
    return out;
  }

  /** A random text of {@code pieces} pieces: names, cues, look-alikes, prose and separators. */
  static String text(SplittableRandom r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < pieces; p++) {
      switch (r.nextInt(10)) {
        case 0, 1 -> sb.append(Gen.oneOf(r, NAMES));
        case 2 -> sb.append(Gen.oneOf(r, NAMES)).append(' ').append(Gen.oneOf(r, NAMES));
        case 3 -> sb.append(Gen.oneOf(r, CUES));
        case 4 -> sb.append(Gen.oneOf(r, LOOK_ALIKES));
        case 5 -> sb.append(Gen.oneOf(r, AFTER));
        case 6 -> sb.append(cased(r, Gen.oneOf(r, LEXICON_WORDS)));
        case 7 -> sb.append(Gen.oneOf(r, SEPARATORS));
        default -> sb.append(Gen.oneOf(r, "the", "of", "and", "report", "please", "van", "de",
            "la", "bin", "y", "st", "is", "name", "me", "i", "am", "you", "customer", "order"));
      }
      if (r.nextInt(3) > 0) {
        sb.append(r.nextInt(8) == 0 ? Gen.oneOf(r, SEPARATORS) : " ");
      }
    }
    return sb.toString();
  }

  private static final String[] PROSE = {
      "the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "with", "was", "please",
      "customer", "order", "report", "latency", "review", "patient", "name", "dear", "professor",
      "captain", "hi", "thanks", "regards", "van", "de", "bin", "san", "st", "street", "new",
      "university", "may", "will", "grace", "said", "called", "my", "this", "thank", "you", "from",
      "cc", "ask", "mr", "dr", "monday", "june", "java", "paris", "hospital", "inc", "sister",
  };

  /**
   * {@code pieces} words of prose, mostly common words, capitalised at sentence starts and now
   * and then elsewhere, with a short {@link #text} (names, cues, look-alikes) here and there.
   */
  static String capitalisedProse(SplittableRandom r, int pieces) {
    StringBuilder sb = new StringBuilder();
    int rare = 1 + r.nextInt(40);
    boolean start = true;
    for (int p = 0; p < pieces; p++) {
      if (r.nextInt(rare) == 0) {
        sb.append(text(r, 1 + r.nextInt(4)));
      } else {
        String w = r.nextInt(4) == 0 ? Gen.oneOf(r, LEXICON_WORDS) : Gen.oneOf(r, PROSE);
        boolean cap = start || r.nextInt(10) == 0;
        sb.append(cap && !w.isEmpty() ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      }
      int sep = r.nextInt(12);
      start = sep < 3;
      sb.append(switch (sep) {
        case 0 -> ". ";
        case 1 -> ".\n";
        case 2 -> Gen.oneOf(r, ": ", "? ", "! ", ":\n", ".  ", ". \u00A0", ".\t", "; ", "\n\n",
            ":", ".", ".\r\n", "\n--\n", ",\n", ". 'x", ". (");
        case 3 -> Gen.oneOf(r, SEPARATORS);
        case 4 -> Gen.oneOf(r, "  ", "   ", "    ", "\t", "\u00A0", " van ", " de ", " y ",
            " st ", "'s ", "’s ", "-", "'", " i", "x ", "\u0301 ", "é ");
        default -> " ";
      });
    }
    return sb.toString();
  }

  private static String cased(SplittableRandom r, String w) {
    return switch (r.nextInt(4)) {
      case 0 -> w.toUpperCase(java.util.Locale.ROOT);
      case 1, 2 -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
      default -> w;
    };
  }

  /** Test output only: the generated text (it is synthetic, never user content). */
  private static String show(String text) {
    return text.replace("\n", "\\n");
  }
}
