package dev.veil.redact;

import dev.veil.config.RedactionConfig;
import dev.veil.config.RedactionConfig.ActionName;
import dev.veil.config.RedactionConfig.EntityPolicy;
import dev.veil.detect.Entities;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps each entity type to its {@link Action} and minimum score. An entity type with no entry
 * gets the default action, never a silent keep; SECRET and URL_CREDENTIALS default to
 * {@code redact}.
 *
 * @param actions the configured action per entity type
 * @param minScores the configured threshold per entity type
 * @param fallback the action of every other entity type
 * @param minScore the threshold of every other entity type
 * @param dryRun count what would be done, change nothing
 */
public record Policy(
    Map<String, Action> actions, Map<String, Double> minScores, Action fallback, double minScore, boolean dryRun) {

  public Policy {
    actions = Map.copyOf(actions);
    minScores = Map.copyOf(minScores);
  }

  /** Builds the policy a validated config describes. */
  public static Policy from(RedactionConfig cfg) {
    Map<String, Action> actions = new HashMap<>();
    Map<String, Double> scores = new HashMap<>();
    for (String secret : Entities.SECRETS) {
      actions.put(secret, new Action.Redact());
    }
    for (Map.Entry<String, EntityPolicy> e : cfg.entities().entrySet()) {
      EntityPolicy p = e.getValue();
      ActionName name = p.action() != null ? p.action()
          : Entities.SECRETS.contains(e.getKey()) ? ActionName.REDACT : cfg.defaultAction();
      actions.put(e.getKey(), action(name, p));
      if (p.minScore() != null) {
        scores.put(e.getKey(), p.minScore());
      }
    }
    Action fallback = action(cfg.defaultAction(), null);
    return new Policy(actions, scores, fallback, cfg.minScore(), cfg.mode() == RedactionConfig.Mode.DRY_RUN);
  }

  /** The action for findings of {@code entity}. */
  public Action action(String entity) {
    Action a = actions.get(entity);
    return a != null ? a : fallback;
  }

  /** The minimum score a finding of {@code entity} needs. */
  public double minScore(String entity) {
    Double s = minScores.get(entity);
    return s != null ? s : minScore;
  }

  private static Action action(ActionName name, EntityPolicy p) {
    boolean restore = p == null || p.restore() == null || p.restore();
    RedactionConfig.MaskOptions mask = p == null || p.mask() == null ? new RedactionConfig.MaskOptions(null, null) : p.mask();
    return switch (name) {
      case PSEUDONYM -> new Action.Pseudonym(restore);
      case PLACEHOLDER -> new Action.Placeholder(restore);
      case MASK -> Action.Mask.of(mask);
      case HASH -> new Action.Hash();
      case REDACT -> new Action.Redact();
      case BLOCK -> new Action.Block();
      case KEEP -> new Action.Keep();
    };
  }
}
