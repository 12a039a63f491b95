package dev.veil.config;

import java.util.List;

/**
 * Client keys for managed-key mode (when Veil holds the upstream key). Only SHA-256 hashes of
 * client keys are configured; a request must present a key whose hash is listed.
 *
 * @param clientKeys the accepted client keys
 */
public record AuthConfig(List<ClientKey> clientKeys) {
  public AuthConfig {
    clientKeys = clientKeys == null ? List.of() : List.copyOf(clientKeys);
  }

  /**
   * One accepted client key.
   *
   * @param id a name for the key, used in the audit log instead of the key
   * @param sha256 lower-case hex SHA-256 of the key as the client sends it
   */
  public record ClientKey(String id, String sha256) {
    @Override
    public String toString() {
      return "ClientKey[" + id + "]";
    }
  }
}
