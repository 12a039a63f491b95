package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.detect.Detector;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures PERSON recall and keep on the hand-labelled set and on the PERSON records of the
 * shared conformance corpus, prints the figures (surefire report file) and guards floors.
 *
 * <p>Recall: a name counts as found when every capitalised token of it (3+ letters) is
 * overlapped by a PERSON span, so a partial leak is a miss. Keep: a look-alike survives when no
 * PERSON span overlaps it.
 */
@Tag("measure")
class PersonMeasureTest {
  private final Detector person = new PersonDetector(NameLexicon.get());

  @Test
  void handLabelledSet() throws IOException {
    Score s = new Score();
    for (LabelledSet.Case c : LabelledSet.load("person-set.txt").cases()) {
      s.add(c.text(), c.pii(), c.keep());
    }
    s.print("hand-labelled set");
    assertTrue(s.recall() >= 0.9, "recall " + s.recall());
    assertTrue(s.keep() >= 0.95, "keep " + s.keep());
  }

  @Test
  void holdoutSet() throws IOException {
    Score s = new Score();
    for (LabelledSet.Case c : LabelledSet.load("person-holdout.txt").cases()) {
      s.add(c.text(), c.pii(), c.keep());
    }
    s.print("hold-out set");
    assertTrue(s.recall() >= 0.75, "recall " + s.recall());
    assertTrue(s.keep() >= 0.9, "keep " + s.keep());
  }

  @Test
  void conformanceCorpus() throws IOException {
    Path corpus = Path.of("../shared/pii-conformance.jsonl");
    Assumptions.assumeTrue(Files.exists(corpus), "shared corpus not beside the project");
    ObjectMapper json = new ObjectMapper();
    Score s = new Score();
    for (String line : Files.readAllLines(corpus)) {
      JsonNode r = json.readTree(line);
      if (!Entities.PERSON.equals(r.path("entity").asText())) {
        continue;
      }
      List<String> pii = new ArrayList<>();
      r.path("pii").forEach(n -> pii.add(n.asText()));
      List<String> keep = new ArrayList<>();
      r.path("keep").forEach(n -> keep.add(n.asText()));
      s.add(r.path("text").asText(), pii, keep);
    }
    s.print("conformance PERSON");
    assertTrue(s.recall() >= 0.95, "recall " + s.recall());
  }

  private final class Score {
    int pii;
    int found;
    int keep;
    int kept;
    final List<String> misses = new ArrayList<>();

    void add(String text, List<String> names, List<String> keeps) {
      List<Span> spans = person.detect(text);
      for (String name : names) {
        pii++;
        int at = text.indexOf(name);
        if (at >= 0 && tokensCovered(text, at, at + name.length(), spans)) {
          found++;
        } else {
          misses.add("MISS " + name);
        }
      }
      for (String k : keeps) {
        keep++;
        int at = text.indexOf(k);
        boolean hit = false;
        for (Span sp : spans) {
          hit |= at >= 0 && sp.start() < at + k.length() && at < sp.end();
        }
        if (hit) {
          misses.add("DAMAGE " + k);
        } else {
          kept++;
        }
      }
    }

    double recall() {
      return pii == 0 ? 1 : (double) found / pii;
    }

    double keep() {
      return keep == 0 ? 1 : (double) kept / keep;
    }

    void print(String label) {
      System.out.printf("%s: recall %.3f (%d/%d), keep %.3f (%d/%d)%n", label, recall(), found,
          pii, keep(), kept, keep);
      misses.forEach(System.out::println);
    }
  }

  /** Every capitalised token of 3+ letters in [from, to) overlaps some span. */
  static boolean tokensCovered(String text, int from, int to, List<Span> spans) {
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
      if (i - b >= 3 && Character.isUpperCase(text.charAt(b))) {
        boolean covered = false;
        for (Span s : spans) {
          covered |= s.start() < i && b < s.end();
        }
        if (!covered) {
          return false;
        }
      }
    }
    return true;
  }
}
