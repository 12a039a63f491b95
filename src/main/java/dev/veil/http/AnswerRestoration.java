package dev.veil.http;

import dev.veil.audit.ExchangeRecord;
import dev.veil.redact.Vault;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The answer side of the pipeline: puts this request's placeholders back, whole or streamed. */
public interface AnswerRestoration {

  /** Restores a whole JSON answer; a body that is not JSON comes back unchanged. */
  byte[] restoreBody(String route, byte[] body, Vault vault, ExchangeRecord record);

  /**
   * Relays an SSE answer event by event, flushing each, restoring as it goes. An upstream failure
   * is thrown as {@link UpstreamReadException} after all that was received was written; a client
   * failure as a plain {@link IOException}.
   */
  void relayStream(String route, InputStream upstream, OutputStream client, Vault vault, ExchangeRecord record)
      throws IOException;

  /** The upstream broke off while Veil was reading its answer. */
  final class UpstreamReadException extends IOException {
    public UpstreamReadException(IOException cause) {
      super("upstream read failed", cause);
    }
  }
}
