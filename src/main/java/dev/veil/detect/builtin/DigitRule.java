package dev.veil.detect.builtin;

import dev.veil.detect.Span;
import java.util.List;

/** Finds one entity type in a {@link DigitRun}; stateless and thread-safe. */
interface DigitRule {

  /** Adds a span to {@code out} for each match in {@code run}. */
  void find(DigitRun run, List<Span> out);
}
