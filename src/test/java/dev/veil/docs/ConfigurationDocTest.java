package dev.veil.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.veil.VeilApp;
import dev.veil.config.ConfigException;
import dev.veil.config.ConfigLoader;
import dev.veil.config.VeilConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md cannot drift from the config records: its key tables list exactly the
 * key paths {@link ConfigLoader} binds, with the defaults the records apply; its examples load;
 * and config/veil.yaml mentions every section and every key of each section.
 */
class ConfigurationDocTest {
  static final String DOC = "docs/configuration.md";
  static final String HEADER = "| key | default | meaning |";
  /** Example paths in the doc that name files: mapped to the test certificate so the examples load. */
  static final Map<String, String> FIXTURES = Map.of(
      "/etc/veil/tls/cert.pem", "src/test/resources/tls/test-only-cert.pem",
      "/etc/veil/tls/key.pem", "src/test/resources/tls/test-only-key.pem");
  static final Map<String, String> ENV = Map.of("VEIL_REDACTION_KEY", "docs-test-redaction-key-0123456789");

  private static final Pattern CODE = Pattern.compile("`([^`]*)`");
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  private final Markdown doc = Markdown.read(DOC);

  /** key path -> default cell, from every key table of the doc. */
  private Map<String, String> documented() {
    Map<String, String> out = new LinkedHashMap<>();
    for (List<String> row : doc.tableRows(HEADER)) {
      assertEquals(3, row.size(), "a key row has three cells: " + row);
      Matcher key = CODE.matcher(row.get(0));
      assertTrue(key.matches(), "the key cell is one `key.path`: " + row.get(0));
      assertTrue(out.put(key.group(1), row.get(1)) == null, "documented twice: " + key.group(1));
    }
    return out;
  }

  @Test
  void everyKeyOfTheCodeIsDocumented() {
    Set<String> missing = new TreeSet<>(ConfigKeys.documentable().keySet());
    missing.removeAll(documented().keySet());
    assertTrue(missing.isEmpty(), "keys missing from " + DOC + ": " + missing);
  }

  @Test
  void everyDocumentedKeyExistsInTheCode() {
    Set<String> unknown = new TreeSet<>(documented().keySet());
    unknown.removeAll(ConfigKeys.documentable().keySet());
    assertTrue(unknown.isEmpty(), "keys in " + DOC + " that the config does not have: " + unknown);
  }

