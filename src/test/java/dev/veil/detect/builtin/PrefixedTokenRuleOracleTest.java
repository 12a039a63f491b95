package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Span;
import dev.veil.detect.builtin.SecretToken.Charset;
import dev.veil.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The block pass of {@link PrefixedTokenRule} gives exactly the spans, in the same order, of
 * {@link OraclePrefixedTokenRule}, which looks at every word start: on texts of vendor tokens
 * with bodies in and out of their bounds, foreign chars, glue and long runs at every offset
 * modulo 8, on arbitrary text, and for token tables short enough to take the plain path.
 */
class PrefixedTokenRuleOracleTest {
  private static final List<String> GLUE = List.of("", "", " ", " ", "-", "_", ".", "/", "+",
      "=", ":", ",", "a", "Z", "9", "é", "ж", "😀", "\n", "\"", "'", "@", "?", "the ", "key ",
      "https://", "Bearer ");

  @Test
  void sameSpansOnTextsOfVendorTokens() {
    PrefixedTokenRule fast = new PrefixedTokenRule(SecretTokens.ALL);
    OraclePrefixedTokenRule oracle = new OraclePrefixedTokenRule(SecretTokens.ALL);
    Set<String> names = new TreeSet<>();
    Gen.check("secrets oracle", 5150L, 4000, r -> {
      String text = tokensText(r, SecretTokens.ALL);
      List<Span> want = spans(oracle, text);
      assertEquals(want, spans(fast, text), "text length " + text.length());
      want.forEach(s -> names.add(s.detector()));
    });
    Set<String> all = new TreeSet<>();
    SecretTokens.ALL.forEach(t -> all.add(t.name()));
    assertTrue(names.containsAll(all), "token kinds found: " + names);
  }

  @Test
  void sameSpansOnArbitraryText() {
    PrefixedTokenRule fast = new PrefixedTokenRule(SecretTokens.ALL);
    OraclePrefixedTokenRule oracle = new OraclePrefixedTokenRule(SecretTokens.ALL);
    Gen.check("secrets oracle, any text", 91L, 2000, r -> {
      String text = Gen.anyText(r, 300);
      assertEquals(spans(oracle, text), spans(fast, text));
    });
  }

  @Test
  void sameSpansForShortTokensOnThePlainPath() {
    List<SecretToken> tokens = List.of(new SecretToken("short", "ab", Charset.ALNUM, 3, 6, false),
        new SecretToken("dotted", "Q.", Charset.DOTTED_BASE64URL, 4, 9, true),
        new SecretToken("slack-webhook", "hooks.slack.com/services/", Charset.SLACK_PATH, 20, 120, false));
    PrefixedTokenRule fast = new PrefixedTokenRule(tokens);
    OraclePrefixedTokenRule oracle = new OraclePrefixedTokenRule(tokens);
    Gen.check("short tokens oracle", 3L, 2000, r -> {
      String text = tokensText(r, tokens);
      assertEquals(spans(oracle, text), spans(fast, text));
    });
  }

  @Test
  void sameSpansWithOnlyPathTokens() {
    List<SecretToken> tokens = List.of(
        new SecretToken("slack-webhook", "hooks.slack.com/services/", Charset.SLACK_PATH, 20, 120, false));
    PrefixedTokenRule fast = new PrefixedTokenRule(tokens);
    OraclePrefixedTokenRule oracle = new OraclePrefixedTokenRule(tokens);
    Gen.check("path tokens oracle", 4L, 500, r -> {
      String text = tokensText(r, tokens);
      assertEquals(spans(oracle, text), spans(fast, text));
    });
  }

  @Test
  void findsATokenAtEveryOffsetAndBothEnds() {
    PrefixedTokenRule fast = new PrefixedTokenRule(SecretTokens.ALL);
    OraclePrefixedTokenRule oracle = new OraclePrefixedTokenRule(SecretTokens.ALL);
    String token = "xoxb-12345abcde";
    for (int pad = 0; pad < 17; pad++) {
      for (String text : List.of(" ".repeat(pad) + token, " ".repeat(pad) + token + " tail",
          "a".repeat(pad) + " " + token)) {
        List<Span> want = spans(oracle, text);
        assertEquals(want, spans(fast, text), text);
        assertEquals(1, want.size(), text);
      }
    }
  }

  private static List<Span> spans(TextRule rule, String text) {
    List<Span> out = new ArrayList<>();
    rule.find(text, out);
    return out;
  }

  private static String tokensText(SplittableRandom r, List<SecretToken> tokens) {
    StringBuilder sb = new StringBuilder(" ".repeat(r.nextInt(8)));
    for (int pieces = 1 + r.nextInt(8); pieces > 0; pieces--) {
      switch (r.nextInt(4)) {
        case 0, 1 -> sb.append(token(r, tokens.get(r.nextInt(tokens.size()))));
        case 2 -> sb.append(run(r, 5 + r.nextInt(30)));
        default -> { }
      }
      sb.append(GLUE.get(r.nextInt(GLUE.size())));
    }
    return sb.toString();
  }

  /** The token's prefix (sometimes cut) and a body of about its length bounds. */
  private static String token(SplittableRandom r, SecretToken t) {
    String prefix = r.nextInt(10) == 0 ? t.prefix().substring(0, r.nextInt(t.prefix().length()))
        : t.prefix();
    int len = Math.max(0, t.min() - 2 + r.nextInt(t.max() - t.min() + 5));
    StringBuilder body = new StringBuilder(prefix);
    while (body.length() < prefix.length() + len) {
      char c = (char) (0x21 + r.nextInt(0x5e));
      if (t.body().contains(c) || r.nextInt(60) == 0) {
        body.append(c);
      }
    }
    return body.toString();
  }

  /** A run of letters and digits, as in an id or a long word. */
  private static String run(SplittableRandom r, int len) {
    String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append(chars.charAt(r.nextInt(chars.length())));
    }
    return sb.toString();
  }
}
