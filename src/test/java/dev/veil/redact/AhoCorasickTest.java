package dev.veil.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import dev.veil.testing.Gen;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

  private static List<String> matches(AhoCorasick ac, String text, List<String> terms) {
    List<String> out = new ArrayList<>();
    ac.search(text, (t, s, e) -> out.add(terms.get(t) + "@" + s));
    return out;
  }

  @Test
  void findsOverlappingAndNestedTerms() {
    List<String> terms = List.of("he", "she", "his", "hers");
    assertEquals(List.of("she@1", "he@2", "hers@2"), matches(new AhoCorasick(terms, false), "ushers", terms));
  }

  @Test
  void foldsCaseWithoutMovingOffsets() {
    List<String> terms = List.of("straße", "ÉCOLE");
    assertEquals(List.of("straße@4", "straße@11", "ÉCOLE@18"), matches(new AhoCorasick(terms, true), "die STRASSE straße école".replace("STRASSE", "STRAßE"), terms));
  }

  @Test
  void exactModeIsCaseSensitive() {
    List<String> terms = List.of("Jane");
    assertEquals(List.of("Jane@6"), matches(new AhoCorasick(terms, false), "jane, Jane", terms));
  }

  /** Matches exactly what a naive indexOf scan finds, for random terms and texts over a tiny alphabet. */
  @Test
  void agreesWithNaiveSearch() {
    Gen.check("agreesWithNaiveSearch", 0xAC0L, 5000, r -> {
      List<String> terms = new ArrayList<>();
      for (int n = 1 + r.nextInt(6); n > 0; n--) {
        terms.add(ab(r, 1 + r.nextInt(4)));
      }
      assertAgreesWithNaiveSearch(terms, ab(r, Gen.length(r, 60)));
    });
  }

  /** A string of {@code n} chars over {a, b}; half of them all one letter, so matches overlap. */
  private static String ab(SplittableRandom r, int n) {
    int mode = r.nextInt(4);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(mode == 0 ? 'a' : mode == 1 ? 'b' : r.nextBoolean() ? 'a' : 'b');
    }
    return sb.toString();
  }

  private static void assertAgreesWithNaiveSearch(List<String> terms, String text) {
    List<String> naive = new ArrayList<>();
    for (int end = 1; end <= text.length(); end++) {
      for (int t = 0; t < terms.size(); t++) {
        String term = terms.get(t);
        if (end >= term.length() && text.startsWith(term, end - term.length())) {
          naive.add(t + "@" + (end - term.length()));
        }
      }
    }
    List<String> found = new ArrayList<>();
    new AhoCorasick(terms, false).search(text, (t, s, e) -> found.add(t + "@" + s));
    naive.sort(null);
    found.sort(null);
    assertEquals(naive, found, () -> "terms " + terms + " text " + text);
  }
}
