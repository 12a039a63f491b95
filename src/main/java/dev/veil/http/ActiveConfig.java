package dev.veil.http;

/**
 * The reloadable part of Veil's behaviour, as one immutable value: a request reads it once when
 * it starts and keeps it to the end, so a config reload never changes a request in flight.
 */
public record ActiveConfig(ProxySettings settings, BodyRedaction redaction) {}
