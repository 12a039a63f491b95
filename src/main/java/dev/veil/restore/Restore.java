package dev.veil.restore;

import dev.veil.redact.Vault;
import dev.veil.sse.SseRelay;
import dev.veil.sse.SseTransformer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Puts back the originals of the placeholders one request issued, in its answer.
 *
 * <p>Only tokens that are keys of the request's {@link Vault} (and whose entry allows restoring)
 * are replaced; anything else, including well-formed placeholders the request did not issue,
 * stays as the upstream sent it. Inside tool-call {@code arguments} (JSON text in a JSON string)
 * originals are escaped so the arguments stay valid JSON. With tolerant matching, altered forms
 * of issued tokens ({@code <Person 1>}, {@code [PERSON_1]}, {@code PERSON_1},
 * {@code <person_1>}) are restored too; without it they are only counted.
 *
 * <p>Thread-safe: an instance holds only its setting; all state lives per call. Counts, usage
 * and model go to the caller's {@link RestoreStats}; no content is ever logged or put into an
 * exception.
 */
public final class Restore {

  private final boolean tolerantMatching;

  public Restore(boolean tolerantMatching) {
    this.tolerantMatching = tolerantMatching;
  }

  /**
   * A non-streamed JSON answer with placeholders restored in every string value. Returns
   * {@code json} itself (same array) when nothing changed, when the vault is empty, or when the
   * body is not valid JSON (it is the upstream's own answer, passed on as is). Never throws on
   * bad input.
   */
  public byte[] restoreBody(byte[] json, Vault vault, RestoreStats stats) {
    return restoreBody(json, vault, null, stats);
  }

  /**
   * Like {@link #restoreBody(byte[], Vault, RestoreStats)}, and with {@code output} non-null
   * also scans the answer's reader-facing strings ({@code content}, {@code refusal},
   * {@code text}, {@code transcript}) for PII the model wrote on its own, replacing it per
   * {@code output} before placeholders are restored; what it found is counted in {@code stats}.
   */
  public byte[] restoreBody(byte[] json, Vault vault, OutputScanner output, RestoreStats stats) {
    if (output == null) {
      Placeholders placeholders = vault.isEmpty() ? null : new Placeholders(vault, tolerantMatching);
      return JsonRestorer.restoreBody(json, placeholders, null, stats);
    }
    Placeholders placeholders = new Placeholders(vault, tolerantMatching);
    return JsonRestorer.restoreBody(json, placeholders, new OutputScan(output, placeholders), stats);
  }

  /**
   * Relays an event stream from the upstream to the client, restoring placeholders event by
   * event and flushing after each event; nothing waits for the end of the stream beyond the tail
   * of a placeholder that has begun but not ended. With an empty vault (or {@link
   * StreamKind#OTHER}) events go through byte for byte and only usage is read.
   *
   * @throws IOException when the upstream breaks off (after everything received so far has been
   *     written) or the client goes away; the caller may then write an SSE error event
   */
  public void relayStream(InputStream upstream, OutputStream client, StreamKind kind, Vault vault,
      RestoreStats stats) throws IOException {
    relayStream(upstream, client, kind, vault, null, stats);
  }

  /**
   * Like {@link #relayStream(InputStream, OutputStream, StreamKind, Vault, RestoreStats)}, and
   * with {@code output} non-null also scans streamed text fields for PII the model wrote on its
   * own (see {@link OutputScanner#maxHoldChars()} for how much text then waits). A stream of
   * {@link StreamKind#OTHER} is not scanned. With {@code output} null the relay is exactly the
   * one without scanning.
   */
  public void relayStream(InputStream upstream, OutputStream client, StreamKind kind, Vault vault,
      OutputScanner output, RestoreStats stats) throws IOException {
    SseRelay.relay(upstream, client, transformer(kind, vault, output, stats));
  }

  private SseTransformer transformer(StreamKind kind, Vault vault, OutputScanner output,
      RestoreStats stats) {
    if ((vault.isEmpty() && output == null) || kind == StreamKind.OTHER) {
      return new UsageTap(stats);
    }
    Placeholders placeholders = new Placeholders(vault, tolerantMatching);
    OutputScan scan = output == null ? null : new OutputScan(output, placeholders);
    return kind == StreamKind.CHAT
        ? new ChatStream(placeholders, scan, stats)
        : new ResponsesStream(placeholders, scan, stats);
  }
}
