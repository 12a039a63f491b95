package dev.veil.detect;

/**
 * One finding in one string: offsets, never the text itself, so a span can be logged or
 * counted without carrying content.
 *
 * @param entity the entity type, e.g. {@code EMAIL_ADDRESS} (see {@link Entities})
 * @param start first char index, inclusive
 * @param end last char index, exclusive
 * @param score confidence in [0, 1]; validated findings (checksum passed) score 1.0
 * @param detector the name of the detector or rule that found it
 */
public record Span(String entity, int start, int end, double score, String detector) {
  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span bounds out of order: " + start + ".." + end);
    }
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("span score outside [0,1]: " + score);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
