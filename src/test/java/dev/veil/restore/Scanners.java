package dev.veil.restore;

import dev.veil.config.ConfigLoader;
import dev.veil.config.RedactionConfig;
import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import dev.veil.detect.builtin.BuiltinDetectors;
import dev.veil.detect.builtin.BuiltinOptions;
import dev.veil.detect.names.NameDetectors;
import dev.veil.redact.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Output scanners for restore tests, on the real detectors Veil runs. */
final class Scanners {

  private static Redactor redactor;

  private Scanners() {}

  /** The request side's default detectors and thresholds; {@code [ENTITY]} for each finding of {@code entities} (empty: all). */
  static OutputScanner redacting(int maxHold, String... entities) {
    return scanner(maxHold, true, entities);
  }

  /** Like {@link #redacting} but findings are only counted (action keep). */
  static OutputScanner counting(int maxHold) {
    return scanner(maxHold, false);
  }

  private static OutputScanner scanner(int maxHold, boolean redact, String... entities) {
    Redactor r = redactor();
    Set<String> only = Set.of(entities);
    return new OutputScanner() {
      @Override
      public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : r.find(text)) {
          if (only.isEmpty() || only.contains(s.entity())) {
            out.add(s);
          }
        }
        return out;
      }

      @Override
      public String replacement(String entity, String value) {
        return redact ? "[" + entity + "]" : value;
      }

      @Override
      public int maxHoldChars() {
        return maxHold;
      }
    };
  }

  /** Only the custom rule {@code password=\S+} (entity PASSWORD): a broad rule that can take in a token. */
  static OutputScanner passwordRule() {
    RedactionConfig cfg = new ConfigLoader(Map.of()).parse(
        "redaction:\n  rules:\n    - {name: pw, entity: PASSWORD, pattern: 'password=\\S+'}\n").redaction();
    Redactor r = new Redactor(cfg, List.of());
    return new OutputScanner() {
      @Override
      public List<Span> find(String text) {
        return r.find(text);
      }

      @Override
      public String replacement(String entity, String value) {
        return "[" + entity + "]";
      }

      @Override
      public int maxHoldChars() {
        return 256;
      }
    };
  }

  /** A scanner whose detectors always fail. */
  static OutputScanner failing() {
    return new OutputScanner() {
      @Override
      public List<Span> find(String text) {
        throw new IllegalStateException("detector failed");
      }

      @Override
      public String replacement(String entity, String value) {
        return "[" + entity + "]";
      }

      @Override
      public int maxHoldChars() {
        return 256;
      }
    };
  }

  private static synchronized Redactor redactor() {
    if (redactor == null) {
      List<Detector> all = new ArrayList<>(BuiltinDetectors.all(BuiltinOptions.defaults()));
      all.addAll(NameDetectors.all());
      redactor = new Redactor(RedactionConfig.defaults(), all);
    }
    return redactor;
  }
}
