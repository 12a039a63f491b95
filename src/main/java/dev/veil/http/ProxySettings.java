package dev.veil.http;

import dev.veil.audit.ExchangeRecord;
import dev.veil.config.VeilConfig;
import java.util.function.UnaryOperator;

/**
 * The per-config decisions the handler needs: body limit, which key goes upstream, whether the
 * redaction summary header is sent. Built once per loaded config.
 */
public final class ProxySettings {
  private final long maxBodyBytes;
  private final String managedAuthorization;
  private final ClientKeys clientKeys;
  private final UnaryOperator<String> keyHasher;
  private final UnaryOperator<String> ipHasher;
  private final boolean redactionHeader;

  /**
   * @param keyHasher turns a client's bearer key into a keyed hash for the audit record; the raw
   *     key is never stored
   * @param ipHasher keyed hash for the client address, or null to record none
   */
  public ProxySettings(VeilConfig config, UnaryOperator<String> keyHasher, UnaryOperator<String> ipHasher,
      boolean redactionHeader) {
    this.maxBodyBytes = config.limits().maxBodyBytes();
    this.managedAuthorization = config.upstream().managedKey() ? "Bearer " + config.upstream().apiKey() : null;
    this.clientKeys = new ClientKeys(config.auth());
    this.keyHasher = keyHasher;
    this.ipHasher = ipHasher;
    this.redactionHeader = redactionHeader;
  }

  long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** The keyed hash of the client address, or null when addresses are not recorded. */
  String clientIpHash(String address) {
    return ipHasher == null || address == null ? null : ipHasher.apply(address);
  }

  boolean redactionHeader() {
    return redactionHeader;
  }

  /**
   * Returns the Authorization value to send upstream, or throws 401. In managed-key mode the
   * client must present a configured client key and the upstream gets Veil's key; otherwise the
   * client's own key passes through (and is only ever recorded as a keyed hash).
   */
  String authorize(String bearer, ExchangeRecord record) throws Rejection {
    if (managedAuthorization != null) {
      String id = clientKeys.match(bearer);
      if (id == null) {
        throw new Rejection(OpenAiError.auth(
            bearer == null ? "Missing client key: send Authorization: Bearer <your Veil client key>."
                : "Invalid client key."));
      }
      record.clientKeyHash = "id:" + id;
      return managedAuthorization;
    }
    if (bearer == null || bearer.isEmpty()) {
      return null;
    }
    record.clientKeyHash = keyHasher.apply(bearer);
    return "Bearer " + bearer;
  }
}
