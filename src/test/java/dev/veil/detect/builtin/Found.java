package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;

/** Test view of detector output: {@code ENTITY=text} for spans at or above a threshold. */
final class Found {
  static final double DEFAULT_THRESHOLD = 0.5;
  static final List<Detector> ALL = BuiltinDetectors.all(BuiltinOptions.defaults());

  private Found() {}

  static List<String> by(Detector detector, String text) {
    return by(List.of(detector), text, DEFAULT_THRESHOLD);
  }

  static List<String> byAll(String text) {
    return by(ALL, text, DEFAULT_THRESHOLD);
  }

  static List<String> by(List<Detector> detectors, String text, double threshold) {
    List<String> out = new ArrayList<>();
    for (Detector d : detectors) {
      for (Span s : d.detect(text)) {
        if (s.end() > text.length()) {
          throw new AssertionError("span out of bounds: " + s);
        }
        if (s.score() >= threshold) {
          out.add(s.entity() + "=" + text.substring(s.start(), s.end()));
        }
      }
    }
    return out;
  }

  /** Asserts that {@code actual} holds exactly the findings in table cell {@code expected}. */
  static void assertFinds(String expected, List<String> actual) {
    List<String> want = new ArrayList<>(expected(expected));
    List<String> got = new ArrayList<>(actual);
    java.util.Collections.sort(want);
    java.util.Collections.sort(got);
    org.junit.jupiter.api.Assertions.assertEquals(want, got);
  }

  /** Parses a table cell: {@code ""} means nothing found, else {@code ENTITY=text|ENTITY=text}. */
  static List<String> expected(String cell) {
    return cell == null || cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
  }
}
