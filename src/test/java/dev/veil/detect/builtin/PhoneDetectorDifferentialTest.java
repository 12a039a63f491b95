package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.config.RedactionConfig;
import dev.veil.detect.Span;
import dev.veil.testing.Gen;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phone detector finds exactly the spans, with exactly the scores, of the detector as it was
 * before its pre-checks ({@link PhoneDetectorReference}), on generated phone-like text.
 */
class PhoneDetectorDifferentialTest {

  /** Edges of the scan: offsets after surrogate pairs and non-Latin-1 chars, window limits. */
  @ParameterizedTest
  @ValueSource(strings = {
      "\ud83d\ude00\ud83d\ude00 call +1 415 555 0132 \ud83d\ude00 or (415) 555-0132",
      "\u96fb\u8a71 030 1234567, \u20ac 4155550132 tel",
      "\ud800 call 020 7123 4567 \udc00",
      "call 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 +1 415 555 0132",
      "call 12345678901234567890123456789012345678901234567890123456789012344155550132",
      "tel\u00a0+44\u00a020\u00a07123\u00a04567 and +1 555 010 0199",
      "(((((((+1 415 555 0132 ++1 415 555 0132 +-1 415 555 0132",
      "+1 555 010 0199", "1-800-555-0199 / 020 7123 4567 / +33 1 42 68 53 00",
  })
  void findsWhatTheReferenceFindsAtScanEdges(String text) {
    List<String> regions = RedactionConfig.DEFAULT_PHONE_REGIONS;
    assertEquals(new PhoneDetectorReference(regions, 64).detect(text),
        new PhoneDetector(regions, 64).detect(text));
  }

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
