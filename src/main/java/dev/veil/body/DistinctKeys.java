package dev.veil.body;

import dev.veil.body.BodyException.Code;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check that redaction kept the keys of each object distinct. Two distinct keys that redact
 * to the same name ({@code redact} gives every e-mail {@code [EMAIL_ADDRESS]}, a mask can give two
 * cards the same stars) would make a body with a duplicate key, which Veil refuses as input and
 * does not forward either: readers differ on which one wins. So the request fails closed with
 * {@link Code#DUPLICATE_KEY_AFTER_REDACTION}. A key redacted to a field name its object's rules
 * know would change the request's meaning, and fails the same way. Renaming one of the keys
 * (a suffix) was the other option; it would invent names the model sees and no restore undoes.
 *
 * <p>Costs nothing when no key changed. Keys that were equal before redaction (JSON inside a
 * string may repeat a key) may stay equal.
 */
final class DistinctKeys {

  /** @throws BodyException when two distinct keys of one object now have the same name */
  static void check(Scan scan) {
    check(scan.slots);
    for (Slot s : scan.slots) {
      if (s.inner != null) {
        check(s.inner);
      }
    }
  }

  private static void check(List<Slot> slots) {
    Set<Integer> touched = null;
    for (Slot s : slots) {
      if (s.keyOf != null && s.replacement != null) {
        if (s.keyOf.knownKey(s.replacement)) {
          throw new BodyException(Code.DUPLICATE_KEY_AFTER_REDACTION);
        }
        if (touched == null) {
          touched = new HashSet<>();
        }
        touched.add(s.object);
      }
    }
    if (touched == null) {
      return;
    }
    Map<Integer, Map<String, String>> names = new HashMap<>();
    for (Slot s : slots) {
      if (s.keyOf == null || !touched.contains(s.object)) {
        continue;
      }
      String out = s.replacement != null ? s.replacement : s.text;
      String before = names.computeIfAbsent(s.object, o -> new HashMap<>()).putIfAbsent(out, s.text);
      if (before != null && !before.equals(s.text)) {
        throw new BodyException(Code.DUPLICATE_KEY_AFTER_REDACTION);
      }
    }
  }

  private DistinctKeys() {}
}
