package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures the built-in detectors on the public conformance corpus (Presidio's recognizer test
 * cases, /work/shared/pii-conformance.jsonl or -Dveil.corpus=...), without the proxy: recall =
 * non-weak pii items of the scored entities covered by one span at or above the default
 * threshold; keep = keep items not overlapped by any such span. Prints a per-entity table and
 * every miss. Skipped when the corpus is absent.
 */
@Tag("measure")
class CorpusMeasureTest {
  static final double THRESHOLD = 0.5;
  static final Set<String> SCORED = Set.of("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD",
      "IBAN_CODE", "US_SSN", "US_ITIN", "US_PASSPORT", "ABA_ROUTING_NUMBER", "IP_ADDRESS",
      "MAC_ADDRESS", "CRYPTO", "UK_NHS", "UK_NINO", "UK_PASSPORT", "ES_NIF", "ES_NIE",
      "IT_FISCAL_CODE", "DE_TAX_ID", "PL_PESEL", "FI_PERSONAL_IDENTITY_CODE", "SE_PERSONNUMMER",
      "CA_SIN", "IN_AADHAAR", "IN_PAN");

  @Test
  void recallAndKeepOnConformanceCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("veil.corpus", "/work/shared/pii-conformance.jsonl"));
    Assumptions.assumeTrue(Files.exists(corpus), "corpus not present");
    List<Detector> detectors = BuiltinDetectors.all(BuiltinOptions.defaults());
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> perEntity = new TreeMap<>(); // pii, found, keep, kept
    int[] otherKeep = new int[2];
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(corpus)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      JsonNode rec = json.readTree(line);
      String entity = rec.get("entity").asText();
      String text = rec.get("text").asText();
      List<Span> spans = new ArrayList<>();
      for (Detector d : detectors) {
        for (Span s : d.detect(text)) {
          if (s.score() >= THRESHOLD) {
            spans.add(s);
          }
        }
      }
      boolean scored = SCORED.contains(entity);
      int[] counts = scored ? perEntity.computeIfAbsent(entity, k -> new int[4]) : null;
      JsonNode pii = rec.get("pii");
      JsonNode weak = rec.get("weak");
      int from = 0;
      for (int i = 0; scored && i < pii.size(); i++) {
        String value = pii.get(i).asText();
        int start = text.indexOf(value, 0);
        if (weak.get(i).asBoolean() || start < 0) {
          continue;
        }
        int end = start + value.length();
        counts[0]++;
        if (spans.stream().anyMatch(s -> s.start() <= start && s.end() >= end)) {
          counts[1]++;
        } else {
          misses.add("MISS " + entity + " [" + value + "] in: " + text + " spans=" + spans);
        }
      }
      for (JsonNode keepNode : rec.get("keep")) {
        String value = keepNode.asText();
        int start = text.indexOf(value);
        if (start < 0) {
          continue;
        }
        int end = start + value.length();
        boolean damaged = spans.stream().anyMatch(s -> s.start() < end && start < s.end());
        if (scored) {
          counts[2]++;
          counts[3] += damaged ? 0 : 1;
          if (damaged) {
            misses.add("DAMAGE " + entity + " [" + value + "] in: " + text + " spans=" + spans);
          }
        } else {
          otherKeep[0]++;
          otherKeep[1] += damaged ? 0 : 1;
          if (damaged) {
            misses.add("OTHER-DAMAGE " + entity + " [" + value + "] in: " + text + " spans=" + spans);
          }
        }
      }
    }
    int[] total = new int[4];
    StringBuilder table = new StringBuilder(String.format("%-27s %9s %9s%n", "entity", "recall", "keep"));
    perEntity.forEach((entity, c) -> {
      for (int k = 0; k < 4; k++) {
        total[k] += c[k];
      }
      table.append(String.format("%-27s %4d/%-4d %4d/%-4d%n", entity, c[1], c[0], c[3], c[2]));
    });
    double recall = total[0] == 0 ? 1 : (double) total[1] / total[0];
    double keep = total[2] == 0 ? 1 : (double) total[3] / total[2];
    table.append(String.format("TOTAL recall %.4f (%d/%d) keep %.4f (%d/%d)%n", recall, total[1],
        total[0], keep, total[3], total[2]));
    table.append(String.format("keep on other entities' records: %d/%d%n", otherKeep[1], otherKeep[0]));
    misses.forEach(m -> table.append(m).append('\n'));
    System.out.println(table);
    Files.writeString(Path.of("target", "corpus-measure.txt"), table);
    assertTrue(recall >= 0.97, "recall " + recall);
    assertTrue(keep >= 0.97, "keep " + keep);
  }
}
