package dev.veil.restore;

import dev.veil.detect.Span;
import java.util.List;

/**
 * Finds PII the model wrote on its own in answer text and says what replaces it: the output
 * policy, as the answer side needs it. Restore calls it on the text as the upstream sent it, so
 * this request's placeholders are in it, not their originals; findings that touch a placeholder
 * are dropped by the caller, never replaced.
 *
 * <p>Implementations are thread-safe and stateless per call. A failing {@link #find} may throw
 * any {@link RuntimeException} (whose message must not hold text); the caller then fails
 * closed: the text it could not scan is replaced as if it were one finding of entity
 * {@value #UNSCANNED}.
 */
public interface OutputScanner {

  /** The entity type under which text that could not be scanned is replaced and counted. */
  String UNSCANNED = "UNSCANNED";

  /** The findings to act on in {@code text}: non-overlapping, sorted by start, inside the text. */
  List<Span> find(String text);

  /**
   * The text that replaces {@code value}, a finding of {@code entity}: e.g. {@code [EMAIL_ADDRESS]}
   * for redact, a masked value, or {@code value} itself when findings are only counted.
   */
  String replacement(String entity, String value);

  /**
   * Most chars one streamed text field holds back while waiting for the end of a sentence or
   * line; more than that is scanned and released at the last whitespace.
   */
  int maxHoldChars();
}
