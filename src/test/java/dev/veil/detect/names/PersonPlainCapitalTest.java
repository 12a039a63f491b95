package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testing.Gen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain capitalised words ({@link PlainCapital}) and the tokens kept around the other marks
 * ({@link Tokens#nearNameMarks}): which words are plain, and that the kept tokens are the full
 * tokens, within the margins of every mark that is not a plain word.
 */
class PersonPlainCapitalTest {
  private static final NameLexicon LEX = NameLexicon.get();

  /** {@code |} marks the word asked about. */
  private static boolean plain(String marked) {
    int p = marked.indexOf('|');
    return PlainCapital.at(marked.substring(0, p) + marked.substring(p + 1), p, LEX);
  }

  @ParameterizedTest
  @ValueSource(strings = {"|The customer", "x. |The customer", "|Please review", "|Customer order",
      "|In the", "|With the", "x.\n|The order", "|The", "x |The.", "|The, Anna Berg",
      "|The\n\nAnna", "|The    Anna", "|The  report", "|The\treport", "|The\u00A0report",
      "|The 42", "(|The order", "\"|The order", "|The: Anna", "|Order #1", "x? |The end",
      "|The deglix", "|The customer's", "|The binding-x", "|The customerÉ"})
  void plainWords(String marked) {
    assertTrue(plain(marked), marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "|Anna said", "|Grace is", "|As the", "|Latency is", "|Mr Smith", "|Dr. Smith", "|Mrs the",
      "|The Anna", "|The van Beethoven", "|The de", "|The y", "|The degli", "|The della-x",
      "|The dé", "|The de's", "|The vanÉ", "|The ANNA", "|The élan",
      "|The O'Brien", "|The rest's", "|The x-ray", "|The iPhone", "|The's", "|The’s", "|The-Doe",
      "|Thé", "|The\u0301", "|T", "|TH", "|TheX", "x|The", "x'|The", "x-|The", "é|The",
      "\u0301|The", "Patient: |The", "To:\n|The", "x:|The", "x: \"|The", "x:\n--\n|The"})
  void notPlainWords(String marked) {
    assertFalse(plain(marked), marked);
  }

  /** Plain words skip the particle lookup for longer next words: no longer word is one. */
  @Test
  void noWordLongerThanTheLongestParticleIsAParticle() {
    for (String w : LEX.table().keys()) {
      if ((LEX.flags(w) & NameLexicon.PARTICLE) != 0) {
        assertTrue(w.length() <= NameLexicon.LONGEST_PARTICLE, "a particle too long");
      }
    }
    assertEquals(5, NameLexicon.LONGEST_PARTICLE);
  }

  @Test
  void capitalisedProseWithoutNamesKeepsNoToken() {
    String text = "The customer asked. Please review the order. In the report, the latency is "
        + "fine. With the update it works.\nThe end.";
    assertEquals(0, Tokens.nearNameMarks(text, LEX).size());
    assertEquals(0, new PersonDetector(LEX).detect(text).size());
  }

  @Test
  void keptTokensAreTheFullTokensAroundEveryMarkThatIsNotPlain() {
    Gen.check("near name marks", 0x9A1CL, 1500, r -> sameTokens(
        PersonDifferentialTest.capitalisedProse(r, 1 + r.nextInt(150))));
    Gen.check("near name marks (mixed)", 0x9A1DL, 1500, r -> sameTokens(
        PersonDifferentialTest.text(r, 1 + r.nextInt(60))));
  }

  private static void sameTokens(String text) {
    Tokens all = Tokens.of(text, LEX);
    Tokens c = Tokens.nearNameMarks(text, LEX);
    int[] at = new int[all.size()];
    Arrays.fill(at, -1);
    int j = 0;
    for (int i = 0; i < c.size(); i++) {
      while (j < all.size() && all.start(j) < c.start(i)) {
        j++;
      }
      assertEquals(all.start(j), c.start(i), "kept token is a token");
      assertEquals(all.end(j), c.end(i), "end");
      assertEquals(all.shape(j), c.shape(i), "shape");
      assertEquals(all.flags(j), c.flags(i), "flags");
      assertEquals(all.heading(j), c.heading(i), "heading line");
      at[j] = i;
    }
    for (int g = 0; g < all.size(); g++) {
      int b = all.start(g);
      char first = text.charAt(b);
      boolean mark = first >= 128 || first >= 'A' && first <= 'Z' && !PlainCapital.at(text, b, LEX);
      if (mark) {
        for (int m = Math.max(0, g - Tokens.BEFORE);
            m <= Math.min(all.size() - 1, g + Tokens.AFTER); m++) {
          assertTrue(at[m] >= 0, "token within a margin kept");
          if (m > 0 && at[m - 1] >= 0) {
            assertEquals(at[m - 1] + 1, at[m], "no hole inside a margin");
          }
        }
      }
    }
    List<Integer> want = new ArrayList<>();
    for (int k = 0; k < all.capitals(); k++) {
      if (at[all.capital(k)] >= 0) {
        want.add(at[all.capital(k)]);
      }
    }
    List<Integer> got = new ArrayList<>();
    for (int k = 0; k < c.capitals(); k++) {
      got.add(c.capital(k));
    }
    assertEquals(want, got, "kept capitals");
  }
}
