package dev.veil.body;

import dev.veil.config.ConfigException;
import dev.veil.config.LimitsConfig;
import dev.veil.config.RedactionConfig;
import dev.veil.config.RedactionConfig.MediaAction;
import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import dev.veil.redact.Blocked;
import dev.veil.redact.DetectorFailed;
import dev.veil.redact.Finding;
import dev.veil.redact.Redacted;
import dev.veil.redact.RedactionScope;
import dev.veil.redact.Redactor;
import dev.veil.redact.Vault;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * The redaction of one request body, end to end: pass 1 parses the JSON within the limits and
 * collects its content strings ({@link FieldRules}), the {@link Redactor} finds entities in each,
 * PERSON names are propagated across all strings, blocks and media policy are applied, then
 * pass 2 writes the body with only the changed strings replaced.
 *
 * <p>Fails closed: a malformed body, a limit, a detector failure or the scan budget ends in a
 * {@link BodyException}; a block in {@link Blocked}. Neither message carries input text.
 * Thread-safe: one instance serves all requests; per-request state is in the {@link Vault}.
 */
public final class Pipeline {
  private static final Set<String> STORE_ROUTES = Set.of("/chat/completions", "/responses");

  private final RedactionConfig cfg;
  private final Json json;
  private final Redactor redactor;
  private final LongSupplier nanoClock;

  /**
   * Builds the pipeline of a validated config.
   *
   * @param builtins the built-in detectors; custom rules from {@code cfg} are added to them
   * @throws ConfigException when a rule's examples fail, naming the rule's path
   */
  public Pipeline(RedactionConfig cfg, LimitsConfig limits, List<Detector> builtins) {
    this(cfg, limits, new Redactor(cfg, builtins), System::nanoTime);
  }

  Pipeline(RedactionConfig cfg, LimitsConfig limits, Redactor redactor, LongSupplier nanoClock) {
    this.cfg = cfg;
    this.json = new Json(limits);
    this.redactor = redactor;
    this.nanoClock = nanoClock;
  }

  /**
   * Redacts the body of a request to {@code route} (the path after {@code /v1}, e.g.
   * {@code /chat/completions}; on unknown routes every string is content), filling
   * {@code vault} with the tokens issued.
   *
   * @throws BodyException when the body is malformed, over a limit or cannot be scanned
   * @throws Blocked when the policy refuses an entity type or media kind found in it
   */
  public RedactedBody redact(String route, byte[] body, Vault vault) {
    return run(route, body, vault, false);
  }

  /** As {@link #redact}, and also reports each finding's JSON path, position and action. */
  public RedactedBody inspect(String route, byte[] body, Vault vault) {
    return run(route, body, vault, true);
  }

  /** Redacts one plain-text string (the {@code redact} command on non-JSON input). */
  public Redacted redactText(String text, Vault vault) {
    try {
      return redactor.redact(text, vault);
    } catch (DetectorFailed e) {
      throw new BodyException(BodyException.Code.DETECTOR_FAILED, e.detector());
    }
  }

  public Redactor redactor() {
    return redactor;
  }

