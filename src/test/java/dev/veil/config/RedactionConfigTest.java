package dev.veil.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactionConfigTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static VeilConfig bind(String yaml) throws Exception {
    return new ConfigLoader(Map.of()).bind(YAML.readTree(yaml));
  }

  @Test
  void theShippedFileLoadsWithTheDocumentedDefaults() {
    RedactionConfig r = new ConfigLoader(Map.of()).load(Path.of("config", "veil.yaml")).redaction();
    assertEquals(RedactionConfig.defaults().toString(), r.toString());
    assertEquals(RedactionConfig.Mode.ENFORCE, r.mode());
    assertEquals(RedactionConfig.ActionName.PSEUDONYM, r.defaultAction());
    assertEquals(0.5, r.minScore());
    assertEquals(RedactionConfig.MediaAction.ALLOW, r.media().images());
    assertEquals(RedactionConfig.MediaAction.BLOCK, r.media().files());
    assertEquals(RedactionConfig.MediaAction.BLOCK, r.media().audio());
    assertFalse(r.forceStoreFalse());
    assertEquals("", r.key());
    assertEquals(RedactionConfig.DEFAULT_PHONE_REGIONS, r.phoneRegions());
  }

  @Test
  void theKeyComesFromTheEnvironmentAndIsNeverPrinted() {
    String key = "env-key-0123456789-abcdef";
    RedactionConfig r = new ConfigLoader(Map.of("VEIL_REDACTION_KEY", key)).load(Path.of("config", "veil.yaml")).redaction();
    assertEquals(key, r.key());
    assertFalse(r.toString().contains(key));
  }

  @Test
  void aFullPolicyBinds() throws Exception {
    RedactionConfig r = bind("""
        redaction:
          mode: dry_run
          entities:
            CREDIT_CARD: {action: mask, mask: {keep_last: 2, char: '#'}}
            PERSON: {action: placeholder, restore: false, min_score: 0.7}
          rules:
            - {name: emp, entity: EMPLOYEE_ID, pattern: 'EMP-[0-9]+', context: [staff], examples: {redact: [EMP-1]}}
            - {name: words, entity: PROJECT, terms: [Bluebird]}
          allow: {terms: [a@b.c], patterns: ['x+']}
          media: {images: strip}
        """).redaction();
    assertEquals(RedactionConfig.Mode.DRY_RUN, r.mode());
    assertEquals(2, r.entities().get("CREDIT_CARD").mask().keepLast());
    assertEquals("#", r.entities().get("CREDIT_CARD").mask().character());
    assertFalse(r.rules().get(0).ignoreCase());
    assertTrue(r.rules().get(1).ignoreCase());
    assertTrue(r.rules().get(1).wholeWord());
    assertEquals(RedactionConfig.MediaAction.STRIP, r.media().images());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{mode: loud}                                                      | redaction.mode",
      "{default_action: erase}                                           | redaction.default_action",
      "{min_score: 1.5}                                                  | redaction.min_score",
      "{key: short}                                                      | redaction.key",
      "{colour: red}                                                     | redaction.colour",
      "{entities: {person: {action: keep}}}                              | redaction.entities.person",
      "{entities: {PERSON: {action: mask, restore: true}}}               | redaction.entities.PERSON.restore",
      "{entities: {PERSON: {action: redact, mask: {keep_last: 2}}}}      | redaction.entities.PERSON.mask",
      "{entities: {CARD: {action: mask, mask: {char: '<'}}}}             | redaction.entities.CARD.mask.char",
      "{entities: {CARD: {action: mask, mask: {keep_last: -1}}}}         | redaction.entities.CARD.mask.keep_last",
      "{rules: [{entity: X, pattern: a}]}                                | redaction.rules[0].name",
      "{rules: [{name: r, pattern: a}]}                                  | redaction.rules[0].entity",
      "{rules: [{name: r, entity: X}]}                                   | redaction.rules[0]",
      "{rules: [{name: r, entity: X, pattern: a, terms: [b]}]}           | redaction.rules[0]",
      "{rules: [{name: r, entity: X, pattern: '(a'}]}                    | redaction.rules[0].pattern",
      "{rules: [{name: r, entity: X, pattern: '(a)\\1'}]}                | redaction.rules[0].pattern",
      "{rules: [{name: r, entity: X, pattern: 'a*'}]}                    | redaction.rules[0].pattern",
      "{rules: [{name: r, entity: X, terms: []}]}                        | redaction.rules[0].terms",
      "{rules: [{name: r, entity: X, terms: [a, '']}]}                   | redaction.rules[0].terms[1]",
      "{rules: [{name: r, entity: X, terms: [a], score: 2}]}             | redaction.rules[0].score",
      "{rules: [{name: r, entity: X, terms: [a]}, {name: r, entity: Y, terms: [b]}]} | redaction.rules[1].name",
      "{allow: {patterns: ['[a-']}}                                      | redaction.allow.patterns[0]",
      "{media: {images: maybe}}                                          | redaction.media.images",
      "{phone_regions: []}                                               | redaction.phone_regions",
      "{phone_regions: [US, XX]}                                         | redaction.phone_regions[1]",
      "{phone_regions: [us]}                                             | redaction.phone_regions[0]",
  })
  void badValuesNameTheirPath(String section, String path) {
    ConfigException e = assertThrows(ConfigException.class, () -> bind("redaction: " + section));
    assertEquals(path, e.path(), e.getMessage());
  }

  @Test
  void patternErrorsDoNotQuoteThePattern() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> bind("redaction: {rules: [{name: r, entity: X, pattern: '(SECRETPATTERN'}]}"));
    assertFalse(e.getMessage().contains("SECRETPATTERN"), e.getMessage());
  }
}
