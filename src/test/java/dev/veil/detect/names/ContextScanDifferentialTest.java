package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detect.Detector;
import dev.veil.testing.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The four context detectors find exactly what they found before they scanned only near digits
 * with char tables ({@link ContextRulesReference}, {@link StreetAddressReference}), on seeded
 * texts full of keywords, values and look-alikes.
 */
class ContextScanDifferentialTest {
  private static final List<Detector> NEW = List.of(ContextRules.dateOfBirth(),
      ContextRules.passport(), ContextRules.medicalRecordNumber(), new StreetAddressDetector());
  private static final List<Detector> OLD = List.of(ContextRulesReference.dateOfBirth(),
      ContextRulesReference.passport(), ContextRulesReference.medicalRecordNumber(),
      new StreetAddressReference());

  @Test
  void shortTextsFindWhatTheOldScanFound() {
    Gen.check("context-scan-short", 0x636F6E74L, 4000, r -> same(ContextTexts.text(r, 12)));
  }

  @Test
  void longTextsFindWhatTheOldScanFound() {
    Gen.check("context-scan-long", 0x6C6F6E67L, 600, r -> same(ContextTexts.text(r, 300)));
  }

  @Test
  void arbitraryTextsFindWhatTheOldScanFound() {
    Gen.check("context-scan-any", 0x616E7932L, 1500, r -> {
      String text = Gen.anyText(r, 200) + ContextTexts.text(r, 6) + Gen.anyText(r, 60);
      same(text);
    });
  }

  @Test
  void findsSomethingOnTheSeededTexts() {
    // Guards the generator: the differential tests above must not compare empty results only.
    int[] found = new int[NEW.size()];
    Gen.check("context-scan-found", 0x666F756EL, 600, r -> {
      String text = ContextTexts.text(r, 40);
      for (int d = 0; d < NEW.size(); d++) {
        found[d] += NEW.get(d).detect(text).size();
      }
    });
    for (int d = 0; d < NEW.size(); d++) {
      assertEquals(true, found[d] > 20, NEW.get(d).name() + " found " + found[d]);
    }
  }

  private static void same(String text) {
    for (int d = 0; d < NEW.size(); d++) {
      assertEquals(OLD.get(d).detect(text), NEW.get(d).detect(text), NEW.get(d).name());
    }
  }
}
