/**
 * Byte-faithful Server-Sent Events: {@link dev.veil.sse.SseReader} splits an upstream stream into
 * {@link dev.veil.sse.SseEvent}s that keep their exact bytes, {@link dev.veil.sse.SseWriter}
 * writes and flushes one event at a time, and {@link dev.veil.sse.SseRelay} connects the two
 * through a per-stream {@link dev.veil.sse.SseTransformer}. Nothing here buffers a stream: each
 * event is written the moment its blank line has been read.
 */
package dev.veil.sse;
