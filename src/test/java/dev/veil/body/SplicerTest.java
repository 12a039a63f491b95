package dev.veil.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.config.LimitsConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The byte-splicing pass 2 and the token-rewriting pass 2 write the same JSON. */
class SplicerTest {
  private static final Json JSON = new Json(new LimitsConfig(null, null, null, null, null, null));
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'messages':[{'role':'user','content':'a'}]}                              | false | false",
      "{ 'messages' : [ { 'role' : 'user' , 'content' : 'a\\u00e9\\\"' } ] }     | false | false",
      "{'model':'m','messages':[{'content':[{'type':'text','text':'x'}]}],'n':1}  | false | true",
      "{'store':true,'input':'x'}                                                 | true  | false",
      "{'input':'x', 'store' : true }                                             | true  | false",
      "{'input':'x'}                                                              | true  | false",
      "{}                                                                         | true  | false",
      "{'messages':[{'tool_calls':[{'function':{'arguments':'{\\\"a\\\":\\\"b\\\",\\\"n\\\":[1,\\\"c\\\"]}'}}]}]} | false | false",
      "{'a':'\uD83D\uDE00 x','b':['p','q'],'c':{'d':'e'}}                         | false | true",
  })
  void spliceAgreesWithRewrite(String template, boolean forceStore, boolean bom) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    if (bom) {
      b.write(0xEF);
      b.write(0xBB);
      b.write(0xBF);
    }
    b.writeBytes(template.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    byte[] body = b.toByteArray();
    FieldRules rules = FieldRules.forRoute("/responses");
    Scan scan = new BodyScanner(JSON, false).scan(body, rules);
    int i = 0;
    for (Slot s : scan.flat()) {
      if (s.inner == null) {
        s.replacement = "R" + i++ + "\"\n\\";
      }
    }
    byte[] spliced = Splicer.splice(body, scan, forceStore, s -> BodyWriter.output(JSON, s));
    assertNotNull(spliced);
    Scan again = new BodyScanner(JSON, false).scan(body, rules);
    i = 0;
    for (Slot s : again.flat()) {
      if (s.inner == null) {
        s.replacement = "R" + i++ + "\"\n\\";
      }
    }
    byte[] rewritten = new BodyWriter(JSON, again, forceStore).write(body, rules);
    assertEquals(MAPPER.readTree(rewritten), MAPPER.readTree(spliced));
    if (!forceStore) {
      String original = new String(body, StandardCharsets.UTF_8);
      String out = new String(spliced, StandardCharsets.UTF_8);
      assertEquals(original.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "").replaceAll("\\s", "").length(),
          out.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "").replaceAll("\\s", "").length(),
          "structure outside strings is copied as it was");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"{\"store\":\"yes\",\"input\":\"x\"}", "{\"store\":{\"a\":1},\"input\":\"x\"}"})
  void oddStoreValuesFallBackToTheRewrite(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Scan scan = new BodyScanner(JSON, false).scan(bytes, FieldRules.forRoute("/responses"));
    assertNull(Splicer.splice(bytes, scan, true, s -> s.text));
    String out = new String(new BodyWriter(JSON, scan, true).write(bytes, FieldRules.forRoute("/responses")), StandardCharsets.UTF_8);
    assertTrue(out.startsWith("{\"store\":false,"), out);
  }
}
