package dev.veil;

import dev.veil.config.OutputConfig;
import dev.veil.config.RedactionConfig;
import dev.veil.detect.Span;
import dev.veil.redact.Action;
import dev.veil.redact.Redactor;
import dev.veil.restore.OutputScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code output:} section applied with the request side's {@link Redactor}: the same
 * detectors, custom rules, thresholds and allow-list find the model's own PII, which then gets
 * the one output action (redact, mask or keep) instead of the per-entity request policy. In
 * {@code redaction.mode: dry_run} findings are only counted. Thread-safe.
 */
final class OutputPolicy implements OutputScanner {
  private final Redactor redactor;
  private final Set<String> entities;
  private final RedactionConfig.ActionName action;
  private final Action.Mask mask;
  private final int maxHold;
  private final boolean countOnly;

  private OutputPolicy(OutputConfig cfg, Redactor redactor) {
    this.redactor = redactor;
    this.entities = Set.copyOf(cfg.entities());
    this.action = cfg.action();
    this.mask = Action.Mask.of(cfg.maskOptions());
    this.maxHold = cfg.maxHoldChars();
    this.countOnly = redactor.policy().dryRun() || action == RedactionConfig.ActionName.KEEP;
  }

  /** The scanner {@code cfg} describes, or null when output scanning is off. */
  static OutputScanner of(OutputConfig cfg, Redactor redactor) {
    return cfg.enabled() ? new OutputPolicy(cfg, redactor) : null;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> found = redactor.find(text);
    if (entities.isEmpty() || found.isEmpty()) {
      return found;
    }
    List<Span> kept = new ArrayList<>(found.size());
    for (Span s : found) {
      if (entities.contains(s.entity())) {
        kept.add(s);
      }
    }
    return kept;
  }

  @Override
  public String replacement(String entity, String value) {
    if (countOnly) {
      return value;
    }
    if (action == RedactionConfig.ActionName.MASK) {
      return mask.apply(value);
    }
    return Action.Redact.label(entity);
  }

  @Override
  public int maxHoldChars() {
    return maxHold;
  }

  @Override
  public String toString() {
    return "OutputPolicy[" + action + ", entities=" + (entities.isEmpty() ? "all" : entities) + "]";
  }
}
