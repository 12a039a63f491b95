package dev.veil.detect.names;

import static dev.veil.detect.names.NameLexicon.CUE_GREETING;
import static dev.veil.detect.names.NameLexicon.CUE_WEAK;
import static dev.veil.detect.names.NameLexicon.FAMILY;
import static dev.veil.detect.names.NameLexicon.GIVEN;
import static dev.veil.detect.names.NameLexicon.MONTH;
import static dev.veil.detect.names.NameLexicon.NAME;
import static dev.veil.detect.names.NameLexicon.ORG;
import static dev.veil.detect.names.NameLexicon.PARTICLE;
import static dev.veil.detect.names.NameLexicon.PLACE;
import static dev.veil.detect.names.NameLexicon.PLACE_PREFIX;
import static dev.veil.detect.names.NameLexicon.STOP;
import static dev.veil.detect.names.NameLexicon.STREET;
import static dev.veil.detect.names.NameLexicon.TECH;
import static dev.veil.detect.names.NameLexicon.TITLE;
import static dev.veil.detect.names.NameLexicon.TITLE_WORD;
import static dev.veil.detect.names.NameLexicon.WORD;
import static dev.veil.detect.names.PersonCues.MEDIUM;
import static dev.veil.detect.names.PersonCues.NONE;
import static dev.veil.detect.names.PersonCues.STRONG;
import static dev.veil.detect.names.PersonCues.WEAK;

