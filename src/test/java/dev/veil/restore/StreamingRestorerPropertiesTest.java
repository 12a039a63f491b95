package dev.veil.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of streamed restoration over random texts cut at random points (seeded, see {@link Gen}). */
class StreamingRestorerPropertiesTest {

  private static final Placeholders PLACEHOLDERS = new Placeholders(Fixtures.vault(), false);

  /** Tokens, their prefixes, near misses, brackets and multi-byte characters. */
  private static final List<String> PIECES = List.of(Fixtures.PERSON, Fixtures.EMAIL, Fixtures.PERSON10,
      "<PERS", "<PERSON_", "<EMAIL_ADDRESS_3f9a", "<PERSON_99>", "<IBAN_2>", "<", ">", "<<",
      "a", " ", "日本", "😀", "é", "\n", "_1>", "PERSON_1", "\\", "\"");

  /** Mangled token forms a model writes back, and their pieces. */
  private static final List<String> MANGLED_PIECES = List.of(Fixtures.PERSON, "<Person 1>", "[PERSON_1]",
      "PERSON_1", "person_10", "<Email Address 3F9A2C1E>", "PERSON_12", "<PERS", "Per", "son",
      " ", "_", "1", "0", ">", "]", "[", "<", "a", "😀", "é", ".");

  /** Text of up to 30 pieces, cut at up to 12 points. */
  static Split split(SplittableRandom r) {
    return Split.of(Gen.joined(r, 30, PIECES), Gen.ints(r, 12, 1001));
  }

  static Split mangledSplit(SplittableRandom r) {
    return Split.of(Gen.joined(r, 25, MANGLED_PIECES), Gen.ints(r, 10, 1001));
  }

  record Split(String text, List<Integer> cuts) {
    static Split of(String text, List<Integer> raw) {
      List<Integer> cuts = new ArrayList<>();
      for (int c : raw) {
        cuts.add(text.isEmpty() ? 0 : c % (text.length() + 1));
      }
      cuts.sort(Integer::compare);
      return new Split(text, cuts);
    }

    List<String> deltas() {
      List<String> out = new ArrayList<>();
      int from = 0;
      for (int c : cuts) {
        out.add(text.substring(from, c));
        from = c;
      }
      out.add(text.substring(from));
      return out;
    }
  }

  @Test
  void randomSplitsConcatenateToTheFullyRestoredText() {
    Gen.check("randomSplitsConcatenateToTheFullyRestoredText", 0x5E1L, 2000, r -> {
      Split split = split(r);
      StreamingRestorer restorer = new StreamingRestorer(PLACEHOLDERS, false, new RestoreStats());
      StringBuilder out = new StringBuilder();
      for (String d : split.deltas()) {
        out.append(restorer.push(d));
      }
      out.append(restorer.flush());
      assertEquals(Fixtures.naiveRestore(split.text()), out.toString(), split::toString);
    });
  }

  @Test
  void nothingHeldBackIsLostAndHoldIsBounded() {
    Gen.check("nothingHeldBackIsLostAndHoldIsBounded", 0x5E2L, 2000, r -> {
      Split split = split(r);
      RestoreStats stats = new RestoreStats();
      StreamingRestorer restorer = new StreamingRestorer(PLACEHOLDERS, false, stats);
      StringBuilder in = new StringBuilder();
      StringBuilder out = new StringBuilder();
      for (String d : split.deltas()) {
        in.append(d);
        out.append(restorer.push(d));
        String whole = Fixtures.naiveRestore(in.toString());
        assertTrue(whole.startsWith(out.toString()), () -> "emitted text is a prefix of the result: " + split);
      }
      String tail = restorer.flush();
      assertTrue(tail.length() < Fixtures.EMAIL.length(), () -> "held back less than the longest token: " + split);
      assertEquals(Fixtures.naiveRestore(in.toString()), out + tail, split::toString);
      assertEquals(tail.isEmpty() ? 0 : 1, stats.unresolvedTails(), split::toString);
    });
  }

  @Test
  void streamedCountsMatchWholeTextCounts() {
    Gen.check("streamedCountsMatchWholeTextCounts", 0x5E3L, 1000, r -> {
      Split split = split(r);
      RestoreStats streamed = new RestoreStats();
      StreamingRestorer restorer = new StreamingRestorer(PLACEHOLDERS, false, streamed);
      split.deltas().forEach(restorer::push);
      restorer.flush();
      RestoreStats whole = new RestoreStats();
      PLACEHOLDERS.restore(split.text(), false, whole);
      PLACEHOLDERS.countStrays(split.text(), 0, true, whole);
      assertEquals(whole.restored(), streamed.restored(), split::toString);
      assertEquals(whole.invented(), streamed.invented(), split::toString);
      assertEquals(whole.mangled(), streamed.mangled(), split::toString);
    });
  }

  private static final Placeholders TOLERANT = new Placeholders(Fixtures.vault(), true);

  @Test
  void tolerantStreamingMatchesTolerantWholeText() {
    Gen.check("tolerantStreamingMatchesTolerantWholeText", 0x5E4L, 2000, r -> {
      Split split = mangledSplit(r);
      StreamingRestorer restorer = new StreamingRestorer(TOLERANT, false, new RestoreStats());
      StringBuilder out = new StringBuilder();
      for (String d : split.deltas()) {
        out.append(restorer.push(d));
      }
      out.append(restorer.flush());
      assertEquals(TOLERANT.restore(split.text(), false, null), out.toString(), split::toString);
    });
  }
}
