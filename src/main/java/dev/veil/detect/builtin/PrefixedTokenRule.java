package dev.veil.detect.builtin;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * Vendor tokens found by literal prefix ({@link SecretToken}): the prefix must start a word
 * (not follow a letter, digit, {@code _} or {@code -}), and the body must be one maximal run of
 * its char class within the length bounds. Scores {@link Scores#VENDOR_TOKEN}.
 */
final class PrefixedTokenRule implements TextRule {
  private final List<SecretToken> tokens;

  PrefixedTokenRule(List<SecretToken> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  @Override
  public void find(String text, List<Span> out) {
    for (SecretToken token : tokens) {
      String prefix = token.prefix();
      int at = text.indexOf(prefix);
      while (at >= 0) {
        int end = match(text, at, token);
        if (end > 0) {
          String name = token.name().equals("openai-api-key") && text.startsWith("sk-ant-", at)
              ? "anthropic-api-key" : token.name();
          int start = token.body() == SecretToken.Charset.SLACK_PATH ? at + prefix.length() : at;
          out.add(new Span(Entities.SECRET, start, end, Scores.VENDOR_TOKEN, name));
        }
        at = text.indexOf(prefix, Math.max(at + 1, end));
      }
    }
  }

  /** The end of the token at {@code at}, or -1. */
  private static int match(String text, int at, SecretToken token) {
    boolean wordPrefix = Glue.isAsciiAlnum(token.prefix().charAt(0));
    if (wordPrefix && at > 0) {
      char before = text.charAt(at - 1);
      if (Glue.isAsciiAlnum(before) || before == '_' || before == '-') {
        return -1;
      }
    }
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
