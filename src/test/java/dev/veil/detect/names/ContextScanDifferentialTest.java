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
  void everyDistanceAroundTheWindowEdgesFindsWhatTheOldScanFound() {
    // A street word or keyword from 0 to 110 chars from its number, at every 16-char alignment
    // (digits are found by block), as spaces or as one long name.
    String[] forms = {"12 %s Street", "5 %s Street", "1 234 %s Road, Springfield", "PO Box%s 4521",
        "Calle %s 5", "Hauptstraße%s 12", "rue%s 12 rue de la Paix", "MRN%s 00482913",
        "Passport No.:%s C01X00T47", "born on%s March 3, 1985", "date of birth%s 14.03.1985"};
    int[] found = new int[NEW.size()];
    for (String form : forms) {
      for (int gap = 0; gap <= 110; gap++) {
        for (String filler : new String[] {" ".repeat(gap), longName(gap)}) {
          for (int shift = 0; shift < 16; shift++) {
            // No digit after: a later window would cover the edges under test.
            String text = "x".repeat(shift) + " " + String.format(form, filler) + " end.";
            same(text);
            for (int d = 0; d < NEW.size(); d++) {
              found[d] += NEW.get(d).detect(text).size();
            }
          }
        }
      }
    }
    for (int d = 0; d < NEW.size(); d++) {
      assertEquals(true, found[d] > 100, NEW.get(d).name() + " found " + found[d]);
    }
  }

  /** A capitalised word of {@code length} letters, after a space (empty for 0). */
  private static String longName(int length) {
    return length == 0 ? "" : " A" + "b".repeat(length - 1);
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
