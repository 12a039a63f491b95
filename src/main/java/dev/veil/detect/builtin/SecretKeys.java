package dev.veil.detect.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a key name (in {@code key=value}, {@code key: value}, JSON or a URL query)
 * labels a credential. Keys are split into words at {@code _ . -} and camelCase humps, so
 * {@code AWS_SECRET_ACCESS_KEY}, {@code clientSecret} and {@code db-password} all qualify while
 * {@code bypass}, {@code max_tokens} and {@code token_type} do not.
 */
final class SecretKeys {
  private SecretKeys() {}

  private static final Set<String> LAST_WORD = Set.of("password", "passwd", "pwd", "pass",
      "passphrase", "passcode", "pword", "token", "apikey", "apitoken", "authtoken", "credential",
      "credentials", "privatekey", "secretkey", "accountkey", "authorization", "auth", "bearer",
      "jwt", "sig", "signature");
  private static final Set<String> LAST_TWO = Set.of("apikey", "accesskey", "privatekey",
      "secretkey", "accountkey", "signingkey", "encryptionkey", "masterkey", "sessionkey",
      "clientkey", "sessionid", "accesstoken", "apitoken", "authtoken");
  /** URL query parameters that carry a credential, beyond the key words above. */
  private static final Set<String> URL_PARAMS = Set.of("key", "code", "session", "sid");

  /** Fragments one of which every credential key contains (a cheap gate before splitting). */
  private static final String[] FRAGMENTS = {"pass", "pwd", "pword", "secret", "token", "key",
      "auth", "cred", "bearer", "jwt", "sig"};

  /** True when {@code key} names a credential. */
  static boolean isSecret(String key) {
    if (!mayBeSecret(key)) {
      return false;
    }
    List<String> words = words(key);
    if (words.isEmpty()) {
      return false;
    }
    if (words.contains("secret")) {
      return true;
    }
    String last = words.get(words.size() - 1);
    if (LAST_WORD.contains(last)) {
      return true;
    }
    return words.size() >= 2 && LAST_TWO.contains(words.get(words.size() - 2) + last);
  }

  /** True when a URL query parameter named {@code key} carries a credential. */
  static boolean isSecretParam(String key) {
    return isSecret(key) || URL_PARAMS.contains(key.toLowerCase(Locale.ROOT));
  }

  private static boolean mayBeSecret(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    for (String fragment : FRAGMENTS) {
      if (lower.contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  static List<String> words(String key) {
    List<String> words = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean hump = Glue.isUpper(c) && i > 0 && Glue.isLower(key.charAt(i - 1));
      if (c == '_' || c == '.' || c == '-' || c == ' ' || hump) {
        if (cur.length() > 0) {
          words.add(cur.toString());
          cur.setLength(0);
        }
        if (!hump) {
          continue;
        }
      }
      cur.append(Character.toLowerCase(c));
    }
    if (cur.length() > 0) {
      words.add(cur.toString());
    }
    return words;
  }
}
