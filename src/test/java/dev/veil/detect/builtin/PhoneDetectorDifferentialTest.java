package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.config.RedactionConfig;
import dev.veil.detect.Span;
import dev.veil.testing.Gen;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phone detector finds exactly the spans, with exactly the scores, of the detector as it was
 * before its pre-checks ({@link PhoneDetectorReference}), on generated phone-like text.
 */
class PhoneDetectorDifferentialTest {

  static List<List<String>> regionLists() {
    return List.of(RedactionConfig.DEFAULT_PHONE_REGIONS, List.of("GB", "DE", "US"),
        List.of("BR", "JP", "AR", "IN"), List.of("CA"), List.of("FR", "CH", "AG", "GG"));
  }

  @ParameterizedTest
  @MethodSource("regionLists")
  void findsWhatTheReferenceFinds(List<String> regions) {
    PhoneDetector detector = new PhoneDetector(regions, 64);
    PhoneDetectorReference reference = new PhoneDetectorReference(regions, 64);
    PhoneDetector fewTries = new PhoneDetector(regions, 2);
    PhoneDetectorReference fewTriesReference = new PhoneDetectorReference(regions, 2);
    boolean defaults = regions.equals(RedactionConfig.DEFAULT_PHONE_REGIONS);
    int[] found = {0};
    Gen.check("phone = reference " + regions, 41 + regions.hashCode(), defaults ? 4_000 : 1_500,
        r -> {
          String text = PhoneTexts.text(r);
          List<Span> want = reference.detect(text);
          assertEquals(want, detector.detect(text), text);
          if (r.nextInt(4) == 0) {
            assertEquals(fewTriesReference.detect(text), fewTries.detect(text), text);
          }
          found[0] += want.size();
        });
    assertTrue(found[0] > (defaults ? 1_500 : 250), "too few findings generated: " + found[0]);
  }
}
