package dev.veil.body;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** What pass 1 learned about one body: its strings, media parts and top-level options. */
final class Scan {
  /** A media part: its kind and the ordinal of the object that holds it (the part). */
  record MediaPart(Treatment kind, int objectOrdinal, boolean atRoot) {}

  final List<Slot> slots = new ArrayList<>();
  final List<MediaPart> media = new ArrayList<>();
  String model;
  boolean stream;
  /** The top-level {@code store}: TRUE, FALSE, or null when absent or not a boolean. */
  Boolean store;
  /** Byte offset of the root object's opening brace. */
  long rootStart = -1;
  /** Whether the root object has at least one field. */
  boolean rootHasFields;
  /** Whether the top level has a {@code store} field at all. */
  boolean storePresent;
  /** Byte range of the top-level {@code store} value when it is a scalar; -1 otherwise. */
  long storeStart = -1;
  long storeEnd = -1;
  /** Objects (by document order) to leave out of the rewritten body. */
  final BitSet strip = new BitSet();

  /** Every slot, nested JSON strings included, in document order. */
  List<Slot> flat() {
    List<Slot> all = new ArrayList<>(slots.size());
    for (Slot s : slots) {
      all.add(s);
      if (s.inner != null) {
        all.addAll(s.inner);
      }
    }
    return all;
  }
}
