package dev.veil.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.VeilApp;
import dev.veil.body.Pipeline;
import dev.veil.cli.RedactCommand;
import dev.veil.config.ConfigException;
import dev.veil.config.ConfigLoader;
import dev.veil.detect.Entities;
import dev.veil.redact.Blocked;
import dev.veil.redact.Vault;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/rules.md is executed: every YAML snippet loads as a config and builds the pipeline (or
 * fails with the message a {@code <!-- fails: "..." -->} comment above it gives); every row of an
 * {@code | input | sent upstream |} table is run through the pipeline of the snippet above the
 * table; the {@code redact} and {@code --check-config} transcripts are what the commands print;
 * and the entity table lists exactly the built-in entity types.
 */
class RulesDocTest {
  static final String DOC = "docs/rules.md";
  static final Map<String, String> ENV = Map.of("VEIL_REDACTION_KEY", "rules-doc-test-key-0123456789");
  private static final Pattern CODE = Pattern.compile("`([^`]*)`");
  private static final Pattern FAILS = Pattern.compile("fails: (\".*\")");

  private final Markdown doc = Markdown.read(DOC);

  @Test
  void everySnippetLoadsOrFailsAsShown() {
    List<Markdown.Block> yaml = doc.blocks("yaml");
    assertTrue(yaml.size() >= 10, "rules.md has its snippets");
    for (Markdown.Block block : yaml) {
      String fails = expectedFailure(block);
      try {
        pipeline(block);
        assertEquals(null, fails, DOC + ":" + block.line() + ": snippet loads, but the doc says it fails");
      } catch (ConfigException e) {
        assertEquals(fails, e.getMessage(), DOC + ":" + block.line() + ": snippet does not load as shown");
      }
    }
  }

