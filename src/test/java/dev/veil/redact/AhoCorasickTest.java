package dev.veil.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
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
  @Property(tries = 200)
  void agreesWithNaiveSearch(
      @ForAll @Size(min = 1, max = 6) List<@StringLength(min = 1, max = 4) @AlphaChars String> raw,
      @ForAll @StringLength(max = 60) @AlphaChars String rawText) {
    List<String> terms = raw.stream().map(t -> t.toLowerCase().replaceAll("[^ab]", "a")).toList();
    String text = rawText.toLowerCase().replaceAll("[^ab]", "b");
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
    assertEquals(naive, found);
  }
}
