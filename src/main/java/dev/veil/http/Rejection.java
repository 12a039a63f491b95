package dev.veil.http;

/**
 * A request Veil refuses before anything is sent upstream, carrying the OpenAI-shaped error for
 * the client. Stackless and content-free: the message is one of Veil's fixed texts.
 */
public final class Rejection extends Exception {
  private final transient OpenAiError error;

  public Rejection(OpenAiError error) {
    super(error.code(), null, false, false);
    this.error = error;
  }

  public OpenAiError error() {
    return error;
  }
}
