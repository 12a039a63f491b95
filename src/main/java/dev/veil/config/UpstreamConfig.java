package dev.veil.config;

import java.time.Duration;

/**
 * Where requests go, and how long Veil waits for them.
 *
 * @param url base URL without {@code /v1} ({@code VEIL_UPSTREAM_URL} overrides)
 * @param apiKey the upstream key when Veil holds it ({@code OPENAI_API_KEY} overrides); empty
 *     means pass-through: each client's own bearer key goes upstream
 * @param connectTimeout TCP + TLS connect
 * @param headersTimeout from sending the request to the upstream's response headers (504 after)
 * @param readTimeout longest silence between two reads of the answer, streams included
 * @param writeTimeout longest stall while sending the request body
 * @param maxIdleConnections pooled keep-alive connections kept open
 * @param keepAlive how long an idle pooled connection is kept; below the upstream's idle timeout,
 *     since Veil never retries and a connection the upstream closed while idle fails the next request
 */
public record UpstreamConfig(
    String url,
    String apiKey,
    Duration connectTimeout,
    Duration headersTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Integer maxIdleConnections,
    Duration keepAlive) {
  public UpstreamConfig {
    url = url == null || url.isBlank() ? "https://api.openai.com" : url;
    apiKey = apiKey == null ? "" : apiKey;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    headersTimeout = headersTimeout == null ? Duration.ofSeconds(600) : headersTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(600) : readTimeout;
    writeTimeout = writeTimeout == null ? Duration.ofSeconds(60) : writeTimeout;
    maxIdleConnections = maxIdleConnections == null ? 256 : maxIdleConnections;
    keepAlive = keepAlive == null ? Duration.ofSeconds(30) : keepAlive;
  }

  public boolean managedKey() {
    return !apiKey.isEmpty();
  }

  @Override
  public String toString() {
    return "UpstreamConfig[url=" + url + ", managedKey=" + managedKey() + "]";
  }
}
