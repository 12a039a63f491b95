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

  /** Keywords that overlap: a scan that starts inside one finds another. */
  private static final String[] OVERLAPPING = {"ab cd", "cd ef", "b.cd", "cd", "ef#", "é f", "gh"};
  private static final char[] OVERLAP_CHARS = {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'A', 'C',
      'É', 'é', ' ', ' ', '.', '#', '1', '2', 'x', '\n', ',', '\u0130', '\u017f'};

  @Test
  void nearDigitsTheScanRestartsOnlyWhereTheFullScanLooks() {
    Keywords overlapping = new Keywords(OVERLAPPING);
    // The full scan finds "b.cd" (then "ef" is no keyword), so nothing ends two chars before
    // the "1"; a scan that started after the "." would find "cd ef" there instead.
    String dotted = "b.cd ef 1";
    assertArrayEquals(new int[] {4}, overlapping.ends(dotted));
    assertArrayEquals(new int[0], overlapping.endsNear(dotted, DigitBlocks.of(dotted), 2));
    assertArrayEquals(new int[] {4}, overlapping.endsNear(dotted, DigitBlocks.of(dotted), 5));
    // Same inside a multi-word keyword: "ab cd" is found, not "cd ef".
    String spaced = "ab cd ef 2";
    assertArrayEquals(new int[] {5}, overlapping.ends(spaced));
    assertArrayEquals(new int[0], overlapping.endsNear(spaced, DigitBlocks.of(spaced), 2));
  }

  @Test
  void nearDigitsTheScanGoesOnAfterAMatchThatRunsPastItsWindow() {
    // "İ" (U+0130) counts as a digit (its low byte is '0') and matches "i": the window before
    // it ends inside "xİ cd", and the next window must not start there and find "cd ef".
    Keywords keywords = new Keywords("xi cd", "cd ef");
    String text = "aaaaaaaaaaaaa x\u0130 cd ef 1";
    assertArrayEquals(new int[] {19}, keywords.ends(text));
    assertArrayEquals(new int[0], keywords.endsNear(text, DigitBlocks.of(text), 2));
    assertArrayEquals(new int[] {19}, keywords.endsNear(text, DigitBlocks.of(text), 5));
  }

  @Test
  void endsNearDigitsAreTheEndsFollowedByADigit() {
    Keywords overlapping = new Keywords(OVERLAPPING);
    KeywordsReference reference = new KeywordsReference(OVERLAPPING);
    Gen.check("keywords-near", 0x6E656172L, 4000, r -> {
      String text = text(r, 80, OVERLAP_CHARS);
      int within = 1 + r.nextInt(12);
      assertArrayEquals(near(reference.ends(text), text, within),
          overlapping.endsNear(text, DigitBlocks.of(text), within), text + " within " + within);
    });
  }

  @Test
  void realKeywordListsFindWhatTheOldScanFinds() {
    String[] all = ContextTexts.KEYWORDS.toArray(String[]::new);
    Keywords keywords = new Keywords(all);
    KeywordsReference reference = new KeywordsReference(all);
    Gen.check("keywords-real", 0x7265616CL, 3000, r -> {
      String text = ContextTexts.text(r, 30);
      int within = 1 + r.nextInt(80);
      int[] ends = reference.ends(text);
      assertArrayEquals(ends, keywords.ends(text), text);
      assertArrayEquals(near(ends, text, within),
          keywords.endsNear(text, DigitBlocks.of(text), within), text);
    });
  }

  /** The ends with a digit ({@link DigitBlocks}) in [e, e + within). */
  private static int[] near(int[] ends, String text, int within) {
    return Arrays.stream(ends).filter(e -> {
      for (int i = e; i < Math.min(text.length(), e + within); i++) {
        if ((text.charAt(i) & 0xFF) >= '0' && (text.charAt(i) & 0xFF) <= '9') {
          return true;
        }
      }
      return false;
    }).toArray();
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
