package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Detector;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;
import java.util.stream.Collectors;
import dev.veil.testing.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests of names and look-alikes, mention tokens, and robustness on arbitrary input. */
class PersonDetectorTest {
  private static final Detector PERSON = new PersonDetector(NameLexicon.get());

  private static String found(String text) {
    return PERSON.detect(text).stream().map(s -> text.substring(s.start(), s.end()))
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "my name is Dan | Dan",
      "John Oliver is a comedian. | John Oliver",
      "Richard M. Nixon | Richard M. Nixon",
      "Dan May has a bank account. | Dan May",
      "They call me Mr. May | May",
      "Dear Dr. García-López, | García-López",
      "Ludwig van Beethoven wrote it | Ludwig van Beethoven",
      "Sean O'Brien met Jean-Luc Picard. | Sean O'Brien ; Jean-Luc Picard",
      "written by Guido van Rossum. | Guido van Rossum",
      "I spoke with Priya yesterday | Priya",
      "Ahmed said it was fine | Ahmed",
      "Anna's laptop is broken | Anna",
      "my sister Agnieszka works there | Agnieszka",
      "Thank you, Emily! | Emily",
      "Hi Will, can you check? | Will",
      "PATIENT: JANE DOE | JANE DOE",
      "Björn Lindqvist and Zoë Kravitz-Harper | Björn Lindqvist ; Zoë Kravitz-Harper",
  })
  void findsNames(String text, String expected) {
    assertEquals(expected.replace(" ; ", " | "), found(text));
  }

  @Test
  void headerListAndSignature() {
    String mail = "From: Anna Kowalska <anna@x.example>\nTo: Tom Hale, Priya Sharma\n\n"
        + "Thanks,\nMohammed Al-Rashid";
    assertEquals("Anna Kowalska | Tom Hale | Priya Sharma | Mohammed Al-Rashid", found(mail));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Will you send the report?",
      "May I ask a question?",
      "Bill the customer for the Grace period.",
      "Using Jackson Annotations With Spring Boot",
      "We deployed Docker on Java 17 in Paris and Georgia last June.",
      "Hope is that home care resumes.",
      "Julia is fast for numerics.",
      "He trained at St. Mary's Hospital in Accra.",
      "Lincoln Park and Washington Square are nearby.",
      "Hello World, Hi Team, Dear Customer",
      "I am Happy to help.",
      "public String getUserName() { return userName; }",
      "See JohnSmith.java and john_smith.py",
      "The Quick Brown Fox jumps over the Lazy Dog.",
      "San Jose, Fort Worth and New York",
      "Via Roma 15 is closed",
  })
  void leavesLookAlikes(String text) {
    assertEquals("", found(text));
  }

  @Test
  void spansExcludeTitlesAndPossessives() {
    List<Span> spans = PERSON.detect("Ask Mr. Hale's team");
    assertEquals(1, spans.size());
    assertEquals("Hale", "Ask Mr. Hale's team".substring(spans.get(0).start(), spans.get(0).end()));
    assertEquals(Entities.PERSON, spans.get(0).entity());
  }

  @Test
  void mentionTokensDropTitlesParticlesAndInitials() {
    assertEquals(List.of("Ana", "Cruz-Ortiz", "Cruz", "Ortiz"),
        NameDetectors.mentionTokens("Dr. Ana de la Cruz-Ortiz"));
    assertEquals(List.of("Richard", "Nixon"), NameDetectors.mentionTokens("Richard M. Nixon"));
    assertEquals(List.of("al-Hassan", "Hassan", "Omar"),
        NameDetectors.mentionTokens("al-Hassan, Omar"));
  }

  @Test
  void allHasOneDetectorPerEntity() {
    List<String> entities = NameDetectors.all().stream()
        .flatMap(d -> d.detect("x").stream().map(Span::entity)).toList();
    assertTrue(entities.isEmpty());
    assertEquals(5, NameDetectors.all().size());
  }

  /** On arbitrary text (lone surrogates, controls, emoji, name-like words) every span lies inside it. */
  @Test
  void spansStayInBounds() {
    Gen.check("spansStayInBounds", 0x9E450L, 2000, r -> {
      String text = Gen.anyText(r, 300);
      for (Detector d : NameDetectors.all()) {
        for (Span s : d.detect(text)) {
          assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end(),
              () -> d.name() + " span " + s.start() + ".." + s.end() + " in length " + text.length());
        }
      }
    });
  }
}
