package dev.veil.detect.builtin;

import dev.veil.detect.Span;
import java.util.List;

/** Finds one kind of secret in a whole text, anchored on a literal; stateless and thread-safe. */
interface TextRule {

  /** Adds a span to {@code out} for each match in {@code text}. */
  void find(String text, List<Span> out);
}
