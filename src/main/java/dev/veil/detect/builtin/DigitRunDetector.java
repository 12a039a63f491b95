package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds digit-only identifiers (cards, national numbers, routing numbers) in one pass: the text
 * is cut into {@link DigitRun}s once, and each {@link DigitRule} looks at every run. Text
 * without digits costs one scan for a digit.
 *
 * <p>Stateless and thread-safe; linear in the text length.
 */
final class DigitRunDetector implements Detector {
  private final List<DigitRule> rules;

  DigitRunDetector(List<DigitRule> rules) {
    this.rules = List.copyOf(rules);
  }

  @Override
  public String name() {
    return "digit-ids";
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    DigitRun run = new DigitRun(text);
    int from = 0;
    while (run.next(from)) {
      if (run.digitCount(0, run.count) >= 9) {
        for (DigitRule rule : rules) {
          rule.find(run, out);
        }
      }
      from = run.end();
    }
    return out;
  }
}
