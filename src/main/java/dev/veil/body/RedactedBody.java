package dev.veil.body;

import dev.veil.redact.Finding;
import dev.veil.redact.RedactionCounts;
import java.util.List;

/**
 * A request body after redaction, ready to forward.
 *
 * @param body the bytes to send upstream: the original array itself when nothing changed
 *     (and always in dry-run mode)
 * @param counts findings per entity type and per action, for the audit log and the
 *     {@code x-veil-redactions} header
 * @param model the request's top-level {@code model}, or null
 * @param stream whether the request asked for {@code "stream": true}
 * @param findings positions and actions of each finding (no values); empty unless asked for
 * @param endUser the request's end-user id ({@code user} or {@code safety_identifier}) as the
 *     client sent it, or null: only for the audit log's keyed hash, never stored or printed
 */
public record RedactedBody(
    byte[] body, RedactionCounts counts, String model, boolean stream, List<Finding> findings, String endUser) {
  public RedactedBody {
    findings = List.copyOf(findings);
  }

  @Override
  public String toString() {
    return "RedactedBody[" + body.length + " bytes, " + counts.header() + "]";
  }
}
