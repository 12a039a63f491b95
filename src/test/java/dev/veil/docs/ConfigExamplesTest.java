package dev.veil.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.VeilApp;
import dev.veil.body.Pipeline;
import dev.veil.config.ConfigLoader;
import dev.veil.config.VeilConfig;
import dev.veil.redact.Blocked;
import dev.veil.redact.Vault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ready configs in config/examples/ load, build their pipeline (which runs their rules'
 * examples), pass {@code --check-config}, read the keys from the environment, and do what
 * their comments promise on sample text.
 */
class ConfigExamplesTest {
  static final Path DIR = Markdown.ROOT.resolve("config/examples");
  static final Map<String, String> ENV = Map.of(
      "VEIL_REDACTION_KEY", "examples-test-redaction-key-0123",
      "VEIL_HASH_KEY", "examples-test-hash-key-0123456789");

  static Stream<String> files() throws IOException {
    try (Stream<Path> list = Files.list(DIR)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void theCommonSetupsAreThere() throws IOException {
    assertTrue(files().toList().containsAll(
        List.of("healthcare.yaml", "customer-support.yaml", "code-assistant.yaml", "eu-national-ids.yaml")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void loadsAndBuildsItsPipeline(String file) {
    VeilConfig withKeys = new ConfigLoader(ENV).load(DIR.resolve(file));
    VeilApp.pipeline(withKeys);
    assertEquals(ENV.get("VEIL_REDACTION_KEY"), withKeys.redaction().key(), "reads VEIL_REDACTION_KEY");
    assertEquals(ENV.get("VEIL_HASH_KEY"), withKeys.audit().hashKey(), "reads VEIL_HASH_KEY");
    VeilConfig bare = new ConfigLoader(Map.of()).load(DIR.resolve(file));
    assertEquals("", bare.redaction().key(), "loads without the environment");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void passesCheckConfig(String file) {
    VeilCli.Result r = VeilCli.run(ENV, "--check-config", DIR.resolve(file).toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("veil: config OK"), r.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void isCommented(String file) throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve(file));
    assertTrue(lines.get(0).startsWith("# "), "opens with what the setup is for");
    assertTrue(lines.stream().anyMatch(l -> l.contains("--check-config config/examples/" + file)), "says how to check it");
  }

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("healthcare.yaml",
            "Patient Maria Gonzalez, DOB 03/14/1962, MRN 00482913.",
            "Patient <PERSON_00000000>, DOB <DATE_OF_BIRTH_00000000>, MRN <MEDICAL_RECORD_NUMBER_00000000>."),
        Arguments.of("healthcare.yaml", "She lives at 42 Elm Street with her son.", "She lives at <STREET_ADDRESS_00000000> with her son."),
        Arguments.of("healthcare.yaml", "Seen in clinic on 03/14/2024.", "Seen in clinic on <CLINICAL_DATE_00000000>."),
        Arguments.of("healthcare.yaml", "SSN 123-45-6789 on file.", "blocked: US_SSN"),
        Arguments.of("customer-support.yaml",
            "Reach me at jane.doe@example.com or +1 415 555 0132.",
            "Reach me at <EMAIL_ADDRESS_00000000> or <PHONE_NUMBER_00000000>."),
        Arguments.of("customer-support.yaml", "Card 4111 1111 1111 1111 was charged.", "Card ***************1111 was charged."),
        Arguments.of("customer-support.yaml", "Write to support@example.com.", "Write to support@example.com."),
        Arguments.of("customer-support.yaml", "Where is ORD-4155550132?", "Where is ORD-4155550132?"),
        Arguments.of("code-assistant.yaml", "key sk-proj-abcdefghijklmnopqrstuvwxyzABCDEFGH0123456789abcd", "blocked: SECRET"),
        Arguments.of("code-assistant.yaml",
            "ssh build01, then curl https://git.corp.example.net/api",
            "ssh <INTERNAL_HOST_1>, then curl https://<INTERNAL_HOST_2>/api"),
        Arguments.of("code-assistant.yaml", "from 10.0.12.7 as John Smith", "from <IP_ADDRESS#000000000000> as <PERSON_00000000>"),
        Arguments.of("eu-national-ids.yaml",
            "IBAN DE89 3704 0044 0532 0130 00, NIF 12345678Z, NIE X1234567L, CF RSSMRA85T10A562S",
            "IBAN <IBAN_CODE_1>, NIF <ES_NIF_1>, NIE <ES_NIE_1>, CF <IT_FISCAL_CODE_1>"),
        Arguments.of("eu-national-ids.yaml",
            "Steuer-ID 65929970489, PESEL 44051401359, HETU 131052-308T, Personnummer 811218-9876, NINO AB123456C",
            "Steuer-ID <DE_TAX_ID_1>, PESEL <PL_PESEL_1>, HETU <FI_PERSONAL_IDENTITY_CODE_1>, Personnummer <SE_PERSONNUMMER_1>, NINO <UK_NINO_1>"),
        Arguments.of("eu-national-ids.yaml", "INSEE 1 84 12 76 451 089 46", "blocked: FR_INSEE"),
        Arguments.of("eu-national-ids.yaml", "NHS 943 476 5919", "blocked: UK_NHS"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("samples")
  void doesWhatItsCommentsSay(String file, String input, String expected) {
    Pipeline pipeline = pipeline(file);
    if (expected.startsWith("blocked: ")) {
      Blocked b = assertThrows(Blocked.class, () -> pipeline.redactText(input, new Vault()));
      assertEquals(Set.of(expected.substring(9).split(",")), new TreeSet<>(b.entities()));
    } else {
      String sent = pipeline.redactText(input, new Vault()).text();
      assertTrue(Expected.matches(expected, sent), "sent: " + sent);
    }
  }

  @Test
  void customerSupportRestoresContactsButNeverTheCard() {
    Vault vault = new Vault();
    pipeline("customer-support.yaml").redactText("jane.doe@example.com, +1 415 555 0132, 4111 1111 1111 1111", vault);
    assertEquals(Set.of("EMAIL_ADDRESS", "PHONE_NUMBER"),
        new TreeSet<>(vault.entries().stream().filter(Vault.Entry::restore).map(Vault.Entry::entity).toList()));
  }

  @Test
  void healthcareRefusesImagesAndSetsStoreFalse() {
    Pipeline p = pipeline("healthcare.yaml");
    String image = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Read this\"},"
        + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/chart.png\"}}]}]}";
    Blocked b = assertThrows(Blocked.class, () -> p.redact("/chat/completions", image.getBytes(StandardCharsets.UTF_8), new Vault()));
    assertEquals(Set.of("IMAGE"), b.entities());
    String text = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Summarise the visit\"}]}";
    String sent = new String(p.redact("/chat/completions", text.getBytes(StandardCharsets.UTF_8), new Vault()).body(), StandardCharsets.UTF_8);
    assertTrue(sent.contains("\"store\":false"), sent);
  }

  @Test
  void codeAssistantNeverSendsAUrlPassword() {
    String sent = pipeline("code-assistant.yaml").redactText("clone https://bob:hunter22@git.example.com/repo.git", new Vault()).text();
    assertFalse(sent.contains("hunter22"), sent);
  }

  /**
   * Known issue in src/main: the e-mail detector also matches {@code hunter22@git.example.com}
   * at the same score (1.0) and is longer, so it wins the overlap; the password then gets
   * EMAIL_ADDRESS's action (a restorable pseudonym) instead of URL_CREDENTIALS' redact, and a
   * database URL's SECRET block does not fire. Enable when the detectors agree.
   */
  @Test
  void codeAssistantRedactsUrlCredentialsAndBlocksDatabaseUrls() {
    Pipeline p = pipeline("code-assistant.yaml");
    assertEquals("clone https://bob:[URL_CREDENTIALS]@git.example.com/repo.git",
        p.redactText("clone https://bob:hunter22@git.example.com/repo.git", new Vault()).text());
    assertThrows(Blocked.class, () -> p.redactText("postgres://admin:s3cret@db.internal:5432/app", new Vault()));
  }

  private static Pipeline pipeline(String file) {
    return VeilApp.pipeline(new ConfigLoader(ENV).load(DIR.resolve(file)));
  }
}
