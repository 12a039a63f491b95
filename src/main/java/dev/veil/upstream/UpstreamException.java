package dev.veil.upstream;

/**
 * The upstream could not be reached or answered badly, as a kind. Carries no message from the
 * underlying library (those can hold URLs and headers), only the kind.
 */
public final class UpstreamException extends Exception {

  /** What went wrong, coarse enough to be a metric label. */
  public enum Kind {
    CONNECT_REFUSED("connect_refused"),
    DNS("dns"),
    TLS("tls"),
    TIMEOUT("timeout"),
    RESET("reset"),
    BAD_RESPONSE("bad_response"),
    CANCELED("canceled");

    public final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private final Kind kind;

  public UpstreamException(Kind kind) {
    super("upstream " + kind.label, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
