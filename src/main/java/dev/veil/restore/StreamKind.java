package dev.veil.restore;

/** The shape of an upstream event stream, which decides where placeholders can appear. */
public enum StreamKind {
  /** Chat Completions: {@code data: {chat.completion.chunk}} events ending in {@code [DONE]}. */
  CHAT,
  /** Responses API: {@code event: response.*} events with typed JSON data. */
  RESPONSES,
  /** Anything else: relayed unchanged; usage is still read where an event mentions it. */
  OTHER
}
