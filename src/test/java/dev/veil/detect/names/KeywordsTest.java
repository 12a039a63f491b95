package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.veil.testing.Gen;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeywordsTest {
  private static final String[] WORDS = {"dob", "d.o.b", "date of birth", "born", "born on", "né",
      "passport #", "mr#", "mrn", "emr", "patient id"};
  private final Keywords keywords = new Keywords(WORDS);

  @Test
  void matchesWholeWordsOnly() {
    assertArrayEquals(new int[] {3, 17}, keywords.ends("DOB 4mrn xmrn MRN: 1"));
    assertArrayEquals(new int[] {10, 16, 23}, keywords.ends("Passport #X, mr#Born On"));
    assertArrayEquals(new int[] {10}, keywords.ends("Né\u00e9 né2 né, 1né"));
  }

  private static final char[] KEYWORD_CHARS = {'d', 'o', 'b', 'r', 'n', 'm', 'e', 'p', 'a', 's', 't', 'i', 'D',
      'O', 'B', 'M', 'R', 'N', 'É', 'é', '.', '#', ' ', '-', '4', '_', 'x', '\u0130'};

  @Test
  void findsWhatTheCharByCharScanFinds() {
    Gen.check("keywords-chars", 0x6B657977L, 2000, r -> {
      String text = text(r, 40, KEYWORD_CHARS);
      assertArrayEquals(reference(text), keywords.ends(text), text);
    });
  }

  @Test
  void findsWhatTheCharByCharScanFindsInAnyText() {
    Gen.check("keywords-any", 0x616E7974L, 2000, r -> {
      StringBuilder sb = new StringBuilder();
      for (int k = Gen.length(r, 30); k > 0; k--) {
        sb.append((char) (' ' + r.nextInt('\u024f' - ' ' + 1)));
      }
      String text = sb.toString();
      assertArrayEquals(reference(text), keywords.ends(text), text);
    });
  }

  private static String text(SplittableRandom r, int max, char[] alphabet) {
    StringBuilder sb = new StringBuilder();
    for (int k = Gen.length(r, max); k > 0; k--) {
      sb.append(alphabet[r.nextInt(alphabet.length)]);
    }
    return sb.toString();
  }

  /** The plain scan: every letter not preceded by a letter or digit is tried, longest first. */
  private static int[] reference(String text) {
    String[] sorted = Arrays.stream(WORDS).map(w -> w.toLowerCase(java.util.Locale.ROOT))
        .sorted((x, y) -> y.length() - x.length()).toArray(String[]::new);
    int[] out = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      for (String k : sorted) {
        int e = i + k.length();
        if (e <= text.length() && text.regionMatches(true, i, k, 0, k.length())
            && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e))
            || !Character.isLetterOrDigit(k.charAt(k.length() - 1)))) {
          out[n++] = e;
          i = e - 1;
          break;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }
}
