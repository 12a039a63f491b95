package dev.veil.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of identifiers, truncated to 16 hex chars. Unlike a plain hash, it cannot be
 * reversed by hashing a dictionary of candidate emails or keys without the key. Thread-safe.
 */
public final class KeyedHash {
  private final SecretKeySpec key;
  /** Keyed once and never used itself: each hash works on a clone, cheaper than a lookup + init. */
  private final Mac prototype;
  private final String keyId;
  private final boolean ephemeral;

  /**
   * @param secret the configured key, or empty for a random per-process key
   * @param keyId a configured name for the key, or empty to derive one
   * @param random source for an ephemeral key
   */
  public KeyedHash(String secret, String keyId, java.util.Random random) {
    byte[] material;
    if (secret.isEmpty()) {
      material = new byte[32];
      random.nextBytes(material);
      ephemeral = true;
    } else {
      material = secret.getBytes(StandardCharsets.UTF_8);
      ephemeral = false;
    }
    this.key = new SecretKeySpec(material, "HmacSHA256");
    this.prototype = newMac();
    this.keyId = !keyId.isEmpty() ? keyId : (ephemeral ? "ephemeral-" : "k-") + hash("veil-key-id").substring(0, 8);
  }

  /** The keyed hash of {@code value}, 16 lower-case hex chars. */
  public String hash(String value) {
    Mac mac;
    try {
      mac = (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      mac = newMac();
    }
    byte[] out = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(out, 0, 8);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  public String keyId() {
    return keyId;
  }

  /** True when no key was configured: hashes do not link across restarts or replicas. */
  public boolean ephemeral() {
    return ephemeral;
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "KeyedHash[" + keyId + "]";
  }
}
