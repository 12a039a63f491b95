package dev.veil;

import dev.veil.audit.ExchangeRecord;
import dev.veil.body.BodyException;
import dev.veil.body.Pipeline;
import dev.veil.body.RedactedBody;
import dev.veil.http.BodyRedaction;
import dev.veil.http.OpenAiError;
import dev.veil.http.Rejection;
import dev.veil.redact.Blocked;
import dev.veil.redact.Vault;

/**
 * The request side of the pipeline as the proxy handler sees it: {@link Pipeline}, with its
 * refusals turned into OpenAI-shaped errors (codes and entity types, never values) and its
 * counts put into the exchange record.
 */
final class PipelineRedaction implements BodyRedaction {
  private final Pipeline pipeline;
  private final java.util.function.UnaryOperator<String> userHasher;

  /** @param userHasher the audit log's keyed hash, applied to the request's end-user id */
  PipelineRedaction(Pipeline pipeline, java.util.function.UnaryOperator<String> userHasher) {
    this.pipeline = pipeline;
    this.userHasher = userHasher;
  }

  @Override
  public byte[] redact(String route, byte[] body, Vault vault, ExchangeRecord record) throws Rejection {
    RedactedBody out;
    try {
      out = pipeline.redact(route, body, vault);
    } catch (BodyException e) {
      record.errorCode = e.code();
      throw new Rejection(OpenAiError.invalidRequest(e.status(), e.code(), "Veil refused the request: " + e.getMessage() + "."));
    } catch (Blocked e) {
      record.errorCode = "blocked_by_policy";
      throw new Rejection(OpenAiError.invalidRequest(400, "blocked_by_policy",
          "Veil's policy blocks requests containing " + String.join(", ", e.entities()) + "."));
    }
    record.model = out.model();
    if (out.endUser() != null) {
      record.userHash = userHasher.apply(out.endUser());
    }
    record.stream = out.stream();
    record.redactionsByEntity.putAll(out.counts().entities());
    record.redactionsByAction.putAll(out.counts().actions());
    Integer images = out.counts().entities().get("IMAGE");
    if (images != null) {
      record.images = images;
    }
    return out.body();
  }
}
