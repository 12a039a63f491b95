package dev.veil.restore;

import static dev.veil.restore.Fixtures.EMAIL;
import static dev.veil.restore.Fixtures.EMAIL_ORIGINAL;
import static dev.veil.restore.Fixtures.PERSON;
import static dev.veil.restore.Fixtures.PERSON10;
import static dev.veil.restore.Fixtures.PERSON_ORIGINAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamingRestorerTest {

  private static final Placeholders PLACEHOLDERS = new Placeholders(Fixtures.vault(), false);
  private static final List<String> TOKENS = List.of(PERSON, EMAIL, PERSON10);
  private static final String TEXT = "Hi " + PERSON + ", 日本 😀 " + EMAIL + "! " + PERSON10
      + " <PERSON_99> <" + PERSON + "> a<b <IBAN_2> 😀" + PERSON + "😀 end";

  private static String run(String text, int... cuts) {
    StreamingRestorer r = new StreamingRestorer(PLACEHOLDERS, false, new RestoreStats());
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int cut : cuts) {
      out.append(r.push(text.substring(from, cut)));
      from = cut;
    }
    out.append(r.push(text.substring(from)));
    return out.append(r.flush()).toString();
  }

  @Test
  void oneEvent() {
    assertEquals(Fixtures.naiveRestore(TEXT), run(TEXT));
  }

  @Test
  void twoEventsSplitAtEveryOffset() {
    String expected = Fixtures.naiveRestore(TEXT);
    for (int i = 0; i <= TEXT.length(); i++) {
      assertEquals(expected, run(TEXT, i), "split at " + i);
    }
  }

  @Test
  void threeEventsSplitAtEveryPairOfOffsets() {
    String expected = Fixtures.naiveRestore(TEXT);
    for (int i = 0; i <= TEXT.length(); i++) {
      for (int j = i; j <= TEXT.length(); j++) {
        assertEquals(expected, run(TEXT, i, j), "split at " + i + "," + j);
      }
    }
  }

  @Test
  void holdsBackOnlyAProperPrefixOfAnIssuedToken() {
    for (int i = 0; i <= TEXT.length(); i++) {
      StreamingRestorer r = new StreamingRestorer(PLACEHOLDERS, false, new RestoreStats());
      String prefix = TEXT.substring(0, i);
      String out = r.push(prefix);
      String held = expectedHold(prefix);
      assertEquals(Fixtures.naiveRestore(prefix.substring(0, prefix.length() - held.length())),
          out, "after " + i + " chars");
      assertEquals(held, r.flush());
    }
  }

  /** Brute force: the longest suffix that is a proper prefix of some token. */
  private static String expectedHold(String s) {
    if (!s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))) {
      return s.substring(s.length() - 1);
    }
    for (int k = Math.max(0, s.length() - 40); k < s.length(); k++) {
      String tail = s.substring(k);
      for (String t : TOKENS) {
        if (t.length() > tail.length() && t.startsWith(tail)) {
          return tail;
        }
      }
    }
    return "";
  }

  @Test
  void restoredTextLeavesInTheDeltaThatCompletesTheToken() {
    StreamingRestorer r = new StreamingRestorer(PLACEHOLDERS, false, new RestoreStats());
    assertEquals("Hi ", r.push("Hi <PERS"));
    assertEquals(PERSON_ORIGINAL + " and", r.push("ON_1> and"));
    assertEquals(" " + PERSON_ORIGINAL + "!", r.push(" " + PERSON + "!"));
    assertEquals("", r.flush());
  }

  @Test
  void countsRestoredInventedAndUnresolved() {
    RestoreStats stats = new RestoreStats();
    StreamingRestorer r = new StreamingRestorer(PLACEHOLDERS, false, stats);
    r.push("a " + PERSON + " <PERSON_9");
    r.push("9> <EMAIL_ADDRESS_ffffffff> <IBAN_2> <EMAIL_");
    assertEquals("<EMAIL_", r.flush());
    assertEquals(1, stats.restored());
    assertEquals(2, stats.invented(), "<PERSON_99> split over deltas and the email one");
    assertEquals(1, stats.unresolvedTails());
  }

  @Test
  void jsonArgumentsStayValidJsonAtEverySplit() throws Exception {
    String args = "{\"name\": \"" + PERSON + "\", \"mail\": \"x " + EMAIL + "\", \"n\": 1}";
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i <= args.length(); i++) {
      for (int j = i; j <= args.length(); j += 3) {
        StreamingRestorer r = new StreamingRestorer(PLACEHOLDERS, true, new RestoreStats());
        String out = r.push(args.substring(0, i)) + r.push(args.substring(i, j))
            + r.push(args.substring(j)) + r.flush();
        JsonNode node = mapper.readTree(out);
        assertEquals(PERSON_ORIGINAL, node.get("name").textValue(), "split " + i + "," + j);
        assertEquals("x " + EMAIL_ORIGINAL, node.get("mail").textValue());
      }
    }
  }

  @Test
  void textWithoutAngleBracketPassesAsTheSameString() {
    StreamingRestorer r = new StreamingRestorer(PLACEHOLDERS, false, new RestoreStats());
    String delta = "plain text 😀";
    assertTrue(delta == r.push(delta));
  }
}
