package dev.veil.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

class StreamingRestorerProperties {

  private static final Placeholders PLACEHOLDERS = new Placeholders(Fixtures.vault(), false);

  /** Text built from tokens, their prefixes, near misses, brackets and multi-byte characters. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of(Fixtures.PERSON, Fixtures.EMAIL, Fixtures.PERSON10,
        "<PERS", "<PERSON_", "<EMAIL_ADDRESS_3f9a", "<PERSON_99>", "<IBAN_2>", "<", ">", "<<",
        "a", " ", "日本", "😀", "é", "\n", "_1>", "PERSON_1", "\\", "\"");
    return piece.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<Split> splits() {
    return Combinators.combine(texts(), Arbitraries.integers().between(0, 1000).list()
        .ofMaxSize(12)).as(Split::of);
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

  @Property(tries = 2000)
  void randomSplitsConcatenateToTheFullyRestoredText(@ForAll("splits") Split split) {
    StreamingRestorer r = new StreamingRestorer(PLACEHOLDERS, false, new RestoreStats());
    StringBuilder out = new StringBuilder();
    for (String d : split.deltas()) {
      out.append(r.push(d));
    }
    out.append(r.flush());
    assertEquals(Fixtures.naiveRestore(split.text()), out.toString());
  }

  @Property(tries = 2000)
  void nothingHeldBackIsLostAndHoldIsBounded(@ForAll("splits") Split split) {
    RestoreStats stats = new RestoreStats();
    StreamingRestorer r = new StreamingRestorer(PLACEHOLDERS, false, stats);
    StringBuilder in = new StringBuilder();
    StringBuilder out = new StringBuilder();
    for (String d : split.deltas()) {
      in.append(d);
      out.append(r.push(d));
      String whole = Fixtures.naiveRestore(in.toString());
      assertTrue(whole.startsWith(out.toString()), "emitted text is a prefix of the result");
    }
    String tail = r.flush();
    assertTrue(tail.length() < Fixtures.EMAIL.length(), "held back less than the longest token");
    assertEquals(Fixtures.naiveRestore(in.toString()), out + tail);
    assertEquals(tail.isEmpty() ? 0 : 1, stats.unresolvedTails());
  }

  @Property(tries = 500)
  void streamedCountsMatchWholeTextCounts(@ForAll("splits") Split split) {
    RestoreStats streamed = new RestoreStats();
    StreamingRestorer r = new StreamingRestorer(PLACEHOLDERS, false, streamed);
    split.deltas().forEach(r::push);
    r.flush();
    RestoreStats whole = new RestoreStats();
    PLACEHOLDERS.restore(split.text(), false, whole);
    PLACEHOLDERS.countStrays(split.text(), 0, true, whole);
    assertEquals(whole.restored(), streamed.restored());
    assertEquals(whole.invented(), streamed.invented());
    assertEquals(whole.mangled(), streamed.mangled());
  }

  private static final Placeholders TOLERANT = new Placeholders(Fixtures.vault(), true);

  @Provide
  Arbitrary<Split> mangledSplits() {
    Arbitrary<String> piece = Arbitraries.of(Fixtures.PERSON, "<Person 1>", "[PERSON_1]",
        "PERSON_1", "person_10", "<Email Address 3F9A2C1E>", "PERSON_12", "<PERS", "Per", "son",
        " ", "_", "1", "0", ">", "]", "[", "<", "a", "😀", "é", ".");
    return Combinators.combine(piece.list().ofMaxSize(25).map(l -> String.join("", l)),
        Arbitraries.integers().between(0, 1000).list().ofMaxSize(10)).as(Split::of);
  }

  @Property(tries = 2000)
  void tolerantStreamingMatchesTolerantWholeText(@ForAll("mangledSplits") Split split) {
    StreamingRestorer r = new StreamingRestorer(TOLERANT, false, new RestoreStats());
    StringBuilder out = new StringBuilder();
    for (String d : split.deltas()) {
      out.append(r.push(d));
    }
    out.append(r.flush());
    assertEquals(TOLERANT.restore(split.text(), false, null), out.toString());
  }
}
