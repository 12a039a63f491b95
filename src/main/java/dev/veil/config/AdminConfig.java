package dev.veil.config;

/**
 * The admin listener: {@code /metrics}, {@code /healthz}, {@code /readyz}. Bound to loopback by
 * default so metrics are not exposed to the network.
 *
 * @param enabled whether to open the admin port at all
 * @param host address to bind
 * @param port admin port
 */
public record AdminConfig(Boolean enabled, String host, Integer port) {
  public AdminConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    host = host == null ? "127.0.0.1" : host;
    port = port == null ? 9090 : port;
  }
}
