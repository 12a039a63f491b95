package dev.veil.redact;

import java.util.Set;
import java.util.TreeSet;

/**
 * The request holds content the policy refuses to forward. Carries the entity types only,
 * never a value, so it can be turned into an error body as it is.
 */
public final class Blocked extends RuntimeException {
  private final Set<String> entities;

  public Blocked(Set<String> entities) {
    super("request blocked by policy: contains " + String.join(", ", new TreeSet<>(entities)), null, false, false);
    this.entities = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(entities));
  }

  /** The entity types that caused the block, sorted, e.g. {@code SECRET} or {@code FILE}. */
  public Set<String> entities() {
    return entities;
  }
}
