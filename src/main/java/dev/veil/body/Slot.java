package dev.veil.body;

import dev.veil.detect.Span;
import java.util.List;

/**
 * One string the walk looks at (content, identifier, JSON inside a string, or an object key that
 * is not a known field name), in document order. Pass 1 fills it, the policy sets
 * {@link #replacement}, pass 2 writes it.
 */
final class Slot {
  final String text;
  final Treatment treatment;
  /** JSON Pointer of the string; null unless findings were asked for. */
  final String path;
  /** Set when the string is a {@code data:...;base64,} URL: never scanned, media policy applies. */
  final Treatment media;
  /** The string values inside, when {@link Treatment#NESTED_JSON} text parsed as JSON; else null. */
  List<Slot> inner;
  List<Span> spans = List.of();
  /** The text to write instead, or null to keep (or rebuild from {@link #inner}). */
  String replacement;
  /**
   * For an object key: the rules of its object (which say what names are known there); null for
   * a value. Keys are scanned as {@link Treatment#CONTENT}, never as media or nested JSON.
   */
  FieldRules keyOf;
  /** For an object key: the ordinal of its object within the walk that found it; -1 for a value. */
  int object = -1;
  /** Byte range of the JSON string token in the body, quotes included; -1 for nested strings. */
  int start = -1;
  int end = -1;

  Slot(String text, Treatment treatment, String path, Treatment media) {
    this.text = text;
    this.treatment = treatment;
    this.path = path;
    this.media = media;
  }

  /** Whether this string or one inside it changes. */
  boolean changed() {
    if (replacement != null) {
      return true;
    }
    if (inner != null) {
      for (Slot s : inner) {
        if (s.changed()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether detectors look at this string. */
  boolean scanned() {
    return media == null && inner == null && (treatment == Treatment.CONTENT || treatment == Treatment.NESTED_JSON);
  }

  @Override
  public String toString() {
    return "Slot[" + treatment + ", " + text.length() + " chars]";
  }
}
