package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
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

  @Property(tries = 2000)
  void findsWhatTheCharByCharScanFinds(@ForAll @StringLength(max = 40)
      @Chars({'d', 'o', 'b', 'r', 'n', 'm', 'e', 'p', 'a', 's', 't', 'i', 'D', 'O', 'B', 'M', 'R',
          'N', 'É', 'é', '.', '#', ' ', '-', '4', '_', 'x', '\u0130'}) String text) {
    assertArrayEquals(reference(text), keywords.ends(text), text);
  }

  @Property(tries = 500)
  void findsWhatTheCharByCharScanFindsInAnyText(@ForAll @StringLength(max = 30)
      @CharRange(from = ' ', to = '\u024f') String text) {
    assertArrayEquals(reference(text), keywords.ends(text), text);
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
