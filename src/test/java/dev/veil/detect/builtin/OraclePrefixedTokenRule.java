package dev.veil.detect.builtin;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * Test oracle: {@link PrefixedTokenRule} as it was before its block pass (commit d8bafc9),
 * looking prefixes up at every word start and the Slack path with {@code String.indexOf}; the
 * fast pass must give exactly its spans, in its order.
 *
 * <p>Vendor tokens found by literal prefix ({@link SecretToken}): the prefix must start a word
 * (not follow a letter, digit, {@code _} or {@code -}; Slack webhook paths excepted), and the
 * body must be one maximal run of its char class within the length bounds. One pass over the
 * text looks prefixes up by their first char at word starts. Scores
 * {@link Scores#VENDOR_TOKEN}.
 */
final class OraclePrefixedTokenRule implements TextRule {
  private final List<SecretToken> anywhere;
  /** Word-start tokens by the first char of their prefix (ASCII only). */
  private final SecretToken[][] byFirst = new SecretToken[128][];

  OraclePrefixedTokenRule(List<SecretToken> tokens) {
    List<SecretToken> anywhere = new java.util.ArrayList<>();
    java.util.Map<Character, List<SecretToken>> grouped = new java.util.TreeMap<>();
    for (SecretToken t : tokens) {
      char first = t.prefix().charAt(0);
      if (!Glue.isAsciiAlnum(first)) {
        throw new IllegalArgumentException("token prefix must start with a letter or digit: " + t.name());
      }
      if (t.body() == SecretToken.Charset.SLACK_PATH) {
        anywhere.add(t);
      } else {
        grouped.computeIfAbsent(first, k -> new java.util.ArrayList<>()).add(t);
      }
    }
    grouped.forEach((c, list) -> byFirst[c] = list.toArray(new SecretToken[0]));
    this.anywhere = List.copyOf(anywhere);
  }

  @Override
  public void find(String text, List<Span> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
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
    for (SecretToken token : anywhere) {
      int at = text.indexOf(token.prefix());
      while (at >= 0) {
        int end = match(text, at, token);
        if (end > 0) {
          out.add(new Span(Entities.SECRET, at + token.prefix().length(), end, Scores.VENDOR_TOKEN,
              token.name()));
        }
        at = text.indexOf(token.prefix(), Math.max(at + 1, end));
      }
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
