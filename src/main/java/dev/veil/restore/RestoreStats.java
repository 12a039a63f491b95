package dev.veil.restore;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of how restoring went for one exchange, what output scanning found (per entity type),
 * plus the token usage and model the upstream reported, for the audit record. Counts and names
 * only: never a value, a token or any text.
 *
 * <p>One instance per exchange; not thread-safe. Usage numbers are -1 until the upstream
 * reports them.
 */
public final class RestoreStats {

  private int restored;
  private int mangled;
  private int invented;
  private int unresolvedTails;
  private long promptTokens = -1;
  private long completionTokens = -1;
  private long totalTokens = -1;
  private String model;
  private final Map<String, Integer> output = new TreeMap<>();

  /** Placeholders put back (mangled ones included when tolerant matching is on). */
  public int restored() {
    return restored;
  }

  /** Altered forms of issued placeholders seen ({@code <Person 1>}, {@code [PERSON_1]}, ...). */
  public int mangled() {
    return mangled;
  }

  /** Well-formed placeholders this request did not issue, left as they were. */
  public int invented() {
    return invented;
  }

  /** Held-back beginnings of a placeholder that the stream ended without completing. */
  public int unresolvedTails() {
    return unresolvedTails;
  }

  /**
   * What output scanning found in the answer and acted on, per entity type (read-only view):
   * PII the model wrote on its own, plus {@value OutputScanner#UNSCANNED} for text that could not
   * be scanned. Empty when output scanning is off or found nothing.
   */
  public Map<String, Integer> outputFindings() {
    return Collections.unmodifiableMap(output);
  }

  /** Prompt (input) tokens, or -1 when not reported. */
  public long promptTokens() {
    return promptTokens;
  }

  /** Completion (output) tokens, or -1 when not reported. */
  public long completionTokens() {
    return completionTokens;
  }

  /** Total tokens, or -1 when not reported. */
  public long totalTokens() {
    return totalTokens;
  }

  /** True once the upstream reported usage. */
  public boolean hasUsage() {
    return promptTokens >= 0 || completionTokens >= 0 || totalTokens >= 0;
  }

  /** The model name the upstream answered with, or null. */
  public String model() {
    return model;
  }

  void addRestored() {
    restored++;
  }

  void addMangled() {
    mangled++;
  }

  void addInvented() {
    invented++;
  }

  void addUnresolvedTail() {
    unresolvedTails++;
  }

  void addOutput(String entity) {
    output.merge(entity, 1, Integer::sum);
  }

  void usage(long prompt, long completion, long total) {
    promptTokens = prompt;
    completionTokens = completion;
    totalTokens = total;
  }

  void model(String name) {
    model = name;
  }

  void addAll(RestoreStats other) {
    restored += other.restored;
    mangled += other.mangled;
    invented += other.invented;
    unresolvedTails += other.unresolvedTails;
    other.output.forEach((k, v) -> output.merge(k, v, Integer::sum));
    if (other.hasUsage()) {
      usage(other.promptTokens, other.completionTokens, other.totalTokens);
    }
    if (other.model != null) {
      model = other.model;
    }
  }

  @Override
  public String toString() {
    return "RestoreStats[restored=" + restored + ", mangled=" + mangled + ", invented=" + invented
        + ", unresolvedTails=" + unresolvedTails + ", tokens=" + promptTokens + "/"
        + completionTokens + "/" + totalTokens + ", output=" + output + "]";
  }
}
