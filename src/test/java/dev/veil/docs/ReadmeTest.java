package dev.veil.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.audit.AuditLog;
import dev.veil.audit.ExchangeRecord;
import dev.veil.config.ConfigLoader;
import dev.veil.detect.Entities;
import dev.veil.metrics.VeilMetrics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's facts are the code's: the quick-start commands, the audit line (what
 * {@link AuditLog} writes for a record with every field set), the metric names (what
 * {@link VeilMetrics} exposes), the environment variables, the links and the benchmark commands.
 */
class ReadmeTest {
  static final String KEY_ID = "k-1234abcd";
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");

  private final Markdown readme = Markdown.read("README.md");

  /** The record behind the README's audit line: every optional field set. */
  static ExchangeRecord fullRecord() {
    long t0 = 1_000_000_000L;
    ExchangeRecord r = new ExchangeRecord("veil_9f1c2a7e4b3d8c06e5a7f1b2c3d4e5f6", t0,
        Instant.parse("2026-01-15T09:30:12.345Z").toEpochMilli());
    r.method = "POST";
    r.route = "/v1/chat/completions";
    r.model = "gpt-4o-mini";
    r.stream = true;
    r.status = 200;
    r.outcome = ExchangeRecord.Outcome.UPSTREAM_ERROR;
    r.errorCode = "reset";
    r.upstreamRequestId = "req_5b2e8f0c9a1d4e7f8a6b3c2d1e0f9a8b";
    r.upstreamStartNanos = t0 + 4_200_000L;
    r.upstreamHeadersNanos = t0 + 312_900_000L;
    r.firstByteNanos = t0 + 318_400_000L;
    r.endNanos = t0 + 2_841_700_000L;
    r.bytesIn = 1834;
    r.bytesOut = 6120;
    r.promptTokens = 412;
    r.completionTokens = 96;
    r.totalTokens = 508;
    r.redactionsByEntity.put("EMAIL_ADDRESS", 1);
    r.redactionsByEntity.put("IMAGE", 1);
    r.redactionsByEntity.put("PERSON", 2);
    r.redactionsByAction.put("allow", 1);
    r.redactionsByAction.put("pseudonym", 3);
    r.restore.put("restored", 3);
    r.outputFindings.put("EMAIL_ADDRESS", 1);
    r.images = 1;
    r.clientKeyHash = "3f1c0a9e5b7d2c48";
    r.userHash = "9a0b1c2d3e4f5061";
    r.clientIpHash = "77e1d2c3b4a59687";
    return r;
  }

  @Test
  void theQuickStartCommandsAreKept() {
    List<String> sh = readme.blocks("sh").stream().map(b -> b.text().strip()).toList();
    assertTrue(sh.contains("mvn -B -DskipTests package && java -jar target/veil.jar"), "build and run");
    assertTrue(sh.contains("mvn -B verify"), "test suite");
  }

  @Test
  void theAuditLineIsWhatAuditLogWritesForAFullRecord() throws Exception {
    String line = auditBlock();
    assertEquals(new AuditLog("0.1.0", KEY_ID).line(fullRecord()), line);
    JsonNode shown = new ObjectMapper().readTree(line);
    assertEquals(fieldsAuditLogWrites(), paths(shown, ""), "every field AuditLog can write, and no other");
  }

  @Test
  void theAuditFieldTableNamesEveryTopLevelField() throws Exception {
    Set<String> documented = new TreeSet<>();
    for (List<String> row : readme.tableRows("| field | meaning |")) {
      Matcher m = CODE.matcher(row.get(0));
      while (m.find()) {
        documented.add(m.group(1));
      }
    }
    Set<String> top = new TreeSet<>();
    new ObjectMapper().readTree(auditBlock()).fieldNames().forEachRemaining(top::add);
    assertEquals(top, documented);
  }

  @Test
  void everyMetricNamedIsExposedAndEveryExposedMetricIsNamed() {
    String section = readme.section("## Metrics");
    Set<String> named = new TreeSet<>();
    Matcher m = Pattern.compile("veil_[a-z_]+").matcher(section);
    while (m.find()) {
      named.add(m.group());
    }
    Set<String> exposed = exposedFamilies();
    Set<String> unknown = new TreeSet<>(named);
    unknown.removeAll(exposed);
    assertTrue(unknown.isEmpty(), "README names metrics VeilMetrics does not expose: " + unknown);
    Set<String> missing = new TreeSet<>();
    for (String family : exposed) {
      boolean histogramMax = family.endsWith("_max") && exposed.contains(family.substring(0, family.length() - 4));
      if (!histogramMax && !named.contains(family)) {
        missing.add(family);
      }
    }
    assertTrue(missing.isEmpty(), "metrics missing from the README: " + missing);
  }