  private RedactedBody run(String route, byte[] body, Vault vault, boolean withFindings) {
    FieldRules rules = FieldRules.forRoute(route);
    if (!cfg.enabled()) {
      Scan scan = BodyScanner.validating(json).scan(body, rules);
      return new RedactedBody(body, dev.veil.redact.RedactionCounts.EMPTY, scan.model, scan.stream, List.of(), endUser(scan));
    }
    Scan scan = new BodyScanner(json, withFindings).scan(body, rules);
    boolean dry = redactor.policy().dryRun();
    RedactionScope scope = redactor.scope(dry ? new Vault() : vault);
    Set<String> blocked = new TreeSet<>();
    List<Slot> all = scan.flat();
    media(scan, all, scope, blocked);
    List<Slot> scanned = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<List<Span>> found = new ArrayList<>();
    find(all, scanned, texts, found);
    found = redactor.propagateNames(texts, found);
    for (List<Span> spans : found) {
      blocked.addAll(redactor.blocked(spans));
    }
    if (!blocked.isEmpty() && !dry) {
      throw new Blocked(blocked);
    }
    List<Finding> findings = withFindings ? new ArrayList<>() : List.of();
    for (int i = 0; i < scanned.size(); i++) {
      Slot slot = scanned.get(i);
      slot.spans = found.get(i);
      String out = redactor.apply(slot.text, slot.spans, scope);
      if (out != slot.text && !out.equals(slot.text)) {
        slot.replacement = out;
      }
      if (withFindings) {
        findings.addAll(redactor.findings(slot.path, slot.spans));
      }
    }
    if (cfg.hashUserIds() && !dry) {
      for (Slot slot : scan.slots) {
        if (slot.treatment == Treatment.IDENTIFIER && !slot.text.isEmpty()) {
          slot.replacement = scope.hashIdentifier(slot.text);
        }
      }
    }
    if (dry) {
      return new RedactedBody(body, scope.counts(), scan.model, scan.stream, findings, endUser(scan));
    }
    DistinctKeys.check(scan);
    boolean store = cfg.forceStoreFalse() && STORE_ROUTES.contains(route) && !Boolean.FALSE.equals(scan.store);
    boolean changed = store || !scan.strip.isEmpty() || scan.slots.stream().anyMatch(Slot::changed);
    byte[] out = body;
    if (changed) {
      out = Splicer.splice(body, scan, store, slot -> BodyWriter.output(json, slot));
      if (out == null) {
        out = new BodyWriter(json, scan, store).write(body, rules);
      }
    }
    return new RedactedBody(out, scope.counts(), scan.model, scan.stream, findings, endUser(scan));
  }

  private void find(List<Slot> all, List<Slot> scanned, List<String> texts, List<List<Span>> found) {
    long budget = json.limits.scanBudgetMillis() * 1_000_000L;
    long start = nanoClock.getAsLong();
    for (Slot slot : all) {
      if (!slot.scanned()) {
        continue;
      }
      try {
        found.add(redactor.find(slot.text));
      } catch (DetectorFailed e) {
        throw new BodyException(BodyException.Code.DETECTOR_FAILED, e.detector());
      }
      scanned.add(slot);
      texts.add(slot.text);
      if (nanoClock.getAsLong() - start > budget) {
        throw new BodyException(BodyException.Code.SCAN_BUDGET_EXCEEDED);
      }
    }
  }

  private void media(Scan scan, List<Slot> all, RedactionScope scope, Set<String> blocked) {
    for (Scan.MediaPart part : scan.media) {
      MediaAction action = policy(part.kind());
      scope.record(part.kind().name(), action.name().toLowerCase(Locale.ROOT));
      if (action == MediaAction.BLOCK || (action == MediaAction.STRIP && part.atRoot())) {
        blocked.add(part.kind().name());
      } else if (action == MediaAction.STRIP) {
        scan.strip.set(part.objectOrdinal());
      }
    }
    for (Slot slot : all) {
      if (slot.media == null) {
        continue;
      }
      MediaAction action = policy(slot.media);
      scope.record(slot.media.name(), action.name().toLowerCase(Locale.ROOT));
      if (action == MediaAction.BLOCK) {
        blocked.add(slot.media.name());
      } else if (action == MediaAction.STRIP) {
        slot.replacement = "";
      }
    }
  }

  /** The first end-user identifier the body carries, as sent; null when there is none. */
  private static String endUser(Scan scan) {
    for (Slot slot : scan.slots) {
      if (slot.treatment == Treatment.IDENTIFIER && !slot.text.isEmpty()) {
        return slot.text;
      }
    }
    return null;
  }

  private MediaAction policy(Treatment kind) {
    return switch (kind) {
      case IMAGE -> cfg.media().images();
      case AUDIO -> cfg.media().audio();
      default -> cfg.media().files();
    };
  }
}
