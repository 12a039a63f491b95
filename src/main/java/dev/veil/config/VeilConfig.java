package dev.veil.config;

/** The whole validated configuration: immutable, loaded once per (re)load by {@link ConfigLoader}. */
public record VeilConfig(
    ServerConfig server,
    AdminConfig admin,
    UpstreamConfig upstream,
    AuthConfig auth,
    LimitsConfig limits,
    RedactionConfig redaction,
    OutputConfig output,
    AuditConfig audit) {
  public VeilConfig {
    server = server == null ? new ServerConfig(null, null, null, null, null, null, null, null) : server;
    admin = admin == null ? new AdminConfig(null, null, null) : admin;
    upstream = upstream == null ? new UpstreamConfig(null, null, null, null, null, null, null, null) : upstream;
    auth = auth == null ? new AuthConfig(null) : auth;
    limits = limits == null ? new LimitsConfig(null, null, null, null, null, null) : limits;
    redaction = redaction == null ? RedactionConfig.defaults() : redaction;
    output = output == null ? new OutputConfig(null, null, null, null, null) : output;
    audit = audit == null ? new AuditConfig(null, null, null, null, null) : audit;
  }
}