  @Test
  void theEnvironmentVariablesDoWhatTheTableSays() {
    List<List<String>> rows = readme.tableRows("| variable | overrides | meaning |");
    assertEquals(7, rows.size());
    Path shipped = Markdown.ROOT.resolve("config/veil.yaml");
    for (List<String> row : rows) {
      String var = code(row.get(0));
      if (row.get(1).isEmpty()) {
        assertEquals("VEIL_CONFIG", var);
        assertEquals(Path.of("x.yaml"), new ConfigLoader(Map.of(var, "x.yaml")).resolve(null));
        continue;
      }
      String path = code(row.get(1));
      String value = path.endsWith("port") ? "4321" : path.endsWith("url") ? "http://127.0.0.1:4321" : "k".repeat(32);
      Object bound = ConfigKeys.of(new ConfigLoader(Map.of(var, value)).load(shipped)).get(path).defaultValue();
      assertEquals(value, String.valueOf(bound), var + " sets " + path + " with config/veil.yaml");
    }
  }

  @Test
  void everyRelativeLinkResolves() {
    Matcher m = Pattern.compile("\\]\\(([^)]+)\\)").matcher(Markdown.text("README.md"));
    List<String> broken = new ArrayList<>();
    int links = 0;
    while (m.find()) {
      String target = m.group(1);
      if (target.startsWith("http://") || target.startsWith("https://")) {
        continue;
      }
      links++;
      int hash = target.indexOf('#');
      if (!Files.exists(Markdown.ROOT.resolve(hash < 0 ? target : target.substring(0, hash)))) {
        broken.add(target);
      }
    }
    assertTrue(links >= 6);
    assertTrue(broken.isEmpty(), "broken links: " + broken);
  }

  @Test
  void theMeasurementCommandsExist() throws IllegalAccessException {
    String section = readme.section("## Measured figures");
    for (String script : List.of("bench/run.sh", "bench/ttfb.sh", "bench/soak.sh")) {
      assertTrue(section.contains(script), script);
      assertTrue(Files.isExecutable(Markdown.ROOT.resolve(script)), script);
    }
    Matcher m = Pattern.compile("--entities (\\S+) -- java -jar target/veil\\.jar").matcher(section);
    assertTrue(m.find(), "the pii_eval command");
    Set<String> builtIn = new TreeSet<>();
    for (Field f : Entities.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        builtIn.add((String) f.get(null));
      }
    }
    for (String entity : m.group(1).split(",")) {
      assertTrue(builtIn.contains(entity), "not a built-in entity: " + entity);
    }
    assertTrue(section.contains("python3 ../shared/pii_eval.py --exclude-weak --entities "));
  }

  private String auditBlock() {
    List<Markdown.Block> json = Markdown.read("README.md").blocks("json");
    assertEquals(1, json.size(), "one audit line example");
    String text = json.get(0).text().strip();
    assertFalse(text.contains("\n"), "one line");
    return text;
  }

  /** Field paths written by AuditLog's source: top-level names, and ms.* / usage.* inside objects. */
  private static Set<String> fieldsAuditLogWrites() throws Exception {
    String src = Files.readString(Markdown.ROOT.resolve("src/main/java/dev/veil/audit/AuditLog.java"));
    Set<String> out = new TreeSet<>();
    String object = null;
    // The line is built with JsonLine calls in order: start("x") ... end(), fields in between.
    Matcher m = Pattern.compile("\\.(start|string|optional|number|bool)\\(\"([a-z_]+)\"|counts\\(g, \"([a-z_]+)\"|\\.end\\(\\)")
        .matcher(src.substring(src.indexOf("public String line(")));
    while (m.find()) {
      if (m.group().equals(".end()")) {
        object = null;
      } else if ("start".equals(m.group(1))) {
        object = m.group(2);
        out.add(object);
      } else {
        String field = m.group(2) != null ? m.group(2) : m.group(3);
        out.add(object == null ? field : object + "." + field);
      }
    }
    return out;
  }

  /** The field paths of the line; maps of counts (keyed by entity, action, result) count as one field. */
  private static Set<String> paths(JsonNode node, String prefix) {
    Set<String> out = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String path = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
      out.add(path);
      if (f.getValue().isObject() && Set.of("ms", "usage").contains(f.getKey())) {
        out.addAll(paths(f.getValue(), path));
      }
    }
    return out;
  }

  private static Set<String> exposedFamilies() {
    VeilMetrics metrics = new VeilMetrics(() -> 1);
    ExchangeRecord ok = fullRecord();
    ok.outcome = ExchangeRecord.Outcome.FORWARDED;
    metrics.record(ok);
    metrics.record(fullRecord());
    ExchangeRecord blocked = fullRecord();
    blocked.outcome = ExchangeRecord.Outcome.BLOCKED;
    metrics.record(blocked);
    metrics.configReload(true);
    metrics.streamStarted();
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^# TYPE (veil_[a-z_]+) ").matcher(metrics.scrape());
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String code(String cell) {
    Matcher m = CODE.matcher(cell);
    assertTrue(m.find(), cell);
    return m.group(1);
  }
}
