package dev.veil.detect.names;

import java.util.Arrays;

/**
 * The word tokens of a string (read by {@link WordReader}) with their offsets and capitalisation
 * shape, and the list of capitalised tokens, in one pass; a token's lexicon flags are looked up
 * on first use, so prose that no rule asks about costs no lookup.
 *
 * <p>{@link #of} keeps every token. {@link #nearCapitals} keeps only the tokens a name rule can
 * reach. Every capitalised token starts with a <em>mark</em>, an upper-case ASCII or a non-ASCII
 * char; a first pass finds the marks, and the tokens from {@value #BEFORE} before to {@value
 * #AFTER} after each are kept while the lower-case stretches in between are skipped without being
 * cut into words. Kept tokens are exactly the tokens {@link #of} gives there, in order, and the
 * first and last tokens of the text are kept whenever a mark is that close, so index arithmetic
 * within the margins ({@code i - 1}, {@code i + 1}, {@code i == 0}, {@link #size()} checks) means
 * the same in both. {@link #nearNameMarks} does the same but takes no {@link PlainCapital plain}
 * capitalised word for a mark, and finds candidate marks eight chars at a time ({@link MarkScan}).
 *
 * <p>A token glued to code-like neighbours ({@code user_name}, {@code Foo.bar}, {@code id42})
 * is marked {@link #GLUED} so that identifiers are not mistaken for names. Instances are
 * per call and not shared.
 */
final class Tokens {
  /** First letter upper case, followed by lower case (McDonald, O'Brien and Jean-Luc too). */
  static final int CAP = 1;
  /** All letters upper case, two or more letters. */
  static final int UPPER = 1 << 1;
  /** One upper-case letter (an initial when a dot follows). */
  static final int INITIAL = 1 << 2;
  static final int LOWER = 1 << 3;
  static final int GLUED = 1 << 4;
  /** Followed by 's or ’s, which is left out of the token. */
  static final int POSSESSIVE = 1 << 5;
  /**
   * Tokens kept before a mark, at least. {@link PersonDetector} reads at most five tokens back
   * from a capitalised token ({@link PersonCues#before} and its line-start check): keep this
   * above whatever it reads.
   */
  static final int BEFORE = 8;
  /**
   * Tokens kept after the token that holds or follows a mark, at least. {@link PersonDetector}
   * reads at most nine tokens ahead of a capitalised token (a run of eight and the word after):
   * keep this above whatever it reads.
   */
  static final int AFTER = 12;
  /** Set in {@link #flags} once a token's lexicon flags are known (flags use bits 0..19). */
  private static final int KNOWN = 1 << 30;

  private final String text;
  private final int n;
  private final NameLexicon lex;
  private final WordReader words;
  private final boolean sparse;
  /** Whether {@link PlainCapital plain} capitalised words are not marks. */
  private boolean skipPlain;
  /**
   * Four ints a token: start, end (exclusive), shape, and lexicon flags or'ed with {@link #KNOWN}
   * (0 while not yet looked up).
   */
  private int[] tok;
  private int size;
  /** Indexes of the capitalised, upper-case or single-capital tokens not glued to code. */
  private int[] capital = new int[16];
  private int capitals;
  /** The next upper-case or non-ASCII char not yet passed by a token ({@code n}: none). */
  private int nextMark;
  /** Where to resume after skipping towards {@link #nextMark}: -1 not known, -2 nowhere. */
  private int resume = -1;
  /** Tokens kept since the last one at or after a mark. */
  private int sinceMark = AFTER;
  private PersonHeading heading;
  /** Finds the candidate marks (sparse tokens only; made on first use). */
  private MarkScan marks;

  private Tokens(String text, NameLexicon lex, boolean sparse) {
    this.text = text;
    this.n = text.length();
    this.lex = lex;
    this.words = new WordReader(text);
    this.sparse = sparse;
    // A word takes about seven chars; near capitals, most of a text is usually skipped.
    int cap = 16 + (sparse ? n / 64 : n / 6);
    tok = new int[4 * cap];
  }

  /** Every token of {@code text}. */
  static Tokens of(String text, NameLexicon lex) {
    Tokens t = new Tokens(text, lex, false);
    t.nextMark = Integer.MAX_VALUE;
    t.scan();
    return t;
  }

  /** The tokens of {@code text} within the margins around upper-case and non-ASCII chars. */
  static Tokens nearCapitals(String text, NameLexicon lex) {
    Tokens t = new Tokens(text, lex, true);
    t.nextMark = t.mark(0);
    if (t.nextMark < t.n) {
      t.scan();
    }
    return t;
  }

