package dev.veil.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.config.ConfigException;
import dev.veil.detect.Span;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CustomRulesTest {
  private static final String RULES = """
      default_action: redact
      rules:
        - name: employee_id
          entity: EMPLOYEE_ID
          pattern: 'EMP-[0-9]{6}'
          whole_word: true
          examples: {redact: ['id EMP-123456'], keep: ['EMP-12', 'XEMP-1234567']}
        - name: projects
          entity: PROJECT
          terms: [Bluebird, 'Project Nightjar', Kestrel]
          examples: {redact: ['about bluebird'], keep: ['bluebirds fly']}
        - name: weak_code
          entity: ORDER_CODE
          pattern: 'ORD[0-9]{4}'
          score: 0.4
          context: [order, 'tracking number']
          context_boost: 0.3
      allow:
        terms: [support@acme.example]
        patterns: ['[a-z]+@noreply\\.acme\\.example']
      """;

  private static String redact(String text) {
    return new Redactor(Configs.keyed(RULES), TestDetectors.all()).redact(text, new Vault()).text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "staff EMP-123456 left           | staff [EMPLOYEE_ID] left",
      "EMP-1234567 is too long         | EMP-1234567 is too long",
      "BLUEBIRD and project nightjar   | [PROJECT] and [PROJECT]",
      "bluebirds and kestrels          | bluebirds and kestrels",
      "Kestrel.                        | [PROJECT].",
      "ref ORD1234                     | ref ORD1234",
      "your order ORD1234 shipped      | your order [ORDER_CODE] shipped",
      "Tracking number: ORD1234        | Tracking number: [ORDER_CODE]",
      "disorder ORD1234                | disorder ORD1234",
      "write support@acme.example      | write support@acme.example",
      "write SUPPORT@acme.example      | write SUPPORT@acme.example",
      "from bot@noreply.acme.example   | from bot@noreply.acme.example",
      "from bob@acme.example           | from [EMAIL_ADDRESS]",
  })
  void rulesAllowListAndContext(String in, String out) {
    assertEquals(out, redact(in));
  }

  @Test
  void perEntityThresholdDropsWeakFindings() {
    String policy = "default_action: redact\nentities:\n  PHONE_NUMBER: {min_score: 0.8}";
    Redactor r = new Redactor(Configs.keyed(policy), TestDetectors.all());
    assertEquals("call +1 555 010 0199", r.redact("call +1 555 010 0199", new Vault()).text());
    Redactor low = new Redactor(Configs.keyed("default_action: redact\nmin_score: 0.9"), TestDetectors.all());
    assertEquals("call +1 555 010 0199 or Jane Doe", low.redact("call +1 555 010 0199 or Jane Doe", new Vault()).text(),
        "phone (0.7) and person (0.85) are under a global 0.9");
    assertEquals("[EMAIL_ADDRESS]", low.redact("a@x.io", new Vault()).text(), "email scores 1.0");
  }

  @Test
  void aFailingRedactExampleIsAConfigErrorNamingTheRule() {
    ConfigException e = assertThrows(ConfigException.class, () -> new Redactor(Configs.keyed("""
        rules:
          - name: ok
            entity: A_B
            terms: [alpha]
          - name: ticket
            entity: TICKET
            pattern: 'TCK-[0-9]+'
            examples: {redact: ['TCK-1', 'ticket 42']}
        """), List.of()));
    assertEquals("redaction.rules[1].examples.redact[1]", e.path());
    assertTrue(e.getMessage().contains("ticket"));
    assertFalse(e.getMessage().contains("ticket 42"), "the example text is not quoted");
  }

  @Test
  void aFailingKeepExampleIsAConfigError() {
    ConfigException e = assertThrows(ConfigException.class, () -> new Redactor(Configs.keyed("""
        rules:
          - name: ticket
            entity: TICKET
            pattern: 'TCK-[0-9]+'
            examples: {keep: ['TCK-77']}
        """), List.of()));
    assertEquals("redaction.rules[0].examples.keep[0]", e.path());
  }

  @Test
  void anExampleSuppressedByTheAllowListFails() {
    assertThrows(ConfigException.class, () -> new Redactor(Configs.keyed("""
        rules:
          - name: ticket
            entity: TICKET
            pattern: 'TCK-[0-9]+'
            examples: {redact: ['TCK-1']}
        allow: {terms: ['TCK-1']}
        """), List.of()));
  }

  @Test
  void manyTermsAreOnePassAndFindEveryOne() {
    StringBuilder yaml = new StringBuilder("default_action: redact\nrules:\n  - name: big\n    entity: CODENAME\n    terms:\n");
    for (int i = 0; i < 5000; i++) {
      yaml.append("      - codename").append(i).append('\n');
    }
    Redactor r = new Redactor(Configs.keyed(yaml.toString()), List.of());
    assertEquals("x [CODENAME] y [CODENAME] z codename50000", r.redact("x codename42 y CODENAME4999 z codename50000", new Vault()).text());
  }

  @Test
  void regexRulesSkipEmptyMatches() {
    Redactor r = new Redactor(Configs.keyed("rules:\n  - {name: opt, entity: OPT, pattern: 'x?y'}"), List.of());
    List<Span> spans = r.find("aaa y xy");
    assertEquals(2, spans.size());
  }
}
