package dev.veil.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.veil.config.LimitsConfig;
import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import dev.veil.redact.Configs;
import dev.veil.redact.Redactor;
import dev.veil.redact.TestDetectors;
import dev.veil.redact.Vault;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed body and every limit fails closed with its code, and no message quotes the input. */
class LimitsTest {
  private static final String CANARY = "CANARY-7f3a9c";
  private static final LimitsConfig SMALL = new LimitsConfig(null, 5, 40, 3, 6, null);

  private static BodyException reject(LimitsConfig limits, byte[] body) {
    BodyException on = reject(new Pipeline(Configs.keyed(""), limits, TestDetectors.all()), body);
    // Redaction off walks the body without taking content out of it, and must refuse the same.
    BodyException off = reject(new Pipeline(Configs.keyed("enabled: false"), limits, TestDetectors.all()), body);
    assertEquals(on.code(), off.code(), "the same refusal with redaction off");
    return on;
  }

  private static BodyException reject(Pipeline p, byte[] body) {
    BodyException e = assertThrows(BodyException.class, () -> p.redact("/chat/completions", body, new Vault()));
    assertFalse(e.getMessage().contains(CANARY), e.getMessage());
    assertFalse(String.valueOf(e.getCause()).contains(CANARY));
    return e;
  }

  private static byte[] body(String template) {
    return template.replace('\'', '"').replace("@", CANARY).getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'messages':[{'content':'@ unterminated}]}           | invalid_json",
      "{'a':'@'} trailing @                                  | invalid_json",
      "{'a':'@'} {'b':1}                                     | invalid_json",
      "{'a':@}                                               | invalid_json",
      "{'a':'@',}                                            | invalid_json",
      "{'a':'@\u0001'}                                       | invalid_json",
      "``                                                    | invalid_json",
      "['@']                                                 | not_an_object",
      "'@'                                                   | not_an_object",
      "42                                                    | not_an_object",
      "{'a':'x','a':'@'}                                     | duplicate_key",
      "{'@':'x','@':'y'}                                     | duplicate_key",
      "{'a':[[[[['@']]]]]}                                   | too_deep",
      "{'a':{'b':{'c':{'d':{'e':{'f':'@'}}}}}}               | too_deep",
      "{'a':'@@@@'}                                          | string_too_long",
      "{'model':'@@@@'}                                      | string_too_long",
      "{'a':[1,2,3,'@']}                                     | too_many_items",
      "{'a':1234567,'b':'@'}                                 | number_too_long",
      "{'a':-1.23456e10,'b':'@'}                             | number_too_long",
  })
  void malformedAndOverLimitBodies(String template, String code) {
    BodyException e = reject(SMALL, body(template));
    assertEquals(code, e.code());
    assertEquals(400, e.status());
  }

  @Test
  void fourLevelsAreWithinADepthOfFive() {
    Pipeline p = new Pipeline(Configs.keyed(""), SMALL, TestDetectors.all());
    p.redact("/chat/completions", body("{'a':[[[['x']]]]}"), new Vault());
    p.redact("/chat/completions", body("{'a':[1,2,3]}"), new Vault());
  }

  @Test
  void invalidUtf8IsItsOwnCode() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(body("{'messages':[{'role':'user','content':'@ "));
    b.write(0xC3);
    b.write(0x28);
    b.writeBytes(body(" @'}]}"));
    assertEquals("invalid_utf8", reject(SMALL, b.toByteArray()).code());
    byte[] utf16 = "{\"a\":\"x\"}".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("invalid_utf8", reject(SMALL, utf16).code());
  }

  @Test
  void invalidUtf8InAStructuralStringIsCaughtToo() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(body("{'model':'"));
    b.write(0xE2);
    b.write(0x28);
    b.write(0xA1);
    b.writeBytes(body("'}"));
    assertEquals("invalid_utf8", reject(SMALL, b.toByteArray()).code());
  }

  @Test
  void jacksonWouldHaveQuotedTheCanary() {
    // The reason messages are mapped to codes: the parser's own message carries input text.
    JsonFactory f = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    Exception e = assertThrows(Exception.class, () -> {
      try (JsonParser p = f.createParser(body("{'@':1,'@':2}"))) {
        while (p.nextToken() != null) {
          p.getText();
        }
      }
    });
    assertTrue(e.getMessage().contains(CANARY));
  }

  @Test
  void aThrowingDetectorFailsTheRequestClosed() {
    Detector bad = new Detector() {
      @Override
      public String name() {
        return "exploding";
      }

      @Override
      public List<Span> detect(String text) {
        throw new IllegalStateException("cannot handle " + text);
      }
    };
    Pipeline p = new Pipeline(Configs.keyed(""), SMALL, List.of(bad));
    BodyException e = assertThrows(BodyException.class,
        () -> p.redact("/chat/completions", body("{'messages':[{'content':'@'}]}"), new Vault()));
    assertEquals("detector_failed", e.code());
    assertEquals(422, e.status());
    assertTrue(e.getMessage().contains("exploding"));
    assertFalse(e.getMessage().contains(CANARY));
  }

  @Test
  void theScanBudgetIsEnforcedBetweenStrings() {
    AtomicLong now = new AtomicLong();
    LimitsConfig limits = new LimitsConfig(null, null, null, null, null, 5L);
    Pipeline p = new Pipeline(Configs.keyed(""), limits,
        new Redactor(Configs.keyed(""), TestDetectors.all()), () -> now.getAndAdd(3_000_000L));
    BodyException e = assertThrows(BodyException.class, () -> p.redact("/chat/completions",
        body("{'messages':[{'content':'a'},{'content':'b'},{'content':'@'}]}"), new Vault()));
    assertEquals("scan_budget_exceeded", e.code());
    assertEquals(422, e.status());
  }
}
