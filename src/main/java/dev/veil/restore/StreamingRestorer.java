package dev.veil.restore;

/**
 * Restores placeholders in one stream of text deltas without waiting for the stream to end.
 *
 * <p>{@link #push} returns, restored, all text that can no longer become part of a placeholder;
 * it holds back only a tail that is a proper prefix of one of this request's tokens (at most the
 * longest token's length, and only when the tail contains {@code '<'}; with tolerant matching also
 * a tail that could grow into an altered form), plus the high half of a surrogate pair that a
 * delta ended between. A placeholder that completes within a delta is
 * therefore restored in that same delta. {@link #flush} returns the held-back rest at the end.
 * The concatenation of everything returned equals the whole text restored at once.
 *
 * <p>In JSON mode (tool-call arguments: JSON text inside a JSON string) each original is escaped
 * for a JSON string literal, so the arguments stay valid JSON. One instance per stream; not
 * thread-safe.
 */
final class StreamingRestorer implements DeltaStage {

  private final Placeholders placeholders;
  private final boolean jsonEscape;
  private final RestoreStats stats;
  private final StringBuilder pending = new StringBuilder();
  /** Recently released raw text, kept only to count strays that span deltas. */
  private final StringBuilder recent = new StringBuilder();
  private int counted;
  /** The last char released, or 0: context for where a tolerant form may start. */
  private char before;

  StreamingRestorer(Placeholders placeholders, boolean jsonEscape, RestoreStats stats) {
    this.placeholders = placeholders;
    this.jsonEscape = jsonEscape;
    this.stats = stats;
  }

  /** The restored text that is safe to emit after {@code delta}; possibly empty, never null. */
  @Override
  public String push(String delta) {
    int n = delta.length();
    if (pending.length() == 0 && !placeholders.tolerant() && delta.indexOf('<') < 0
        && (n == 0 || !Character.isHighSurrogate(delta.charAt(n - 1)))) {
      before = n == 0 ? before : delta.charAt(n - 1);
      account(delta, false);
      return delta; // no '<': nothing to restore and nothing to hold
    }
    pending.append(delta);
    // tolerant forms must start at a word start: the last released char is context for that
    int ctx = placeholders.tolerant() && before != 0 ? 1 : 0;
    if (ctx == 1) {
      pending.insert(0, before);
    }
    int hold = placeholders.holdFrom(pending, ctx);
    if (hold == pending.length() && hold > ctx
        && Character.isHighSurrogate(pending.charAt(hold - 1))) {
      hold--; // never split a surrogate pair between two outputs: a lone half cannot be encoded
    }
    String work = pending.substring(0, hold);
    pending.delete(0, Math.max(hold, ctx));
    if (hold == ctx) {
      return "";
    }
    before = work.charAt(hold - 1);
    account(work.substring(ctx), false);
    return placeholders.restore(work, ctx, jsonEscape, stats);
  }

  /** The held-back rest, restored where it still can be; the stream is over. */
  @Override
  public String flush() {
    String rest = pending.toString();
    pending.setLength(0);
    if (!rest.isEmpty() && placeholders.isTokenPrefix(rest)) {
      stats.addUnresolvedTail();
    }
    account(rest, true);
    if (rest.isEmpty()) {
      return rest;
    }
    int ctx = placeholders.tolerant() && before != 0 ? 1 : 0;
    String work = ctx == 1 ? before + rest : rest;
    before = 0;
    return placeholders.restore(work, ctx, jsonEscape, stats);
  }

  /** True while some text is held back. */
  boolean holding() {
    return pending.length() > 0;
  }

  private void account(String released, boolean atEnd) {
    if (released.isEmpty() && !atEnd) {
      return;
    }
    recent.append(released);
    int done = placeholders.countStrays(recent, counted, atEnd, stats);
    int keep = 2 * Placeholders.MAX_SHAPE;
    int cut = Math.min(Math.max(0, recent.length() - keep), done);
    if (cut > 0) {
      recent.delete(0, cut);
    }
    counted = done - cut;
  }
}
