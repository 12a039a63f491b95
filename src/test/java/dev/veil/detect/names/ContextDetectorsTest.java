package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests for the address, date-of-birth, passport and MRN detectors: hits and look-alikes. */
class ContextDetectorsTest {
  private static final Detector ADDRESS = new StreetAddressDetector();
  private static final Detector DOB = ContextRules.dateOfBirth();
  private static final Detector PASSPORT = ContextRules.passport();
  private static final Detector MRN = ContextRules.medicalRecordNumber();

  private static String found(Detector d, String text) {
    List<Span> spans = d.detect(text);
    return spans.stream().map(s -> text.substring(s.start(), s.end()))
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "Ship to 1600 Pennsylvania Ave NW, Washington, DC 20500 please. | 1600 Pennsylvania Ave NW, Washington, DC 20500",
      "He lives at 221B Baker Street, London NW1 6XE. | 221B Baker Street, London NW1 6XE",
      "Office: 350 5th Avenue, Suite 3300, New York, NY 10118 | 350 5th Avenue, Suite 3300, New York, NY 10118",
      "send it to 42 Maple Dr. | 42 Maple Dr.",
      "Adresse: Hauptstraße 12, 10115 Berlin | Hauptstraße 12, 10115 Berlin",
      "Envoyez à 12 rue de la Paix, 75002 Paris | 12 rue de la Paix, 75002 Paris",
      "Calle Mayor 5, 28013 Madrid | Calle Mayor 5, 28013 Madrid",
      "Via Roma 15, 00184 Roma | Via Roma 15, 00184 Roma",
      "Keizersgracht 123, 1015 CJ Amsterdam | Keizersgracht 123, 1015 CJ Amsterdam",
      "Write to PO Box 4521 today | PO Box 4521",
      "I have 3 Dr appointments today. | NONE",
      "version 2 Road Map is ready | NONE",
      "In 2019 Park Avenue was busy. | NONE",
      "the street was empty at 3 am | NONE",
      "We paid $12 Main Street prices | NONE",
  })
  void streetAddress(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(ADDRESS, text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "DOB: 03/14/1985 | 03/14/1985",
      "D.O.B. 14.03.1985 | 14.03.1985",
      "She was born on March 3, 1985 in Ohio. | March 3, 1985",
      "Date of birth 1985-03-14, admitted 2024-01-02. | 1985-03-14",
      "Geboren am 3. März 1985 in Köln. | 3. März 1985",
      "née le 12 juin 1990 | 12 juin 1990",
      "born in 1984 in Leeds | 1984",
      "birthday: 4th of July 2001 | 4th of July 2001",
      "The release date is 03/14/2025. | NONE",
      "Meeting on 2024-05-01 about the rollout. | NONE",
      "stubborn 12/12/2020 value | NONE",
      "the first-born child arrived. Later, on 01/02/2020 we moved | NONE",
  })
  void dateOfBirth(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(DOB, text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "Passport No.: C01X00T47 | C01X00T47",
      "passport number 123456789, expires 2030-01-01 | 123456789",
      "Reisepass: C4J7PLK21 | C4J7PLK21",
      "my passport is AB1234567 | AB1234567",
      "The passports were checked at gate 12. | NONE",
      "passport photo 600x600 | NONE",
      "order number 123456789 | NONE",
      "passportless travel since 123456789 | NONE",
  })
  void passport(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(PASSPORT, text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "MRN: 00482913 | 00482913",
      "Medical record number MR-2024-001234 | MR-2024-001234",
      "Patient ID 4455667 | 4455667",
      "mrn#A12345678 | A12345678",
      "The public license 123456 is fine. | NONE",
      "MRN pending | NONE",
      "invoice 12345678 | NONE",
      "smrn 1234567 | NONE",
  })
  void medicalRecordNumber(String text, String expected) {
    assertEquals(expected == null ? "" : expected, found(MRN, text));
  }
}
