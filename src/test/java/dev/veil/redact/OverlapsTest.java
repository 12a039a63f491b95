package dev.veil.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapsTest {

  private static Detector fixed(String name, Span... spans) {
    return new Detector() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Span> detect(String text) {
        return List.of(spans);
      }
    };
  }

  @Test
  void higherScoreWinsThenLongerThenEarlier() {
    List<Span> in = List.of(
        new Span("A", 0, 10, 0.6, "a"),
        new Span("B", 5, 8, 0.9, "b"),
        new Span("C", 12, 20, 0.7, "c"),
        new Span("D", 12, 16, 0.7, "d"),
        new Span("E", 30, 34, 0.7, "e"),
        new Span("F", 32, 36, 0.7, "f"));
    List<Span> out = Overlaps.resolve(in);
    assertEquals(List.of("B", "C", "E"), out.stream().map(Span::entity).toList());
  }

  @Test
  void aSpanOutsideTheTextFailsTheDetector() {
    Redactor r = new Redactor(Configs.keyed(""), List.of(fixed("broken", new Span("X", 2, 50, 1, "broken"))));
    DetectorFailed e = assertThrows(DetectorFailed.class, () -> r.find("short text"));
    assertEquals("broken", e.detector());
  }

  @Test
  void aThrowingDetectorFailsWithoutItsMessage() {
    Detector throwing = new Detector() {
      @Override
      public String name() {
        return "thrower";
      }

      @Override
      public List<Span> detect(String text) {
        throw new IllegalStateException("bad input: " + text);
      }
    };
    Redactor r = new Redactor(Configs.keyed(""), List.of(throwing));
    DetectorFailed e = assertThrows(DetectorFailed.class, () -> r.find("CANARY-7731"));
    assertFalse(e.getMessage().contains("CANARY"));
  }

  @Test
  void applyRefusesOverlappingSpans() {
    Redactor r = new Redactor(Configs.keyed(""), List.of());
    List<Span> bad = List.of(new Span("A", 0, 5, 1, "x"), new Span("B", 3, 7, 1, "x"));
    assertThrows(IllegalArgumentException.class, () -> r.apply("0123456789", bad, r.scope(new Vault())));
  }
}
