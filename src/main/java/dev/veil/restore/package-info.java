/**
 * The answer side of Veil: puts this request's originals back in place of the placeholders it
 * issued, in whole bodies ({@link dev.veil.restore.Restore#restoreBody}) and in streams without
 * buffering them ({@link dev.veil.restore.Restore#relayStream}).
 *
 * <p>Map: {@code Placeholders} is one vault's view (exact lookup, hold-back test, stray counting),
 * {@code MangledForms} its tolerant matcher, {@code StreamingRestorer} one stream of deltas,
 * {@code JsonRestorer} whole JSON bodies and trees, {@code ChatStream} and {@code ResponsesStream}
 * the two OpenAI stream shapes, {@code UsageTap} the cheap path that only reads usage,
 * {@code EventJson} event data as trees, {@code JsonLiteral} escaping for JSON-in-a-string.
 * Output scanning (optional): {@link dev.veil.restore.OutputScanner} is the policy the caller
 * supplies, {@code OutputScan} applies it to raw text for one exchange, {@code StreamingScanner}
 * holds a streamed field back until a sentence or line ends, {@code ScannedDeltas} chains it
 * before the restorer; {@code DeltaStage} is what a stream field goes through.
 * Only {@link dev.veil.restore.Restore}, {@link dev.veil.restore.RestoreStats},
 * {@link dev.veil.restore.StreamKind} and {@link dev.veil.restore.OutputScanner} are public.
 */
package dev.veil.restore;
