package dev.veil.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.testing.Gen;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random texts split at random points: nothing is lost, and no model address gets out. */
class OutputStreamPropertiesTest {

  private static final List<String> MAILS = List.of("bob.smith@example.org", "a.b@mail.example.com", "zoë@exämple.de");
  private static final List<String> PIECES = List.of("word", "Grüße", "😀", "你好", "𝄞x", Fixtures.PERSON,
      Fixtures.EMAIL, Fixtures.PERSON10, "<PERSON_", "<EMAIL", "a<b", "3.14", "v1.2");
  private static final List<String> GAPS = List.of(" ", ", ", ". ", "! ", "\n", "。", " - ", "? ");

  private static String text(SplittableRandom r, boolean mails) {
    StringBuilder sb = new StringBuilder();
    for (int n = Gen.length(r, 40); n > 0; n--) {
      sb.append(mails && r.nextInt(4) == 0 ? Gen.oneOf(r, MAILS) : Gen.oneOf(r, PIECES));
      sb.append(Gen.oneOf(r, GAPS));
    }
    return sb.toString();
  }

  /** Streams {@code text} in random pieces through scanning and restoring; what the client assembles. */
  private static String stream(String text, SplittableRandom r, OutputScanner scanner) {
    Placeholders p = new Placeholders(Fixtures.vault(), false);
    RestoreStats stats = new RestoreStats();
    DeltaStage stage = new OutputScan(scanner, p).stage(new StreamingRestorer(p, false, stats), stats);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < text.length()) {
      int next = Math.min(text.length(), at + 1 + r.nextInt(r.nextBoolean() ? 4 : 40));
      out.append(stage.push(text.substring(at, next)));
      at = next;
    }
    return out.append(stage.flush()).toString();
  }

  @Test
  void nothingIsLostOrChangedWhenFindingsAreOnlyCounted() {
    Gen.check("counted", 7101, 300, r -> {
      String text = text(r, true);
      OutputScanner scanner = Scanners.counting(16 + r.nextInt(80));
      assertEquals(Fixtures.naiveRestore(text), stream(text, r, scanner));
    });
  }

  @Test
  void noModelAddressGetsOutAndTheRestIsKept() {
    Gen.check("redacted", 7102, 300, r -> {
      String text = text(r, true);
      String out = stream(text, r, Scanners.redacting(32 + r.nextInt(200), "EMAIL_ADDRESS"));
      for (String mail : MAILS) {
        assertFalse(out.contains(mail.substring(mail.indexOf('@'))), out);
      }
      String expected = text;
      for (String mail : MAILS) {
        expected = expected.replace(mail, "[EMAIL_ADDRESS]");
      }
      assertEquals(Fixtures.naiveRestore(expected), out);
      assertTrue(out.contains(Fixtures.EMAIL_ORIGINAL) == text.contains(Fixtures.EMAIL));
    });
  }
}
