package dev.veil.restore;

/**
 * Counts of how restoring went for one exchange, plus the token usage and model the upstream
 * reported, for the audit record. Counts and names only: never a value, a token or any text.
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
        + completionTokens + "/" + totalTokens + "]";
  }
}
