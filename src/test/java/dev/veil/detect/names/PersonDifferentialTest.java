package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        "Ludwig van Beethoven", "Ludwig van", "van Beethoven", "de la Cruz", "Ana de la Cruz-Ortiz")) {
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
    Tokens b = Tokens.of(text, LEX);
    assertEquals(a.size(), b.size(), "token count");
    // Read flags in a random-ish order: lazy lookups must not depend on order.
    for (int k = 0; k < a.size(); k++) {
      int i = (k * 7 + 3) % a.size();
      assertEquals(a.start(i), b.start(i), "start");
      assertEquals(a.end(i), b.end(i), "end");
      assertEquals(a.shape(i), b.shape(i) & ~(Tokens.NEWLINE_BEFORE | Tokens.HEADING), "shape");
      assertEquals(a.flags(i), b.flags(i), "flags");
      assertEquals(a.flags(i), b.flags(i), "flags, second read");
      if (i > 0) {
        boolean nl = text.substring(a.end(i - 1), a.start(i)).indexOf('\n') >= 0;
        assertEquals(nl, (b.shape(i) & Tokens.NEWLINE_BEFORE) != 0, "newline mark");
      }
    }
    boolean[] heading = LegacyPersonHeading.lines(a);
    List<Integer> capitals = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      assertEquals(heading[i], b.shaped(i, Tokens.HEADING), "heading line");
      if (a.shaped(i, Tokens.CAP | Tokens.UPPER | Tokens.INITIAL) && !a.shaped(i, Tokens.GLUED)) {
        capitals.add(i);
      }
    }
    assertEquals(capitals.size(), b.capitals(), "capitals");
    for (int k = 0; k < capitals.size(); k++) {
      assertEquals(capitals.get(k), b.capital(k), "capital");
    }
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
