package dev.veil.redact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many findings one request had, per entity type and per action. Counts only, never
 * values, so it can go into the audit log and the {@code x-veil-redactions} header as it is.
 *
 * @param entities findings per entity type, e.g. {@code PERSON=2}
 * @param actions findings per action name, e.g. {@code pseudonym=2}
 */
public record RedactionCounts(Map<String, Integer> entities, Map<String, Integer> actions) {

  public static final RedactionCounts EMPTY = new RedactionCounts(Map.of(), Map.of());

  public RedactionCounts {
    entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
  }

  /** All findings. */
  public int total() {
    return entities.values().stream().mapToInt(Integer::intValue).sum();
  }

  public boolean isEmpty() {
    return entities.isEmpty();
  }

  /** {@code PERSON=2,EMAIL_ADDRESS=1}: most frequent first, then by name; empty when none. */
  public String header() {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(entities.entrySet());
    list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Integer> e : list) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.toString();
  }

  /** Adds up counts as they are found; one per request, not thread-safe. */
  public static final class Tally {
    private final Map<String, Integer> entities = new LinkedHashMap<>();
    private final Map<String, Integer> actions = new LinkedHashMap<>();

    public void add(String entity, String action) {
      entities.merge(entity, 1, Integer::sum);
      actions.merge(action, 1, Integer::sum);
    }

    public RedactionCounts counts() {
      return entities.isEmpty() ? EMPTY : new RedactionCounts(entities, actions);
    }
  }
}
