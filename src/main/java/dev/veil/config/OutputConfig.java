package dev.veil.config;

import java.util.List;

/**
 * Output scanning: finds PII the model wrote on its own in answers (not the placeholders Veil
 * issued, nor the originals put back for them) and replaces it per one output action. Off by
 * default. Uses the detectors, thresholds, custom rules and allow-list of {@code redaction:}.
 *
 * @param enabled scan answers at all (default false)
 * @param action {@code redact} ({@code [EMAIL_ADDRESS]}), {@code mask} or {@code keep} (count
 *     only); other actions are refused at load: block cannot stop an answer already streaming,
 *     and tokens would have nothing to restore them
 * @param mask options of the {@code mask} action
 * @param entities entity types to act on; empty means every type the detectors report
 * @param maxHoldChars most chars of a streamed text field held back while waiting for a
 *     sentence or line end before they are scanned and released
 */
public record OutputConfig(
    Boolean enabled,
    RedactionConfig.ActionName action,
    RedactionConfig.MaskOptions mask,
    List<String> entities,
    Integer maxHoldChars) {

  public OutputConfig {
    enabled = enabled == null ? Boolean.FALSE : enabled;
    action = action == null ? RedactionConfig.ActionName.REDACT : action;
    entities = entities == null ? List.of() : List.copyOf(entities);
    maxHoldChars = maxHoldChars == null ? 256 : maxHoldChars;
  }

  /** The mask options in force: the configured ones, else the defaults (last 4 kept, {@code *}). */
  public RedactionConfig.MaskOptions maskOptions() {
    return mask != null ? mask : new RedactionConfig.MaskOptions(null, null);
  }
}