  /**
   * Like {@link #nearCapitals}, but a {@link PlainCapital plain} capitalised word is no mark: the
   * tokens kept are those within the margins of the other marks. A plain word is kept (and listed
   * as a capital) only when it falls within such a margin.
   */
  static Tokens nearNameMarks(String text, NameLexicon lex) {
    Tokens t = new Tokens(text, lex, true);
    t.skipPlain = true;
    t.nextMark = t.mark(0);
    if (t.nextMark < t.n) {
      t.scan();
    }
    return t;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return tok[4 * i];
  }

  int end(int i) {
    return tok[4 * i + 1];
  }

  int shape(int i) {
    return tok[4 * i + 2];
  }

  /** The lexicon flags of token {@code i} (looked up once, on first use). */
  int flags(int i) {
    int f = tok[4 * i + 3];
    if (f == 0) {
      f = lex.wordFlags(text, tok[4 * i], tok[4 * i + 1]) | KNOWN;
      tok[4 * i + 3] = f;
    }
    return f & ~KNOWN;
  }

  boolean is(int i, int flag) {
    return i >= 0 && i < size && (flags(i) & flag) != 0;
  }

  boolean shaped(int i, int s) {
    return i >= 0 && i < size && (tok[4 * i + 2] & s) != 0;
  }

  /** How many tokens are capitalised, upper case or a single capital, and not glued to code. */
  int capitals() {
    return capitals;
  }

  /** The token index of the {@code k}-th such token, in text order. */
  int capital(int k) {
    return capital[k];
  }

  String text() {
    return text;
  }

  /** Whether token {@code i} is on a Title Case line (see {@link PersonHeading}). */
  boolean heading(int i) {
    if (heading == null) {
      heading = new PersonHeading(text, words);
    }
    return heading.at(tok[4 * i]);
  }

  private void scan() {
    String s = text;
    int n = this.n;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int b = i;
      if (c >= 'a' && c <= 'z') {
        // The common token: plain lower-case ASCII letters ended by a char that ends any word.
        do {
          i++;
        } while (i < n && (c = s.charAt(i)) >= 'a' && c <= 'z');
        if (i == n || c < 128 && (char) ((c | 0x20) - 'a') >= 26 && c != '\'' && c != '-') {
          boolean glued = b > 0 && s.charAt(b - 1) != ' ' && words.gluedBefore(b)
              || i < n && c != ' ' && words.gluedAfter(i);
          add(b, i, glued ? LOWER | GLUED : LOWER);
          if (sparse && sinceMark >= AFTER) {
            i = skip(i);
          }
          continue;
        }
        i = b;
      } else if (c < 128) {
        if ((char) ((c | 0x20) - 'a') >= 26) {
          i++;
          continue;
        }
      } else if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int sh = words.read(b);
      i = words.end;
      add(b, i, sh);
      if ((sh & POSSESSIVE) != 0) {
        i += 2;
      }
    }
  }

  /**
   * Index of the first upper-case ASCII or non-ASCII char at or after {@code from}, or n; with
   * {@link #skipPlain}, one that does not start a {@link PlainCapital plain} word.
   */
  private int mark(int from) {
    if (marks == null) {
      marks = new MarkScan(text);
    }
    String s = text;
    int i = from;
    while ((i = marks.next(i)) < n) {
      char c = s.charAt(i);
      if (c >= 128 || (char) (c - 'A') < 26
          && !(skipPlain && PlainCapital.at(s, i, lex))) {
        return i;
      }
      i++; // a '?', or a plain word, whose other chars are lower-case ASCII letters: no marks
    }
    return n;
  }

  /**
   * From {@code i}, just after a word, where to go on: the start of the {@value #BEFORE}-th word
   * before the next mark (every letter after a space or line feed starts a word there, as no
   * word holds either), or the text end when no mark is left, or {@code i} itself.
   */
  private int skip(int i) {
    if (nextMark >= n) {
      return n;
    }
    if (resume == -1) {
      resume = -2;
      int words = 0;
      for (int k = nextMark - 1; k > i; k--) {
        char c = text.charAt(k - 1);
        if ((c == ' ' || c == '\n') && text.charAt(k) >= 'a' && text.charAt(k) <= 'z'
            && ++words == BEFORE) {
          resume = k;
          break;
        }
      }
    }
    return resume > i ? resume : i;
  }

  private void add(int b, int e, int sh) {
    int k = size;
    if (4 * k == tok.length) {
      tok = Arrays.copyOf(tok, 8 * k);
    }
    if (e > nextMark) {
      sinceMark = 0;
      nextMark = mark(e);
      resume = -1;
    } else {
      sinceMark++;
    }
    if ((sh & (CAP | UPPER | INITIAL)) != 0 && (sh & GLUED) == 0) {
      if (capitals == capital.length) {
        capital = Arrays.copyOf(capital, capitals * 2);
      }
      capital[capitals++] = k;
    }
    tok[4 * k] = b;
    tok[4 * k + 1] = e;
    tok[4 * k + 2] = sh;
    size = k + 1;
  }
}
