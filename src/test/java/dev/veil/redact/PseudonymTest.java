package dev.veil.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.config.RedactionConfig;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PseudonymTest {
  private static final Pattern TOKEN = Pattern.compile("<[A-Z_]+_[0-9a-f]+>");

  private static String redact(Redactor r, String text) {
    return r.redact(text, new Vault()).text();
  }

  @Test
  void sameValueSameTokenAcrossRedactorsWithTheSameKey() {
    Redactor a = new Redactor(Configs.keyed(""), TestDetectors.all());
    Redactor b = new Redactor(Configs.keyed(""), TestDetectors.all());
    assertEquals(redact(a, "Jane Doe wrote"), redact(b, "Jane Doe wrote"));
    assertEquals(redact(a, "at jane@x.io"), redact(b, "at JANE@X.IO"));
  }

  @Test
  void anotherKeyGivesOtherTokens() {
    Redactor a = new Redactor(Configs.keyed(""), TestDetectors.all());
    Redactor b = new Redactor(Configs.redaction("key: a-different-key-for-tests"), TestDetectors.all());
    assertNotEquals(redact(a, "Jane Doe wrote"), redact(b, "Jane Doe wrote"));
  }

  @Test
  void numbersAreComparedByTheirDigits() {
    Redactor r = new Redactor(Configs.keyed(""), TestDetectors.all());
    assertEquals(redact(r, "+1 555 010 0199"), redact(r, "+1-(555)-010-0199"));
  }

  @Test
  void normalisation() {
    assertEquals("jane doe", Tokens.normalise("  Jane \t Doe "));
    assertEquals("15550100199", Tokens.normalise("+1 (555) 010-0199"));
    assertEquals("de89370400440532013000", Tokens.normalise("DE89 3704 0044 0532 0130 00"));
    assertEquals("jane.doe@example.com", Tokens.normalise("Jane.Doe@Example.com"));
  }

  @Test
  void collisionsLengthenTheTokenAndNeverShareIt() {
    // One hex char: 16 possible tokens, so 60 emails must collide and lengthen.
    byte[] key = "collision-key-0123456789".getBytes(StandardCharsets.UTF_8);
    RedactionConfig cfg = Configs.keyed("");
    Redactor r = new Redactor(cfg, TestDetectors.all(), key, 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      text.append("u").append(i).append("@x.io ");
    }
    Vault vault = new Vault();
    RedactionScope scope = r.scope(vault);
    String once = r.apply(text.toString(), r.find(text.toString()), scope);
    String twice = r.apply(text.toString(), r.find(text.toString()), scope);
    assertEquals(once, twice, "same value, same token within the request");
    Map<String, String> byToken = new HashMap<>();
    Matcher m = TOKEN.matcher(once);
    int lengthened = 0;
    while (m.find()) {
      String original = vault.restore(m.group());
      String previous = byToken.put(m.group(), original);
      assertTrue(previous == null || previous.equals(original), "a token stands for one value");
      if (m.group().length() > "<EMAIL_ADDRESS_0>".length()) {
        lengthened++;
      }
    }
    assertEquals(60, byToken.size());
    assertTrue(lengthened > 40, "collisions were lengthened: " + lengthened);
    List<String> lengths = byToken.keySet().stream().map(t -> "" + (t.length() - "<EMAIL_ADDRESS_>".length())).distinct().toList();
    assertTrue(lengths.stream().allMatch(l -> List.of("1", "5", "9", "13").contains(l)), lengths.toString());
  }

  @Test
  void defaultTokensHaveEightHexChars() {
    String out = redact(new Redactor(Configs.keyed(""), TestDetectors.all()), "a@x.io");
    assertTrue(out.matches("<EMAIL_ADDRESS_[0-9a-f]{8}>"), out);
  }
}
