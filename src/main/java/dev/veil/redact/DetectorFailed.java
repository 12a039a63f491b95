package dev.veil.redact;

/**
 * A detector threw or broke its contract (a span outside the string). The request fails closed.
 * The message names the detector only; the detector's own exception is not kept, because its
 * message may quote the input.
 */
public final class DetectorFailed extends RuntimeException {
  private final String detector;

  public DetectorFailed(String detector, String problem) {
    super("detector " + detector + " " + problem, null, false, false);
    this.detector = detector;
  }

  public String detector() {
    return detector;
  }
}
