package dev.veil.restore;

/**
 * One stream of text deltas (one field of one choice or item) turned into the text to emit.
 * {@link #push} returns what is safe to emit now, possibly empty, never null; {@link #flush}
 * returns the held-back rest when the stream is over. Everything returned, concatenated, is the
 * whole text transformed at once. One instance per stream; not thread-safe.
 */
interface DeltaStage {

  /** The text that is safe to emit after {@code delta}. */
  String push(String delta);

  /** The held-back rest; the stream is over. */
  String flush();
}
