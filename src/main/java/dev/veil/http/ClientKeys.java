package dev.veil.http;

import dev.veil.config.AuthConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Managed-key mode's gate: a request must present a client key whose SHA-256 is configured.
 * Every configured hash is compared, in constant time, whatever the outcome, so timing tells
 * nothing about which key nearly matched.
 */
final class ClientKeys {
  private final List<byte[]> hashes;
  private final List<String> ids;

  ClientKeys(AuthConfig auth) {
    this.hashes = auth.clientKeys().stream().map(k -> HexFormat.of().parseHex(k.sha256())).toList();
    this.ids = auth.clientKeys().stream().map(AuthConfig.ClientKey::id).toList();
  }

  /** The id of the matching client key, or null when the bearer token matches none. */
  String match(String bearer) {
    if (bearer == null || bearer.isEmpty()) {
      return null;
    }
    byte[] presented = sha256(bearer);
    String found = null;
    for (int i = 0; i < hashes.size(); i++) {
      if (MessageDigest.isEqual(presented, hashes.get(i)) && found == null) {
        found = ids.get(i);
      }
    }
    return found;
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
