package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;

/**
 * US Individual Taxpayer Identification Numbers: 9XX-GG-XXXX with group 50-65, 70-88, 90-92 or
 * 94-99. Dashes score {@link Scores#FORMAT}, spaces or dots {@link Scores#PLAUSIBLE}, bare
 * digits {@link Scores#BORDERLINE}.
 */
final class UsItinRule extends ShapedDigitRule {
  UsItinRule() {
    super(Entities.US_ITIN, "us-itin", new int[][] {{3, 2, 4}, {9}}, "- .",
        ContextWords.of("itin", "itins", "taxpayer", "tax id", "tin", "individual taxpayer"));
  }

  @Override
  double score(String d, char sep) {
    int group = Checksums.number(d, 3, 5);
    boolean validGroup = (group >= 50 && group <= 65) || (group >= 70 && group <= 88)
        || (group >= 90 && group <= 92) || group >= 94;
    if (d.charAt(0) != '9' || !validGroup || Checksums.number(d, 5, 9) == 0) {
      return 0;
    }
    return sep == '-' ? Scores.FORMAT : sep == 0 ? Scores.BORDERLINE : Scores.PLAUSIBLE;
  }
}
