package dev.veil.redact;

import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;

/**
 * The state one request shares across all of its strings: the {@link Vault}, placeholder
 * numbering, the keyed MAC and the counts. Made by {@link Redactor#scope(Vault)}; dies with the
 * request. Not thread-safe.
 */
public final class RedactionScope {
  private static final int MAX_HEX = 64;

  private final Vault vault;
  private final Tokens tokens;
  private final RedactionCounts.Tally tally = new RedactionCounts.Tally();
  private final Map<String, String> placeholders = new HashMap<>();
  private final Map<String, Integer> numbers = new HashMap<>();
  /** Tokens already issued in this request, by entity, action and exact value: skips the HMAC. */
  private final Map<String, String> issued = new HashMap<>();
  private Mac mac;

  RedactionScope(Vault vault, Tokens tokens) {
    this.vault = vault;
    this.tokens = tokens;
  }

  /** The counts so far. */
  public RedactionCounts counts() {
    return tally.counts();
  }

  void count(String entity, Action action) {
    tally.add(entity, action.name());
  }

  /** Counts something handled outside the detectors, e.g. an {@code IMAGE} that was allowed. */
  public void record(String entity, String action) {
    tally.add(entity, action);
  }

  /** A keyed, non-reversible hash of an identifier such as {@code user}: 32 hex chars. */
  public String hashIdentifier(String value) {
    return Tokens.hex(mac(), "id:", "", value).substring(0, 32);
  }

  /** The text that replaces {@code value}, a finding of {@code entity}, under {@code action}. */
  String replacement(String entity, Action action, String value) {
    if (action instanceof Action.Pseudonym || action instanceof Action.Placeholder || action instanceof Action.Hash) {
      String key = action.name() + '\u0000' + entity + '\u0000' + value;
      String token = issued.get(key);
      if (token == null) {
        token = token(entity, action, value);
        issued.put(key, token);
      }
      return token;
    } else if (action instanceof Action.Mask m) {
      return m.apply(value);
    } else if (action instanceof Action.Redact) {
      return Action.Redact.label(entity);
    } else if (action instanceof Action.Keep) {
      return value;
    }
    throw new Blocked(java.util.Set.of(entity));
  }

  private String token(String entity, Action action, String value) {
    if (action instanceof Action.Pseudonym p) {
      return pseudonym(entity, value, p.restore());
    } else if (action instanceof Action.Placeholder p) {
      return placeholder(entity, value, p.restore());
    }
    return "<" + entity + "#" + Tokens.hex(mac(), "hash:", entity, Tokens.normalise(value)).substring(0, 12) + ">";
  }

  private String pseudonym(String entity, String value, boolean restore) {
    String normalised = Tokens.normalise(value);
    String hex = Tokens.hex(mac(), "", entity, normalised);
    // Same token for the same value; a different value already holding this token (a collision
    // in the short prefix) makes this one longer, so no two values ever share a token.
    for (int n = tokens.pseudonymHex(); n <= MAX_HEX; n += 4) {
      String token = "<" + entity + "_" + hex.substring(0, n) + ">";
      Vault.Entry held = vault.entry(token);
      if (held == null) {
        vault.put(token, value, entity, restore);
        return token;
      }
      if (held.entity().equals(entity) && Tokens.normalise(held.original()).equals(normalised)) {
        return token;
      }
    }
    throw new IllegalStateException("pseudonym collision not resolved for entity " + entity);
  }

  private String placeholder(String entity, String value, boolean restore) {
    String key = entity + '\u0000' + Tokens.normalise(value);
    String token = placeholders.get(key);
    if (token != null) {
      return token;
    }
    do {
      int n = numbers.merge(entity, 1, Integer::sum);
      token = "<" + entity + "_" + n + ">";
    } while (vault.contains(token));
    vault.put(token, value, entity, restore);
    placeholders.put(key, token);
    return token;
  }

  private Mac mac() {
    if (mac == null) {
      mac = tokens.mac();
    }
    return mac;
  }
}