import dev.veil.detect.Detector;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds personal names ({@link Entities#PERSON}) by capitalisation, a multi-cultural gazetteer of
 * given and family names, and context cues (titles, greetings, header fields, sign-offs).
 *
 * <p>A run of capitalised tokens is a name when it starts with a known given name followed by
 * another capitalised word, or when a cue announces it. Tokens that are also ordinary words
 * ("Will", "May", "Grace"), places or product names need a second signal; a lone given name needs
 * a cue. Spans exclude titles and possessive endings. Pure and thread-safe.
 */
final class PersonDetector implements Detector {
  static final String NAME_ID = "person";
  /** Spans scoring below this are not reported at all. */
  static final double MIN_SCORE = 0.5;
  private static final int MAX_NAME_TOKENS = 4;
  /** Cue level above {@link PersonCues#STRONG}: an abbreviated title, which makes any word a name. */
  private static final int TITLE_CUE = STRONG + 1;

  private final NameLexicon lex;

  PersonDetector(NameLexicon lex) {
    this.lex = lex;
  }

  @Override
  public String name() {
    return NAME_ID;
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    if (text.length() < 2) {
      return out;
    }
    Tokens t = Tokens.nearNameMarks(text, lex);
    int headerLineEnd = -1;
    int i = 0;
    // Only capitalised tokens can start a run: visit those, in order, from token i on.
    for (int c = 0; c < t.capitals(); c++) {
      if (t.capital(c) < i) {
        continue;
      }
      i = t.capital(c);
      if (!capable(t, i) || PlainCapital.at(text, t.start(i), lex)) {
        continue; // a plain word's visit finds nothing and changes nothing (see PlainCapital)
      }
      int e = runEnd(t, i);
      int cue = PersonCues.before(t, i);
      if (cue == STRONG && i > 0 && PersonCues.has(text, t.end(i - 1), t.start(i), ':')) {
        headerLineEnd = lineEnd(text, t.start(i));
      } else if (cue < MEDIUM && t.start(i) < headerLineEnd && listSeparator(t, i)) {
        cue = MEDIUM; // "To: Anna Berg, Tom Hale"
      }
      i = Math.max(i + 1, analyse(t, i, e, cue, out));
    }
    return out;
  }

  /** Returns the token index to continue from. */
  private int analyse(Tokens t, int s, int e, int cue, List<Span> out) {
    int k = s;
    // Leading titles, greetings and ordinary words are context, not name.
    while (k < e) {
      int f = t.flags(k);
      int c = cls(t, k, cue);
      if ((f & TITLE) != 0 && t.shaped(k, Tokens.CAP | Tokens.UPPER)) {
        cue = TITLE_CUE;
      } else if ((f & TITLE_WORD) != 0) {
        cue = Math.max(cue, STRONG);
      } else if ((f & CUE_GREETING) != 0) {
        cue = Math.max(cue, MEDIUM);
      } else if ((f & CUE_WEAK) != 0 && (f & NAME) == 0) {
        cue = Math.max(cue, WEAK);
      } else if (c == W || c == X || (f & PARTICLE) != 0 && (f & NAME) == 0) {
        if (cue == TITLE_CUE && c == W) {
          break; // "Mr. Tailor": after a title an ordinary word is taken as a name
        }
        cue = NONE;
      } else {
        break;
      }
      k++;
    }
    if (k >= e) {
      return e;
    }
    if ((t.flags(k) & PLACE_PREFIX) != 0 && (t.flags(k) & GIVEN) == 0
        || (t.flags(k) & STREET) != 0 && cue < TITLE_CUE) {
      return e; // San Jose, Fort Worth, New York, Via Roma
    }
    // Collect the name tokens.
    int first = k;
    int last = -1;
    int names = 0;
    int firstCls = cls(t, first, cue);
    for (int j = first; j < e && names < MAX_NAME_TOKENS; j++) {
      int f = t.flags(j);
      int c = cls(t, j, cue);
      if ((f & (ORG | STREET)) != 0 && j > first) {
        return e; // "Johns Hopkins University", "Hope Street"
      }
      if (t.shaped(j, Tokens.LOWER)) {
        continue; // particle, only ever inside a run
      }
      if (c == I) {
        continue;
      }
      boolean ok = c == NP || c == NA || c == U
          || c == W && (j == first ? cue == TITLE_CUE : j == first + 1 && secondWordOk(t, first, j, e));
      if (!ok) {
        break;
      }
      last = j;
      names++;
    }
    if (last < 0) {
      return first + 1;
    }
    int stop = last + 1;
    if (stop < t.size() && (t.flags(stop) & (ORG | STREET)) != 0
        && t.shaped(stop, Tokens.CAP | Tokens.UPPER) && t.start(stop) - t.end(last) <= 4 || first > 0 && t.is(first - 1, PLACE_PREFIX)
        && t.start(first) - t.end(first - 1) <= 2 && !t.shaped(first - 1, Tokens.LOWER)) {
      return Math.max(e, stop); // "St. Mary's Hospital", "Wells Fargo Bank"
    }
    double score = score(t, first, last, names, firstCls, cue);
    if (score >= MIN_SCORE) {
      out.add(new Span(dev.veil.detect.Entities.PERSON, t.start(first), t.end(last), score,
          NAME_ID));
    }
    return stop;
  }

  /** The score of name tokens {@code first..last}; Title Case lines are read only when it matters. */
  private double score(Tokens t, int first, int last, int names, int firstCls, int cue) {
    boolean initialFirst = firstCls == I;
    int second = nextName(t, first, last);
    if (cue >= STRONG) {
      if (firstCls == W && cue != TITLE_CUE || initialFirst && names < 2) {
        return 0;
      }
      return (t.flags(first) & NAME) != 0 ? 0.95 : 0.85;
    }
    if (cue == MEDIUM && firstCls != W && firstCls != I) {
      return firstCls == NP ? 0.9 : firstCls == NA ? 0.8 : 0.75;
    }
    boolean initial = sentenceInitial(t, first);
    if (names >= 2 && second >= 0) {
      int sc = cls(t, second, cue);
      boolean secondFamily = (t.flags(second) & FAMILY) != 0;
      boolean given = (t.flags(first) & GIVEN) != 0;
      if (initialFirst) {
        return sc == NP && secondFamily ? 0.75 : 0;
      }
      if (given && firstCls == NP) {
        if (sc == NP && secondFamily) {
          return 0.95;
        }
        if (sc == NP || sc == NA || sc == U) {
          return 0.85;
        }
        return t.heading(first) ? 0 : 0.6;
      }
      if (given && firstCls == NA) {
        if (!(sc == NP && secondFamily) && t.heading(first)) {
          return 0;
        }
        if (sc == NP && secondFamily) {
          return initial ? 0.7 : 0.85;
        }
        if (sc == U) {
          return initial ? 0.55 : 0.7;
        }
        if (sc == NA && secondFamily) {
          return initial ? 0 : 0.55;
        }
        return 0;
      }
      if ((firstCls == U || firstCls == NP) && sc == NP && secondFamily && !t.heading(first)) {
        return initial ? 0.6 : 0.7;
      }
      return 0;
    }
    if (names == 1 && (t.flags(first) & GIVEN) != 0) {
      int after = PersonCues.speakerLabel(t, first, last) ? MEDIUM : PersonCues.after(t, last);
      if (firstCls == NP) {
        return cue == WEAK || after == MEDIUM ? 0.75 : after == WEAK ? 0.6 : 0;
      }
      boolean plain = (t.flags(first) & (MONTH | PLACE | TECH)) == 0;
      if (plain && !t.shaped(last, Tokens.POSSESSIVE)
          && (after == MEDIUM || after == WEAK && !sentenceInitial(t, first))) {
        return 0.55; // "Grace said", "yes, Mark is running it"
      }
    }
    return 0;
  }

  /** A plain word as the second token: "Dan Bar" yes, "Using Jackson Annotations" no. */
  private boolean secondWordOk(Tokens t, int first, int j, int e) {
    int f = t.flags(j);
    return cls(t, first, NONE) == NP && (t.flags(first) & GIVEN) != 0 && (f & TECH) == 0
        && (f & STOP) == 0 && j + 1 >= e && !t.shaped(j, Tokens.UPPER);
  }

  private int nextName(Tokens t, int first, int last) {
    for (int j = first + 1; j <= last; j++) {
      if (!t.shaped(j, Tokens.LOWER) && cls(t, j, NONE) != I) {
        return j;
      }
    }
    return -1;
  }

  // Token classes.
  static final int NP = 1; // a name, not also an ordinary word
  static final int NA = 2; // a name that is also a word, month, place or product
  static final int U = 3; // unknown capitalised word
  static final int W = 4; // an ordinary word only
  static final int X = 5; // never a name
  static final int I = 6; // initial

  private static int cls(Tokens t, int i, int cue) {
    int f = t.flags(i);
    if (t.shaped(i, Tokens.INITIAL)) {
      return I;
    }
    if ((f & STOP) != 0) {
      return X;
    }
    if ((f & NAME) != 0) {
      return (f & (WORD | PLACE | TECH | MONTH | STOP)) != 0 ? NA : NP;
    }
    if ((f & (WORD | PLACE | TECH | MONTH | ORG | STREET | TITLE_WORD | CUE_GREETING)) != 0) {
      return W;
    }
    return t.shaped(i, Tokens.UPPER) && cue < STRONG ? W : U;
  }

  private static boolean capable(Tokens t, int i) {
    int sh = t.shape(i);
    if ((sh & Tokens.GLUED) != 0) {
      return false;
    }
    if ((sh & (Tokens.CAP | Tokens.UPPER)) != 0) {
      return true;
    }
    if ((sh & Tokens.INITIAL) != 0) {
      int e = t.end(i);
      String s = t.text();
      return e < s.length() && s.charAt(e) == '.' && i + 1 < t.size()
          && t.start(i + 1) - e <= 3;
    }
    return false;
  }

  /** End (exclusive) of the run of name-capable tokens starting at {@code s}. */
  private static int runEnd(Tokens t, int s) {
    String text = t.text();
    int j = s + 1;
    while (j < t.size() && j - s < 8) {
      int from = t.end(j - 1);
      int to = t.start(j);
      boolean joined = PersonCues.onlySpace(text, from, to)
          || text.charAt(from) == '.' && PersonCues.onlySpace(text, from + 1, to)
          && (t.shaped(j - 1, Tokens.INITIAL) || t.is(j - 1, TITLE));
      if (!joined || t.shaped(j - 1, Tokens.POSSESSIVE)) {
        break;
      }
      if (capable(t, j)) {
        j++;
      } else if (t.shaped(j, Tokens.LOWER) && t.is(j, PARTICLE) && j + 1 < t.size()
          && !t.is(j, STOP) || t.shaped(j, Tokens.LOWER) && t.is(j, PARTICLE)
          && j + 1 < t.size() && capable(t, j + 1)) {
        if (j + 1 < t.size() && (capable(t, j + 1) || t.is(j + 1, PARTICLE))) {
          j++;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    while (j - 1 > s && t.shaped(j - 1, Tokens.LOWER)) {
      j--; // a run never ends on a particle
    }
    return j;
  }

  private static boolean sentenceInitial(Tokens t, int i) {
    String s = t.text();
    for (int k = t.start(i) - 1; k >= 0; k--) {
      char c = s.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';') {
        return true;
      }
      if (Character.isLetterOrDigit(c) || c == ',') {
        return false;
      }
    }
    return true;
  }

  private static boolean listSeparator(Tokens t, int i) {
    if (i == 0) {
      return false;
    }
    String s = t.text();
    int from = t.end(i - 1);
    int to = t.start(i);
    return PersonCues.has(s, from, to, ',') || PersonCues.has(s, from, to, ';')
        || PersonCues.word(t, i - 1, "and");
  }

  private static int lineEnd(String s, int from) {
    int nl = s.indexOf('\n', from);
    return nl < 0 ? s.length() : nl;
  }
}
