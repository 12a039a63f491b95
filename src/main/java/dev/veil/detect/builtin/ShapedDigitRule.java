package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Span;
import java.util.List;

/**
 * A {@link DigitRule} for identifiers with fixed group shapes (e.g. 3-2-4 for a US SSN): tries
 * each shape at each group of the run, keeps windows that stand on their own, and lets the
 * subclass validate the digits and pick a base score, raised by context words.
 */
abstract class ShapedDigitRule implements DigitRule {
  private final String entity;
  private final String name;
  private final int[][] shapes;
  private final String separators;
  private final ContextWords context;

  ShapedDigitRule(String entity, String name, int[][] shapes, String separators,
      ContextWords context) {
    this.entity = entity;
    this.name = name;
    this.shapes = shapes;
    this.separators = separators;
    this.context = context;
  }

  /**
   * The base score for {@code digits} written with separator {@code sep} (0 when compact), or 0
   * to reject.
   */
  abstract double score(String digits, char sep);

  @Override
  public void find(DigitRun run, List<Span> out) {
    for (int g = 0; g < run.count; g++) {
      for (int[] shape : shapes) {
        int k = shape.length;
        if (!run.shaped(g, shape)) {
          continue;
        }
        char sep = run.separator(g, k, separators);
        if (sep == '!' || !run.standalone(g, k)) {
          continue;
        }
        double base = score(run.digits(g, k), sep);
        if (base <= 0) {
          continue;
        }
        int start = run.starts[g];
        int end = run.ends[g + k - 1];
        out.add(new Span(entity, start, end, Scores.boost(base, context, run.text, start, end), name));
        break;
      }
    }
  }
}
