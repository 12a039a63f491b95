package dev.veil.detect.names;

import static dev.veil.detect.names.NameLexicon.CUE_GREETING;
import static dev.veil.detect.names.NameLexicon.CUE_WEAK;
import static dev.veil.detect.names.NameLexicon.MONTH;
import static dev.veil.detect.names.NameLexicon.NAME;
import static dev.veil.detect.names.NameLexicon.ORG;
import static dev.veil.detect.names.NameLexicon.PARTICLE;
import static dev.veil.detect.names.NameLexicon.PLACE;
import static dev.veil.detect.names.NameLexicon.STOP;
import static dev.veil.detect.names.NameLexicon.STREET;
import static dev.veil.detect.names.NameLexicon.TECH;
import static dev.veil.detect.names.NameLexicon.TITLE;
import static dev.veil.detect.names.NameLexicon.TITLE_WORD;
import static dev.veil.detect.names.NameLexicon.WORD;

/**
 * Tells whether the capitalised word at a position is <em>plain</em>: a common word that no
 * {@link PersonDetector} rule can start anything with ("The", "Please", "Customer" opening a
 * sentence), judged from the word, its separators and the next word alone. Visiting a plain word
 * as a run start outputs nothing and changes no state, so the detector skips it and the tokeniser
 * keeps no margin for it ({@link Tokens#nearNameMarks}); where a plain word is the neighbour of
 * another capital, that capital's own margin keeps it as context. Stateless.
 *
 * <p>Why a plain word {@code W} at run start is a no-op, rule by rule:
 * <ul>
 *   <li>It is a whole token {@code [A-Z][a-z]+} (no char before it that a word could hold, none
 *       after that could continue it), so its shape is {@link Tokens#CAP}: not an initial, not
 *       possessive.
 *   <li>Its run is {@code W} alone: it is not a title (so no {@code "Dr. X"} join), and the next
 *       token either is not joined to it (the separator is not one to three spaces, tabs or
 *       no-break spaces) or is a lower-case ASCII word that is not a particle (it is longer than
 *       any particle, or a whole word that the lexicon does not list as one), which neither
 *       extends a run nor is capable of starting one.
 *   <li>The leading loop of {@code analyse} consumes {@code W} whatever the cue: its flags make
 *       it a stop word, an ordinary word (no name flag), a title word, a greeting, or a weak cue
 *       or particle with no name flag. So the run ends with no span and the visit returns the
 *       token after {@code W}, which skips no later capital.
 *   <li>No colon separates it from the previous word, so it cannot open a header line ({@code
 *       To: ...}) whose list separators upgrade later cues.
 * </ul>
 */
final class PlainCapital {
  /** Flags that make a capitalised non-name an ordinary word or a stop word to the detector. */
  private static final int WORDLIKE =
      WORD | PLACE | TECH | MONTH | ORG | STREET | TITLE_WORD | CUE_GREETING;

  private PlainCapital() {}

  /** Whether the upper-case ASCII char at {@code p} starts a plain word (see the class doc). */
  static boolean at(String s, int p, NameLexicon lex) {
    int n = s.length();
    if (p > 0 && !boundary(s.charAt(p - 1))) {
      return false;
    }
    if ((char) (s.charAt(p) - 'A') >= 26) {
      return false;
    }
    int q = lowerRun(s, p + 1, n);
    if (q == p + 1 || q < n && !boundary(s.charAt(q))) {
      return false;
    }
    for (int k = p - 1; k >= 0; k--) {
      char c = s.charAt(k);
      if (WordReader.isLetter(c)) {
        break;
      }
      if (c == ':') {
        return false;
      }
    }
    int r = q;
    while (r < n && r - q < 4 && space(s.charAt(r))) {
      r++;
    }
    if (r > q && r - q <= 3 && r < n && WordReader.isLetter(s.charAt(r))) {
      // Joined to the next word: only a lower-case ASCII word that is not a particle is safe.
      if ((char) (s.charAt(r) - 'a') >= 26) {
        return false;
      }
      int e = lowerRun(s, r + 1, r + NameLexicon.LONGEST_PARTICLE + 1);
      if (e - r <= NameLexicon.LONGEST_PARTICLE && (e < n && !boundary(s.charAt(e))
          || (lex.wordFlags(s, r, e) & PARTICLE) != 0)) {
        return false; // a longer word is no particle, whatever follows its first letters
      }
    }
    int f = lex.wordFlags(s, p, q);
    if ((f & TITLE) != 0) {
      return false;
    }
    return (f & STOP) != 0
        || (f & NAME) == 0 && (f & (WORDLIKE | CUE_WEAK | PARTICLE)) != 0
        || (f & (TITLE_WORD | CUE_GREETING)) != 0;
  }

  /** End of the lower-case ASCII letters from {@code from}, looking no further than {@code max}. */
  private static int lowerRun(String s, int from, int max) {
    int i = from;
    int to = Math.min(max, s.length());
    while (i < to && (char) (s.charAt(i) - 'a') < 26) {
      i++;
    }
    return i;
  }

  /**
   * A char that no word holds or continues through: an ASCII char that is not a letter, quote or
   * hyphen, or a no-break space.
   */
  private static boolean boundary(char c) {
    return c < 128 ? (char) ((c | 0x20) - 'a') >= 26 && c != '\'' && c != '-' : c == '\u00A0';
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }
}
