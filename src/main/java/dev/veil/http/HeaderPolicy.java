package dev.veil.http;

import java.util.Locale;
import java.util.Set;

/**
 * Which headers cross Veil, in each direction. An allow-list: anything not named here stays
 * behind, so cookies, forwarding headers, client addresses and machine fingerprints never reach
 * the upstream, and upstream internals never reach the client.
 */
final class HeaderPolicy {

  private static final Set<String> REQUEST_EXACT =
      Set.of(
          "openai-organization",
          "openai-project",
          "openai-beta",
          "content-type",
          "accept",
          "idempotency-key",
          "user-agent");

  /** X-Stainless-* headers that describe the client machine rather than the SDK. */
  private static final Set<String> FINGERPRINTS =
      Set.of("x-stainless-os", "x-stainless-arch", "x-stainless-runtime", "x-stainless-runtime-version");

  private static final Set<String> RESPONSE_EXACT =
      Set.of("x-request-id", "retry-after", "retry-after-ms", "x-should-retry", "content-type");

  /** Whether a client request header goes upstream ({@code Authorization} is handled apart). */
  static boolean forwardRequest(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (REQUEST_EXACT.contains(n)) {
      return true;
    }
    return n.startsWith("x-stainless-") && !FINGERPRINTS.contains(n);
  }

  /** Whether an upstream response header goes back to the client. */
  static boolean forwardResponse(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return RESPONSE_EXACT.contains(n) || n.startsWith("openai-") || n.startsWith("x-ratelimit-");
  }

  private HeaderPolicy() {}
}
