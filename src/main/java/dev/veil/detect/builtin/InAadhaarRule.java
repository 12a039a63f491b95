package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;

/**
 * Indian Aadhaar numbers: twelve digits, 4-4-4 with spaces, dashes or colons, or compact; first
 * digit 2-9, Verhoeff check digit, not a palindrome. Compact numbers that read as a
 * yyyyMMddHHmm timestamp score {@link Scores#WEAK}.
 */
final class InAadhaarRule extends ShapedDigitRule {
  InAadhaarRule() {
    super(Entities.IN_AADHAAR, "in-aadhaar", new int[][] {{4, 4, 4}, {12}}, " -:",
        ContextWords.of("aadhaar", "aadhar", "adhaar", "uidai", "uid"));
  }

  @Override
  double score(String d, char sep) {
    if (d.charAt(0) < '2' || !Checksums.verhoeff(d)
        || new StringBuilder(d).reverse().toString().equals(d)) {
      return 0;
    }
    if (sep != 0) {
      return Scores.VALIDATED;
    }
    return Timestamps.compactDateTime(d) ? Scores.WEAK : Scores.SHORT_CHECKSUM;
  }
}
