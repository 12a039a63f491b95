package dev.veil.config;

import java.net.URI;
import java.time.Duration;

/** Checks a bound {@link VeilConfig} for values that parse but cannot work. */
final class ConfigValidator {

  static void validate(VeilConfig c) {
    port("server.port", c.server().port());
    positive("server.max_threads", c.server().maxThreads());
    positive("server.max_concurrent_requests", c.server().maxConcurrentRequests());
    positive("server.max_header_bytes", c.server().maxHeaderBytes());
    nonNegative("server.shutdown_grace", c.server().shutdownGrace());
    positive("server.idle_timeout", c.server().idleTimeout());
    ServerConfig.TlsConfig tls = c.server().tls();
    if (tls.enabled() != (tls.keyFile() != null)) {
      throw new ConfigException("server.tls", "cert_file and key_file go together");
    }
    if (tls.enabled()) {
      dev.veil.http.PemTls.keyStore(tls, new char[0]); // unreadable files stop Veil at start, naming the key
    }
    port("admin.port", c.admin().port());
    if (c.admin().enabled() && c.admin().port().equals(c.server().port()) && c.server().port() != 0) {
      throw new ConfigException("admin.port", "must differ from server.port");
    }
    upstreamUrl(c.upstream().url());
    positive("upstream.connect_timeout", c.upstream().connectTimeout());
    positive("upstream.headers_timeout", c.upstream().headersTimeout());
    positive("upstream.read_timeout", c.upstream().readTimeout());
    positive("upstream.write_timeout", c.upstream().writeTimeout());
    positive("upstream.max_idle_connections", c.upstream().maxIdleConnections());
    for (int i = 0; i < c.auth().clientKeys().size(); i++) {
      AuthConfig.ClientKey key = c.auth().clientKeys().get(i);
      String path = "auth.client_keys[" + i + "]";
      if (key == null || key.id() == null || key.id().isBlank()) {
        throw new ConfigException(path + ".id", "is required");
      }
      if (key.sha256() == null || !key.sha256().matches("[0-9a-f]{64}")) {
        throw new ConfigException(path + ".sha256", "must be 64 lower-case hex digits (SHA-256 of the key)");
      }
    }
    if (!c.auth().clientKeys().isEmpty() && !c.upstream().managedKey()) {
      throw new ConfigException("auth.client_keys", "only used when Veil holds the upstream key (upstream.api_key / OPENAI_API_KEY)");
    }
    positive("limits.max_body_bytes", c.limits().maxBodyBytes());
    positive("limits.max_json_depth", c.limits().maxJsonDepth());
    positive("limits.max_string_length", c.limits().maxStringLength());
    positive("limits.max_items", c.limits().maxItems());
    positive("limits.max_number_length", c.limits().maxNumberLength());
    positive("limits.scan_budget_millis", c.limits().scanBudgetMillis());
    RedactionValidator.validate(c.redaction());
    output(c.output());
  }

  private static void output(OutputConfig o) {
    RedactionConfig.ActionName a = o.action();
    if (a != RedactionConfig.ActionName.REDACT && a != RedactionConfig.ActionName.MASK
        && a != RedactionConfig.ActionName.KEEP) {
      throw new ConfigException("output.action", "must be redact, mask or keep (block cannot stop an answer already"
          + " streaming; tokens in an answer would have nothing to restore them)");
    }
    if (o.mask() != null) {
      if (a != RedactionConfig.ActionName.MASK) {
        throw new ConfigException("output.mask", "only goes with action: mask");
      }
      RedactionValidator.mask("output.mask", o.mask());
    }
    for (int i = 0; i < o.entities().size(); i++) {
      String e = o.entities().get(i);
      if (e == null || !RedactionValidator.ENTITY.matcher(e).matches()) {
        throw new ConfigException("output.entities[" + i + "]", "entity names are upper case letters, digits and _");
      }
    }
    if (o.maxHoldChars() < 16 || o.maxHoldChars() > 65536) {
      throw new ConfigException("output.max_hold_chars", "must be 16-65536");
    }
  }

  private static void upstreamUrl(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("upstream.url", "not a URL");
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new ConfigException("upstream.url", "must start with http:// or https://");
    }
    if (uri.getHost() == null) {
      throw new ConfigException("upstream.url", "has no host");
    }
    if (uri.getPath() != null && uri.getPath().replaceAll("/+$", "").endsWith("/v1")) {
      throw new ConfigException("upstream.url", "give the base URL without /v1");
    }
  }

  private static void port(String path, int port) {
    if (port < 0 || port > 65535) {
      throw new ConfigException(path, "must be 0-65535");
    }
  }

  private static void positive(String path, Number n) {
    if (n.longValue() <= 0) {
      throw new ConfigException(path, "must be greater than 0");
    }
  }

  private static void positive(String path, Duration d) {
    if (d.isZero() || d.isNegative()) {
      throw new ConfigException(path, "must be greater than 0");
    }
  }

  private static void nonNegative(String path, Duration d) {
    if (d.isNegative()) {
      throw new ConfigException(path, "must not be negative");
    }
  }

  private ConfigValidator() {}
}
