/**
 * Upstream fault tests: every way the upstream can fail or misbehave, for plain and streamed
 * requests, ends in a well-formed answer within the configured timeouts, with nothing left in
 * flight, the failure counted in metrics and no thread left behind.
 *
 * <ul>
 *   <li>{@link dev.veil.faults.UnreachableUpstreamTest}: refused, DNS, TLS — nothing received;
 *   <li>{@link dev.veil.faults.MidExchangeFaultTest}: timeouts, stalls, resets, truncation, bad
 *       status lines — something received, then the fault;
 *   <li>{@link dev.veil.faults.UpstreamAnswerTest}: error statuses, invalid JSON, broken SSE and
 *       corrupt gzip — what the upstream answered, and what Veil makes of it.
 * </ul>
 *
 * Each class's Javadoc has its table of status and error code per case.
 */
package dev.veil.faults;
