package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tokeniser's fast paths: skipping prose far from capitals, lazy flags, heading lines. */
class TokensTest {
  private static final NameLexicon LEX = NameLexicon.get();

  private static String prose(int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i % 2 == 0 ? "report " : "the ");
    }
    return sb.toString();
  }

  private static List<Integer> starts(Tokens t) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.start(i));
    }
    return out;
  }

  @Test
  void textWithoutMarksKeepsNoToken() {
    assertEquals(0, Tokens.nearCapitals(prose(500), LEX).size());
    assertEquals(0, Tokens.nearCapitals("", LEX).size());
    assertEquals(0, Tokens.nearCapitals("1234 -- ,,, ..", LEX).size());
    assertEquals(500, Tokens.of(prose(500), LEX).size());
  }

  /**
   * A mark is any upper-case ASCII or non-ASCII char, wherever it is: the {@value Tokens#BEFORE}
   * tokens that start before it, the token it is in or before and {@value Tokens#AFTER} more are
   * kept (with the first token of the text, read before any skip).
   */
  @ParameterizedTest
  @ValueSource(strings = {"Anna", "ANNA", "A.", "anna’s", "café", "getUserName", "x — y", "«", "İ"})
  void eachMarkKeepsTheTokensAroundIt(String middle) {
    String text = prose(100) + middle + " " + prose(100);
    Tokens all = Tokens.of(text, LEX);
    int mark = text.length() - 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128 || c >= 'A' && c <= 'Z') {
        mark = i;
        break;
      }
    }
    int g = 0;
    while (all.end(g) <= mark) {
      g++;
    }
    int before = all.start(g) < mark ? g + 1 : g; // tokens starting before the mark
    List<Integer> want = new ArrayList<>();
    want.add(all.start(0));
    for (int i = before - Tokens.BEFORE; i <= g + Tokens.AFTER; i++) {
      if (i >= 0 && !want.contains(all.start(i))) {
        want.add(all.start(i));
      }
    }
    assertEquals(want, starts(Tokens.nearCapitals(text, LEX)));
  }

  @Test
  void aCapitalNearTheEndKeepsTheEnd() {
    String text = prose(100) + "Anna Berg " + prose(3);
    Tokens t = Tokens.nearCapitals(text, LEX);
    assertEquals(text.lastIndexOf("report"), t.start(t.size() - 1));
    assertEquals(2, t.capitals());
    assertEquals(text.indexOf("Anna"), t.start(t.capital(0)));
    assertEquals(text.indexOf("Berg"), t.start(t.capital(1)));
  }

  @Test
  void capitalsSkipGluedWordsAndKeepInitials() {
    Tokens t = Tokens.of("see John_Smith and J. Doe or id42Anna", LEX);
    List<String> caps = new ArrayList<>();
    for (int k = 0; k < t.capitals(); k++) {
      caps.add(t.text().substring(t.start(t.capital(k)), t.end(t.capital(k))));
    }
    assertEquals(List.of("J", "Doe"), caps);
  }

  @Test
  void flagsAreLookedUpOnDemandAndHyphenatedWordsByTheirParts() {
    String text = "Jean-Luc met Well-Known Xq-Zv people of Cruz-Ortiz and al-Hassan re-run it";
    Tokens t = Tokens.of(text, LEX);
    LegacyTokens old = LegacyTokens.of(text, LEX);
    assertTrue((t.flags(0) & NameLexicon.NAME) != 0, "Jean-Luc");
    assertEquals(0, t.flags(3), "Xq-Zv");
    for (int i = t.size() - 1; i >= 0; i--) {
      assertEquals(old.flags(i), t.flags(i), "token " + i);
      assertEquals(old.flags(i), t.flags(i), "token " + i + ", again");
    }
  }

  @Test
  void headingLinesAreReadOnDemandInAnyOrder() {
    String text = "Using Jackson Annotations With Spring\nJane Doe wrote the guide\nA B C\nPlain";
    Tokens t = Tokens.of(text, LEX);
    boolean[] want = LegacyPersonHeading.lines(LegacyTokens.of(text, LEX));
    for (int i = t.size() - 1; i >= 0; i--) {
      assertEquals(want[i], t.heading(i), "token " + i);
    }
    for (int i = 0; i < t.size(); i++) {
      assertEquals(want[i], t.heading(i), "token " + i);
    }
    assertTrue(t.heading(0));
    assertFalse(t.heading(5));
  }
}
