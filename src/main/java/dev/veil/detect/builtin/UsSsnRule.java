package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;
import java.util.Set;

/**
 * US Social Security numbers, 3-2-4 digits. Areas 000, 666 and 900-999, group 00, serial 0000,
 * one repeated digit and well-known published numbers are rejected. Dashes score
 * {@link Scores#FORMAT}, spaces or dots {@link Scores#PLAUSIBLE}, nine bare digits only
 * {@link Scores#WEAK} unless a context word is near.
 */
final class UsSsnRule extends ShapedDigitRule {
  /** Numbers printed on sample cards and in advertising, never issued to a person. */
  private static final Set<String> PUBLISHED = Set.of("078051120", "219099999", "457555462");

  UsSsnRule() {
    super(Entities.US_SSN, "us-ssn", new int[][] {{3, 2, 4}, {9}}, "- .",
        ContextWords.of("ssn", "ssns", "ssn#", "ss#", "social security", "social sec"));
  }

  @Override
  double score(String d, char sep) {
    int area = Checksums.number(d, 0, 3);
    if (area == 0 || area == 666 || area >= 900 || Checksums.number(d, 3, 5) == 0
        || Checksums.number(d, 5, 9) == 0 || Checksums.allSame(d) || PUBLISHED.contains(d)) {
      return 0;
    }
    return sep == '-' ? Scores.FORMAT : sep == 0 ? Scores.WEAK : Scores.PLAUSIBLE;
  }
}
