package dev.veil.redact;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The placeholders one request issued, and the originals they stand for.
 *
 * <p>A vault lives in memory for one request only: it is never serialized, logged or shared
 * between requests, and {@link #clear()} drops it when the exchange ends. Not thread-safe:
 * one request fills it, then the answer reads it.
 */
public final class Vault {

  /** One issued placeholder. {@code restore} is false when policy keeps it masked in answers. */
  public record Entry(String token, String original, String entity, boolean restore) {
    @Override
    public String toString() {
      return "Entry[" + entity + "]";
    }
  }

  private final Map<String, Entry> byToken = new HashMap<>();

  /** Records that {@code token} was issued for {@code original}; the same pair may come again. */
  public void put(String token, String original, String entity, boolean restore) {
    Entry previous = byToken.putIfAbsent(token, new Entry(token, original, entity, restore));
    if (previous != null && !previous.original().equals(original)) {
      throw new IllegalStateException("placeholder collision for entity " + entity);
    }
  }

  /** The entry for a token this request issued, or null. */
  public Entry entry(String token) {
    return byToken.get(token);
  }

  /** The original to put back for {@code token}, or null when it was not issued or not restorable. */
  public String restore(String token) {
    Entry e = byToken.get(token);
    return e == null || !e.restore() ? null : e.original();
  }

  public boolean contains(String token) {
    return byToken.containsKey(token);
  }

  public Collection<Entry> entries() {
    return byToken.values();
  }

  public boolean isEmpty() {
    return byToken.isEmpty();
  }

  public int size() {
    return byToken.size();
  }

  public void clear() {
    byToken.clear();
  }

  @Override
  public String toString() {
    return "Vault[" + byToken.size() + " entries]";
  }
}
