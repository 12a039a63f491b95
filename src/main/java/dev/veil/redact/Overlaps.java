package dev.veil.redact;

import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks non-overlapping spans: the higher score wins, then the longer span, then the earlier
 * one. Results are sorted by start.
 */
final class Overlaps {
  private static final Comparator<Span> PRIORITY =
      Comparator.comparingDouble(Span::score).reversed()
          .thenComparing(Comparator.comparingInt(Span::length).reversed())
          .thenComparingInt(Span::start);

  /** The winners among {@code spans}. */
  static List<Span> resolve(List<Span> spans) {
    if (spans.size() <= 1) {
      return spans;
    }
    List<Span> ordered = new ArrayList<>(spans);
    ordered.sort(PRIORITY);
    TreeMap<Integer, Span> kept = new TreeMap<>();
    for (Span s : ordered) {
      tryAdd(kept, s);
    }
    return new ArrayList<>(kept.values());
  }

  /** {@code fixed} plus those {@code extra} spans (longest first) that overlap nothing kept. */
  static List<Span> addAround(List<Span> fixed, List<Span> extra) {
    TreeMap<Integer, Span> kept = new TreeMap<>();
    for (Span s : fixed) {
      kept.put(s.start(), s);
    }
    List<Span> ordered = new ArrayList<>(extra);
    ordered.sort(Comparator.comparingInt(Span::length).reversed().thenComparingInt(Span::start));
    for (Span s : ordered) {
      tryAdd(kept, s);
    }
    return new ArrayList<>(kept.values());
  }

  private static void tryAdd(TreeMap<Integer, Span> kept, Span s) {
    Map.Entry<Integer, Span> before = kept.floorEntry(s.start());
    if (before != null && before.getValue().end() > s.start()) {
      return;
    }
    Map.Entry<Integer, Span> after = kept.ceilingEntry(s.start());
    if (after != null && after.getValue().start() < s.end()) {
      return;
    }
    kept.put(s.start(), s);
  }
}
