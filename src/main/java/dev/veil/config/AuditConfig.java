package dev.veil.config;

/**
 * The audit log: one JSON line of hashed metadata per request, never content.
 *
 * @param enabled write audit lines (to stdout)
 * @param hashKey HMAC key for identifiers (client key, {@code user}, client IP); from
 *     {@code VEIL_HASH_KEY}. Empty: a random key per process, so hashes do not link across
 *     restarts or replicas
 * @param hashKeyId a name for the key, written in every record so rotated keys can be told
 *     apart; empty: derived from the key
 * @param hashClientIp also record a keyed hash of the client address
 * @param redactionHeader send {@code x-veil-redactions} (counts per entity type) with each answer
 */
public record AuditConfig(
    Boolean enabled, String hashKey, String hashKeyId, Boolean hashClientIp, Boolean redactionHeader) {
  public AuditConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    hashKey = hashKey == null ? "" : hashKey;
    hashKeyId = hashKeyId == null ? "" : hashKeyId;
    hashClientIp = hashClientIp == null ? Boolean.FALSE : hashClientIp;
    redactionHeader = redactionHeader == null ? Boolean.TRUE : redactionHeader;
  }

  @Override
  public String toString() {
    return "AuditConfig[enabled=" + enabled + ", keyed=" + !hashKey.isEmpty() + "]";
  }
}
