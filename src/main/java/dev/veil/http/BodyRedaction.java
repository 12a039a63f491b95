package dev.veil.http;

import dev.veil.audit.ExchangeRecord;
import dev.veil.redact.Vault;

/**
 * The request side of the pipeline as the handler sees it: a JSON body in, the body to forward
 * out, or a {@link Rejection}. Implementations fail closed: anything they cannot parse or scan
 * is rejected, never passed on.
 */
public interface BodyRedaction {

  /**
   * Returns the body to send upstream for {@code route} (the path after {@code /v1}), filling
   * {@code vault} with the placeholders it issued and {@code record} with counts, model and the
   * stream flag.
   */
  byte[] redact(String route, byte[] body, Vault vault, ExchangeRecord record) throws Rejection;
}
