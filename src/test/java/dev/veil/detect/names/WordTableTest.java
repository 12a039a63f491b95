package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The packed index answers exactly as the string table, for every word of the lexicon. */
class WordTableTest {
  final WordTable table = NameLexicon.get().table();

  @Test
  void everyKeyHasTheSameFlagsThroughThePackedIndexInAnyCase() {
    List<String> keys = table.keys();
    assertTrue(keys.size() > 50_000, "the lexicon loaded");
    int packed = 0;
    for (String k : keys) {
      int expected = table.unpacked(k, 0, k.length());
      assertNotEquals(0, expected, k);
      assertEquals(expected, table.get(k, 0, k.length()), k);
      String upper = k.toUpperCase(Locale.ROOT);
      if (upper.length() == k.length() && WordTable.fold(upper).equals(k)) {
        assertEquals(expected, table.get(" " + upper + ".", 1, upper.length() + 1), upper);
      }
      if (WordTable.pack(k, 0, k.length()) != 0) {
        packed++;
      }
    }
    assertTrue(packed > keys.size() / 2, "most words pack: " + packed);
  }

  @Test
  void wordsThatAreNotKeysAreAbsentEitherWay() {
    for (String w : List.of("zzqxv", "the-the-the", "abcdefghijk", "x9", "o'neill's", "straße", "istanbul",
        "\u0130stanbul", "kelvin\u212a")) {
      assertEquals(table.unpacked(w, 0, w.length()), table.get(w, 0, w.length()), w);
    }
  }

  @Test
  void packingIsOneToOneOnItsAlphabet() {
    assertEquals(0, WordTable.pack("", 0, 0));
    assertEquals(0, WordTable.pack("abcdefghijk", 0, 11));
    assertEquals(0, WordTable.pack("a_b", 0, 3));
    assertNotEquals(WordTable.pack("ab", 0, 2), WordTable.pack("ba", 0, 2));
    assertNotEquals(WordTable.pack("a", 0, 1), WordTable.pack("a-", 0, 2));
    assertEquals(WordTable.pack("Mary", 0, 4), WordTable.pack("mary", 0, 4));
  }
}
