package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.veil.detect.Span;
import dev.veil.testing.Gen;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trigger-char pass of {@link TokenDetector} gives exactly the spans, in the same order, of
 * {@link OracleTokenDetector}, which tries every token: on texts built from valid codes, their
 * near misses, glue chars and words, at text boundaries, and on arbitrary text.
 */
class TokenDetectorOracleTest {
  private static final List<CodeRule> RULES = List.of(new IbanRule(), new EsNifNieRule(),
      new ItFiscalCodeRule(), new UkNinoRule(), new PassportRule(), new InPanRule(),
      new FiPersonalIdentityCodeRule(), new CryptoRule(), new MacAddressRule());
  private static final TokenDetector FAST = new TokenDetector(RULES);
  private static final OracleTokenDetector ORACLE = new OracleTokenDetector(RULES);

  private static final List<String> CODES = List.of("GB29NWBK60161331926819",
      "DE89 3704 0044 0532 0130 00", "AL47-2121-1009-0000-0002-3569-8741",
      "VG96 VPVG 0000 0123 4567 8901", "NO9386011117947", "12345678Z", "55555555-K", "X9613851N",
      "y8063915-z", "RSSMRA85T10A562S", "rssmra85t10a562s", "AB 12 34 56 C", "tw987654a",
      "ce 123456 b", "AB1234567", "A12803456", "ABCPD1234Z", "131052-308T", "010594Y9032",
      "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
      "0x52908400098527886E0F7030069857D2E4169EE7", "00:1A:2B:3C:4D:5E", "0012.3456.789a",
      "ab:cd:ef:01:23:45", "ab-cd-ef-ab-cd-ef", "abcd.ef01.2345", "DEAD.BEEF.CAFE", "fe:ed:fa:ce:be:ef");
  private static final List<String> GLUE = List.of("", "", " ", " ", "  ", "x", "is", "ab", "AB",
      "1", "12", ".", "-", ":", "/", ",", "+", "_", "\\", "é", "ж", "\n", "\u00a0", "😀", "is0",
      "id code is", ". ", "- ", ": ", " 4", "(", "\"");
  private static final List<String> WORDS = List.of("the", "is", "at", "and", "this", "face",
      "cafe", "beef", "deadline", "report", "passport no", "IBAN", "MAC", "nino", "wallet", "PAN",
      "codice fiscale", "ethernet");
  private static final String MUTATIONS = "0123456789ABCDEFXYZabcxyz:-. /";

  @Test
  void sameSpansOnTextsOfCodesNearMissesAndGlue() {
    Set<String> kinds = new TreeSet<>();
    Gen.check("code-ids oracle", 20240611L, 4000, r -> {
      String text = codesText(r);
      List<Span> want = ORACLE.detect(text);
      assertEquals(want, FAST.detect(text), "text length " + text.length());
      want.forEach(s -> kinds.add(s.detector()));
    });
    assertEquals(Set.of("crypto", "es-nie", "es-nif", "fi-personal-identity-code", "iban",
        "in-pan", "it-fiscal-code", "mac-address", "uk-nino", "uk-passport", "us-passport"), kinds);
  }

  @Test
  void sameSpansOnArbitraryText() {
    Gen.check("code-ids oracle, any text", 77L, 2000, r -> {
      String text = Gen.anyText(r, 200);
      assertEquals(ORACLE.detect(text), FAST.detect(text));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab:cd:ef:01:23:45", "AB 12 34 56 C", "GB29NWBK60161331926819", "1",
      "ab", "ab:", "ab 1", "abcd.ef01.2345", "0012.3456.789a", "12345678Z", "131052-308T"})
  void sameSpansAtTextEdges(String code) {
    for (String text : List.of(code, " " + code, code + " ", "ж" + code + "ж", "😀" + code,
        code + "😀", "x" + code, code + ".", "is" + code)) {
      assertEquals(ORACLE.detect(text), FAST.detect(text), text);
    }
  }

  @Test
  void findsLettersOnlyFirstGroupsNextToTheirTriggers() {
    assertFalse(FAST.detect("mac ab-cd-ef-ab-cd-ef").isEmpty());
    assertFalse(FAST.detect("NINO AB 12 34 56 C").isEmpty());
    assertFalse(FAST.detect("cisco DEAD.BEEF.CAFE here").isEmpty());
  }

  @Test
  void refusesALettersRuleWithoutTriggers() {
    CodeRule lettersRule = new CodeRule() {
      @Override
      public void find(String text, int start, int tokenEnd, List<Span> out) {}

      @Override
      public long tokenLengths() {
        return CodeRule.lengths(2, 2);
      }

      @Override
      public boolean needsDigit() {
        return false;
      }
    };
    assertThrows(IllegalArgumentException.class, () -> new TokenDetector(List.of(lettersRule)));
  }

  private static String codesText(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    for (int pieces = 1 + r.nextInt(12); pieces > 0; pieces--) {
      switch (r.nextInt(5)) {
        case 0, 1 -> sb.append(CODES.get(r.nextInt(CODES.size())));
        case 2 -> sb.append(nearMiss(r, CODES.get(r.nextInt(CODES.size()))));
        case 3 -> sb.append(WORDS.get(r.nextInt(WORDS.size())));
        default -> { }
      }
      sb.append(GLUE.get(r.nextInt(GLUE.size())));
    }
    return sb.toString();
  }

  /** The code with one char replaced, dropped or doubled, or its case flipped. */
  private static String nearMiss(SplittableRandom r, String code) {
    int at = r.nextInt(code.length());
    switch (r.nextInt(4)) {
      case 0:
        return code.substring(0, at) + MUTATIONS.charAt(r.nextInt(MUTATIONS.length()))
            + code.substring(at + 1);
      case 1:
        return code.substring(0, at) + code.substring(at + 1);
      case 2:
        return code.substring(0, at + 1) + code.substring(at);
      default:
        return r.nextBoolean() ? code.toLowerCase(java.util.Locale.ROOT)
            : code.toUpperCase(java.util.Locale.ROOT);
    }
  }
}
