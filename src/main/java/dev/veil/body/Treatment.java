package dev.veil.body;

/** How the body walk treats a string value, decided by its place in the request. */
enum Treatment {
  /** Scanned and redacted: the default for any field not known to be anything else. */
  CONTENT,
  /** Copied byte for byte: model, role, type, enum-like options, ids. */
  STRUCTURAL,
  /** JSON inside a string (tool-call arguments): its string values are scanned, it stays valid JSON. */
  NESTED_JSON,
  /** An end-user identifier ({@code user}, {@code safety_identifier}): replaced by a keyed hash. */
  IDENTIFIER,
  /** Image data or URL: never scanned, handled by {@code redaction.media.images}. */
  IMAGE,
  /** File data or URL: never scanned, handled by {@code redaction.media.files}. */
  FILE,
  /** Audio data: never scanned, handled by {@code redaction.media.audio}. */
  AUDIO;

  boolean media() {
    return this == IMAGE || this == FILE || this == AUDIO;
  }

  /** Whether a string with this treatment takes a slot (is looked at, and may be replaced). */
  boolean slotted() {
    return this == CONTENT || this == NESTED_JSON || this == IDENTIFIER;
  }
}
