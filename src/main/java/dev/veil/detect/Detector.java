package dev.veil.detect;

import java.util.List;

/**
 * Finds entities in one string.
 *
 * <p>A detector is pure: no I/O, no shared mutable state, safe to call from many threads at
 * once. It returns offsets ({@link Span}), never text, and must not put the input into an
 * exception message. A detector that throws fails the whole request closed.
 */
public interface Detector {

  /** A stable name, used in findings, metrics and YAML. */
  String name();

  /** Finds spans in {@code text}; the list may be empty, never null, in any order. */
  List<Span> detect(String text);
}
