package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds credentials: vendor API keys and tokens, JWTs, PEM private keys, values of
 * password/secret/token keys, and credentials in URLs. Each {@link TextRule} is anchored on a
 * literal ({@code indexOf}), so ordinary prose costs a few vectorised scans.
 *
 * <p>Stateless and thread-safe; linear in the text length.
 */
final class SecretDetector implements Detector {
  private final List<TextRule> rules;

  SecretDetector(List<TextRule> rules) {
    this.rules = List.copyOf(rules);
  }

  static SecretDetector standard() {
    return new SecretDetector(List.of(new PrefixedTokenRule(SecretTokens.ALL), new JwtRule(),
        new PemBlockRule(), new KeyValueSecretRule(), new UrlCredentialRule()));
  }

  @Override
  public String name() {
    return "secrets";
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    for (TextRule rule : rules) {
      rule.find(text, out);
    }
    return out;
  }
}
