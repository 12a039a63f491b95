package dev.veil.detect.builtin;

import dev.veil.detect.ByteScan;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * Vendor tokens found by literal prefix ({@link SecretToken}): the prefix must start a word
 * (not follow a letter, digit, {@code _} or {@code -}; Slack webhook paths excepted), and the
 * body must be one maximal run of its char class within the length bounds. Scores
 * {@link Scores#VENDOR_TOKEN}.
 *
 * <p>A token and its body are one run of at least {@code minLength} chars of the token
 * alphabet (the union of the prefix chars and body classes), at least 15 today. One pass tests
 * eight chars at a time ({@link ByteScan}) whether the blocks {@code [8k, 8k + 8)} lie inside
 * {@code [low, 127]}, low the alphabet's smallest char: a run of 15 or more covers a whole
 * block, and prose has a space every few chars. Only inside runs found so are prefixes looked up, by their first char, at
 * word starts.
 */
final class PrefixedTokenRule implements TextRule {
  private final List<SecretToken> anywhere;
  /** The prefixes of {@link #anywhere}, in the same order. */
  private final List<Literal> anywherePrefixes;
  /** Word-start tokens by the first char of their prefix (ASCII only). */
  private final SecretToken[][] byFirst = new SecretToken[128][];
  /** The token alphabet: every char a word-start token (prefix and body) may hold. */
  private final boolean[] alphabet = new boolean[128];
  /** The shortest word-start token, prefix and body. */
  private final int minLength;
  /** The smallest char of the alphabet. */
  private final int low;

  PrefixedTokenRule(List<SecretToken> tokens) {
    List<SecretToken> anywhere = new java.util.ArrayList<>();
    java.util.Map<Character, List<SecretToken>> grouped = new java.util.TreeMap<>();
    for (SecretToken t : tokens) {
      char first = t.prefix().charAt(0);
      if (!Glue.isAsciiAlnum(first)) {
        throw new IllegalArgumentException("token prefix must start with a letter or digit: " + t.name());
      }
      if (!t.prefix().chars().allMatch(c -> c > 0 && c < 128)) {
        throw new IllegalArgumentException("token prefix must be ASCII: " + t.name());
      }
      if (t.body() == SecretToken.Charset.SLACK_PATH) {
        anywhere.add(t);
      } else {
        grouped.computeIfAbsent(first, k -> new java.util.ArrayList<>()).add(t);
      }
    }
    grouped.forEach((c, list) -> byFirst[c] = list.toArray(new SecretToken[0]));
    this.anywhere = List.copyOf(anywhere);
    this.anywherePrefixes = anywhere.stream().map(t -> Literal.of(t.prefix())).toList();
    int shortest = Integer.MAX_VALUE;
    for (SecretToken t : tokens) {
      if (t.body() == SecretToken.Charset.SLACK_PATH) {
        continue;
      }
      shortest = Math.min(shortest, t.prefix().length() + t.min());
      for (char c : t.prefix().toCharArray()) {
        alphabet[c] = true;
      }
      for (char c = 1; c < 128; c++) {
        alphabet[c] |= t.body().contains(c);
      }
    }
    int lo = 128;
    for (int c = 127; c > 0; c--) {
      if (alphabet[c]) {
        lo = c;
      }
    }
    minLength = shortest;
    low = lo;
  }

  @Override
  public void find(String text, List<Span> out) {
    int n = text.length();
    if (minLength < 15 || low > 127) {
      runs(text, 0, n, out);
    } else if (n >= minLength) {
      // A run of 15 or more chars covers a whole block [8k, 8k + 8): test blocks, not chars.
      byte[] b = ByteScan.bytes(text);
      int i = 0;
      while (i + 8 <= n) {
        if (!ByteScan.allAtLeast(ByteScan.word(b, i), low)) {
          i += 8;
          continue;
        }
        int start = i;
        while (start > 0 && b[start - 1] >= low) {
          start--;
        }
        int end = i + 8;
        while (end < n && b[end] >= low) {
          end++;
        }
        runs(text, start, end, out);
        i = (end & ~7) + 8;
      }
    }
    for (int k = 0; k < anywhere.size(); k++) {
      SecretToken token = anywhere.get(k);
      Literal prefix = anywherePrefixes.get(k);
      int at = prefix.indexIn(text, 0);
      while (at >= 0) {
        int end = match(text, at, token);
        if (end > 0) {
          out.add(new Span(Entities.SECRET, at + token.prefix().length(), end, Scores.VENDOR_TOKEN,
              token.name()));
        }
        at = prefix.indexIn(text, Math.max(at + 1, end));
      }
    }
  }

  /**
   * Tries word starts inside each run of alphabet chars of at least {@code minLength} in
   * {@code [from, to)}, where {@code from} and {@code to} are text ends or chars outside the
   * alphabet.
   */
  private void runs(String text, int from, int to, List<Span> out) {
    int p = from;
    while (p < to) {
      while (p < to && !inAlphabet(text.charAt(p))) {
        p++;
      }
      int start = p;
      while (p < to && inAlphabet(text.charAt(p))) {
        p++;
      }
      if (p - start >= minLength) {
        wordStarts(text, start, p, out);
      }
    }
  }

  private boolean inAlphabet(char c) {
    return c < 128 && alphabet[c];
  }

  /** Looks up prefixes at each word start in {@code [from, to)}, a run of alphabet chars. */
  private void wordStarts(String text, int from, int to, List<Span> out) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      SecretToken[] candidates = c < 128 ? byFirst[c] : null;
      if (candidates == null || (i > 0 && isTokenChar(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int next = i + 1;
      for (SecretToken token : candidates) {
        if (text.startsWith(token.prefix(), i)) {
          int end = match(text, i, token);
          if (end > 0) {
            String name = token.name().equals("openai-api-key") && text.startsWith("sk-ant-", i)
                ? "anthropic-api-key" : token.name();
            out.add(new Span(Entities.SECRET, i, end, Scores.VENDOR_TOKEN, name));
            next = end;
            break;
          }
        }
      }
      i = next;
    }
  }

  private static boolean isTokenChar(char c) {
    return Glue.isAsciiAlnum(c) || c == '_' || c == '-';
  }

  /** The end of the token at {@code at}, or -1. */
  private static int match(String text, int at, SecretToken token) {
    int p = at + token.prefix().length();
    int limit = Math.min(text.length(), p + token.max() + 1);
    boolean letter = false;
    boolean digit = false;
    int bodyStart = p;
    while (p < limit && token.body().contains(text.charAt(p))) {
      letter |= Character.isLetter(text.charAt(p));
      digit |= Glue.isDigit(text.charAt(p));
      p++;
    }
    int len = p - bodyStart;
    if (len < token.min() || len > token.max() || (token.mixed() && !(letter && digit))) {
      return -1;
    }
    if (p < text.length() && Glue.isAsciiAlnum(text.charAt(p))) {
      return -1;
    }
    return p;
  }
}