  @Test
  void everyDocumentedDefaultIsTheOneTheCodeApplies() {
    Map<String, ConfigKeys.Key> code = ConfigKeys.documentable();
    List<String> wrong = new ArrayList<>();
    documented().forEach((path, cell) -> {
      ConfigKeys.Key key = code.get(path);
      if (key != null && !sameDefault(key.defaultValue(), cell)) {
        wrong.add(path + ": documented " + cell + ", code " + render(key.defaultValue()));
      }
    });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void sameDefaultComparesLikeYaml() {
    assertTrue(sameDefault(Duration.ofSeconds(600), "`600s`"));
    assertTrue(sameDefault(Duration.ofSeconds(600), "`10m`"));
    assertFalse(sameDefault(Duration.ofSeconds(30), "`30m`"));
    assertTrue(sameDefault("", "`\"\"`"));
    assertTrue(sameDefault(null, "— required"));
    assertFalse(sameDefault("x", "— required"));
    assertTrue(sameDefault(0.5, "`0.50`"));
    assertTrue(sameDefault(List.of(), "`[]`"));
    assertFalse(sameDefault(List.of("a"), "`[]`"));
    assertTrue(sameDefault(List.of("US", "GB"), "`[US, GB]`"));
    assertFalse(sameDefault(List.of("US", "GB"), "`[GB, US]`"));
    assertTrue(sameDefault(dev.veil.config.RedactionConfig.Mode.DRY_RUN, "`dry_run`"));
  }

  @Test
  void everyExampleLoadsAndBuildsThePipeline() {
    List<Markdown.Block> yaml = doc.blocks("yaml");
    assertFalse(yaml.isEmpty());
    for (Markdown.Block block : yaml) {
      String text = withFixtures(block.text());
      try {
        VeilConfig config = new ConfigLoader(ENV).parse(text);
        assertNotNull(VeilApp.pipeline(config));
      } catch (ConfigException e) {
        fail(DOC + ":" + block.line() + ": example does not load: " + e.getMessage());
      }
    }
  }

  @Test
  void everyKeyAppearsInAnExample() throws Exception {
    Set<String> known = ConfigKeys.all().keySet();
    Set<String> shown = new LinkedHashSet<>();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (Markdown.Block block : doc.blocks("yaml")) {
      collect(yaml.readTree(block.text()), "", known, shown);
    }
    Set<String> missing = new TreeSet<>(ConfigKeys.documentable().keySet());
    missing.removeAll(shown);
    assertTrue(missing.isEmpty(), "keys without an example in " + DOC + ": " + missing);
  }

  @Test
  void theEnvironmentTableIsWhatTheLoaderOverrides() {
    List<List<String>> rows = doc.tableRows("| variable | replaces |");
    assertEquals(6, rows.size(), "one row per override in ConfigLoader.applyEnvOverrides");
    Map<String, ConfigKeys.Key> before = ConfigKeys.all();
    for (List<String> row : rows) {
      String var = unquote(row.get(0));
      Matcher m = CODE.matcher(row.get(1));
      assertTrue(m.find(), row.toString());
      String path = m.group(1);
      String value = path.endsWith("port") ? "4321" : path.endsWith("url") ? "http://127.0.0.1:4321" : "k".repeat(32);
      Map<String, ConfigKeys.Key> after = ConfigKeys.of(new ConfigLoader(Map.of(var, value)).parse("{}"));
      assertEquals(value, String.valueOf(after.get(path).defaultValue()), var + " sets " + path);
      assertFalse(String.valueOf(before.get(path).defaultValue()).equals(value));
    }
  }

  @Test
  void theShippedConfigMentionsEverySectionAndItsKeys() {
    String shipped = Markdown.text("config/veil.yaml");
    List<String> missing = new ArrayList<>();
    for (String path : ConfigKeys.all().keySet()) {
      if (path.contains("[") || path.contains("<")) {
        continue; // list items and map values: their keys are third level and deeper
      }
      String[] parts = path.split("\\.");
      if (parts.length == 1) {
        if (!Pattern.compile("(?m)^" + parts[0] + ":").matcher(shipped).find()) {
          missing.add(path);
        }
      } else if (parts.length == 2) {
        Matcher section = Pattern.compile("(?ms)^" + parts[0] + ":\\s*$(.*?)(?=^\\S|\\z)").matcher(shipped);
        if (!section.find() || !Pattern.compile("(?m)^ {2}(#\\s*)?" + Pattern.quote(parts[1]) + ":").matcher(section.group(1)).find()) {
          missing.add(path);
        }
      }
    }
    assertTrue(missing.isEmpty(), "config/veil.yaml does not mention: " + missing);
  }

  private static void collect(JsonNode node, String prefix, Set<String> known, Set<String> out) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, prefix + "[]", known, out);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String path = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
      if (!known.contains(path) && known.contains(prefix + ".<ENTITY>")) {
        path = prefix + ".<ENTITY>";
      }
      out.add(path);
      collect(f.getValue(), path, known, out);
    }
  }

  static String withFixtures(String yaml) {
    String out = yaml;
    for (Map.Entry<String, String> e : FIXTURES.entrySet()) {
      out = out.replace(e.getKey(), Markdown.ROOT.resolve(e.getValue()).toString());
    }
    return out;
  }

  /**
   * Whether a default cell states {@code code}: a cell starting with — means no value (null);
   * otherwise its first `code span` is the value as YAML would write it.
   */
  static boolean sameDefault(Object code, String cell) {
    if (cell.startsWith("—")) {
      return code == null;
    }
    Matcher m = CODE.matcher(cell);
    if (code == null || !m.find()) {
      return false;
    }
    String v = m.group(1);
    if (code instanceof Duration d) {
      Matcher dm = DURATION.matcher(v);
      if (!dm.matches()) {
        return false;
      }
      long n = Long.parseLong(dm.group(1));
      Duration doc = switch (dm.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
      return doc.equals(d);
    }
    if (code instanceof Enum<?> e) {
      return yamlName(e).equals(v);
    }
    if (code instanceof Collection<?> c) {
      if (!v.startsWith("[") || !v.endsWith("]")) {
        return false;
      }
      String inner = v.substring(1, v.length() - 1).strip();
      List<String> items = inner.isEmpty() ? List.of() : List.of(inner.split("\\s*,\\s*"));
      return items.equals(c.stream().map(String::valueOf).toList());
    }
    if (code instanceof Map<?, ?> map) {
      return map.isEmpty() && v.equals("{}");
    }
    if (code instanceof String s) {
      return v.equals("\"\"") ? s.isEmpty() : s.equals(v);
    }
    if (code instanceof Double d) {
      try {
        return Double.parseDouble(v) == d;
      } catch (NumberFormatException x) {
        return false;
      }
    }
    return String.valueOf(code).equals(v);
  }

  private static String yamlName(Enum<?> e) {
    try {
      JsonProperty p = e.getDeclaringClass().getField(e.name()).getAnnotation(JsonProperty.class);
      return p != null ? p.value() : e.name();
    } catch (NoSuchFieldException x) {
      throw new IllegalStateException(x);
    }
  }

  private static String render(Object v) {
    if (v == null) {
      return "— (none)";
    }
    if (v instanceof Enum<?> e) {
      return yamlName(e);
    }
    return "\"" + v + "\"";
  }

  private static String unquote(String cell) {
    Matcher m = CODE.matcher(cell);
    return m.find() ? m.group(1) : cell;
  }
}
