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
 */
public record RedactedBody(byte[] body, RedactionCounts counts, String model, boolean stream, List<Finding> findings) {
  public RedactedBody {
    findings = List.copyOf(findings);
  }

  @Override
  public String toString() {
    return "RedactedBody[" + body.length + " bytes, " + counts.header() + "]";
  }
}