  @Test
  void everyExampleRowIsWhatVeilSendsUpstream() {
    List<String> wrong = new ArrayList<>();
    int rows = 0;
    for (Markdown.Table table : doc.tables("| input | sent upstream |")) {
      Markdown.Block block = snippetAbove(table.line());
      Pipeline pipeline = pipeline(block);
      for (List<String> row : table.rows()) {
        rows++;
        String input = onlyCode(row.get(0));
        String shown = row.get(1);
        String where = DOC + ":" + table.line() + " (snippet at line " + block.line() + "): " + input;
        if (shown.startsWith("blocked:")) {
          Set<String> types = codeSpans(shown);
          try {
            String sent = pipeline.redactText(input, new Vault()).text();
            wrong.add(where + "\n  expected blocked " + types + ", sent " + sent);
          } catch (Blocked b) {
            if (!new TreeSet<>(b.entities()).equals(types)) {
              wrong.add(where + "\n  blocked " + b.entities() + ", doc says " + types);
            }
          }
        } else {
          String expected = onlyCode(shown);
          try {
            String sent = pipeline.redactText(input, new Vault()).text();
            if (!Expected.matches(expected, sent)) {
              wrong.add(where + "\n  doc:  " + expected + "\n  sent: " + sent);
            }
          } catch (Blocked b) {
            wrong.add(where + "\n  blocked " + b.entities() + ", doc says " + expected);
          }
        }
      }
    }
    assertTrue(rows >= 15, "rules.md has its example rows");
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void theRedactTranscriptIsWhatTheCommandPrints() {
    int seen = 0;
    for (Markdown.Block block : doc.blocks("console")) {
      List<String> lines = block.text().lines().toList();
      Matcher cmd = Pattern.compile("\\$ echo '(.*)' \\| java -jar target/veil\\.jar redact (.*)").matcher(lines.get(0));
      if (!cmd.matches()) {
        continue;
      }
      seen++;
      Pipeline pipeline = pipeline(snippetAbove(block.line()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = RedactCommand.run(cmd.group(2).split(" "),
          new ByteArrayInputStream((cmd.group(1) + "\n").getBytes(StandardCharsets.UTF_8)),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), pipeline);
      assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
      String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
      assertSameLines(lines.subList(1, lines.size()), printed.lines().toList(), DOC + ":" + block.line());
    }
    assertEquals(1, seen, "one redact transcript");
  }

  @Test
  void theCheckConfigTranscriptIsWhatVeilPrints(@TempDir Path dir) throws IOException {
    int seen = 0;
    for (Markdown.Block block : doc.blocks("console")) {
      List<String> lines = block.text().lines().toList();
      Matcher cmd = Pattern.compile("\\$ java -jar target/veil\\.jar --check-config (\\S+)").matcher(lines.get(0));
      if (!cmd.matches()) {
        continue;
      }
      seen++;
      Path file = dir.resolve(cmd.group(1));
      Files.writeString(file, snippetAbove(block.line()).text());
      VeilCli.Result r = VeilCli.run(ENV, "--check-config", file.toString());
      String shown = String.join("\n", lines.subList(1, lines.size())).replace(cmd.group(1), file.toString());
      assertEquals(shown.contains("config error") ? 1 : 0, r.status());
      assertEquals(shown, (r.out() + r.err()).strip(), DOC + ":" + block.line());
    }
    assertEquals(1, seen, "one --check-config transcript");
  }

  @Test
  void theEntityTableListsEveryBuiltInType() throws IllegalAccessException {
    Set<String> documented = new TreeSet<>();
    for (List<String> row : doc.tableRows("| entity | what it finds |")) {
      assertTrue(documented.add(onlyCode(row.get(0))), "listed twice: " + row.get(0));
    }
    Set<String> builtIn = new TreeSet<>();
    for (Field f : Entities.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        builtIn.add((String) f.get(null));
      }
    }
    assertEquals(builtIn, documented);
  }

  @Test
  void tokensShownStandForAnyKeyedToken() {
    assertTrue(Expected.matches("Ask <PERSON_98777079>.", "Ask <PERSON_0a1b2c3d>."));
    assertTrue(Expected.matches("<IP_ADDRESS#c1e1eab0b957>", "<IP_ADDRESS#000000000000>"));
    assertFalse(Expected.matches("Ask <PERSON_98777079>.", "Ask <EMAIL_ADDRESS_0a1b2c3d>."));
    assertFalse(Expected.matches("<EMAIL_ADDRESS_1>", "<EMAIL_ADDRESS_2>"));
    assertFalse(Expected.matches("a.b", "axb"));
  }

  private static void assertSameLines(List<String> shown, List<String> printed, String where) {
    assertEquals(shown.size(), printed.size(), where + ": line count\n" + String.join("\n", printed));
    for (int i = 0; i < shown.size(); i++) {
      String s = shown.get(i).stripTrailing();
      String p = printed.get(i).stripTrailing();
      assertTrue(Expected.matches(s, p), where + ": line " + (i + 2) + "\n  doc:     " + s + "\n  printed: " + p);
    }
  }

  private Markdown.Block snippetAbove(int line) {
    Markdown.Block above = null;
    for (Markdown.Block b : doc.blocks("yaml")) {
      if (b.line() < line) {
        above = b;
      }
    }
    if (above == null) {
      throw new IllegalStateException(DOC + ":" + line + ": no YAML snippet above");
    }
    return above;
  }

  private static Pipeline pipeline(Markdown.Block block) {
    return VeilApp.pipeline(new ConfigLoader(ENV).parse(block.text()));
  }

  private static String expectedFailure(Markdown.Block block) {
    for (String c : block.comments()) {
      Matcher m = FAILS.matcher(c);
      if (m.matches()) {
        try {
          return new ObjectMapper().readValue(m.group(1), String.class);
        } catch (IOException e) {
          throw new IllegalStateException(DOC + ":" + block.line() + ": bad fails comment");
        }
      }
    }
    return null;
  }

  private static String onlyCode(String cell) {
    Matcher m = CODE.matcher(cell);
    assertTrue(m.matches(), "cell must be one `code span`: " + cell);
    return m.group(1);
  }

  private static Set<String> codeSpans(String cell) {
    Matcher m = CODE.matcher(cell);
    Set<String> out = new TreeSet<>();
    while (m.find()) {
      out.addAll(Arrays.stream(m.group(1).split(",")).map(String::trim).collect(Collectors.toSet()));
    }
    return out;
  }
}
