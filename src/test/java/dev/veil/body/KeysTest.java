package dev.veil.body;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.config.LimitsConfig;
import dev.veil.redact.Configs;
import dev.veil.redact.TestDetectors;
import dev.veil.redact.Vault;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Object keys are content unless they are field names the route's {@link FieldRules} know. Each
 * table row puts one e-mail ({@code @}) into a key; {@code content} rows must lose it,
 * {@code structural} rows must keep the body byte for byte.
 */
class KeysTest {
  private static final String EMAIL = "jane.doe@example.com";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "<EMAIL_ADDRESS_[0-9a-f]{8}>";

  private static byte[] bytes(String json) {
    return json.replace('\'', '"').replace("@", EMAIL).getBytes(StandardCharsets.UTF_8);
  }

  private static RedactedBody redact(String policy, String route, byte[] body) {
    return PipelineTest.pipeline(policy).redact(route, body, new Vault());
  }

  private static String firstKey(JsonNode object) {
    Iterator<String> names = object.fieldNames();
    return names.next();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "/chat/completions | {'model':'m','metadata':{'@':'x'}}                                                    | content",
      "/chat/completions | {'model':'m','messages':[{'role':'user','content':'hi','@':1}]}                        | content",
      "/chat/completions | {'messages':[{'role':'user','content':[{'type':'text','text':'hi','@':true}]}]}        | content",
      "/chat/completions | {'@':{'role':'user'}}                                                                 | content",
      "/chat/completions | {'user':{'@':'u'}}                                                                    | content",
      "/chat/completions | {'reasoning':{'effort':'low','@':'x'}}                                                | content",
      "/chat/completions | {'messages':[{'content':[{'type':'image_url','image_url':{'url':'u','@':1}}]}]}       | content",
      "/chat/completions | {'logit_bias':{'@':-100}}                                                             | content",
      "/responses        | {'input':[{'type':'custom','payload':{'@':1}}]}                                       | content",
      "/responses        | {'prompt':{'id':'p','variables':{'@':'v'}}}                                           | content",
      "/responses        | {'tools':[{'type':'mcp','server_label':'s','headers':{'@':'h'}}]}                     | content",
      "/embeddings       | {'input':'x','@':1}                                                                   | content",
      "/files            | {'purpose':'x','@':1}                                                                 | content",
      "/chat/completions | {'tools':[{'type':'function','function':{'name':'f','parameters':{'properties':{'@':{'type':'string'}}}}}]} | structural",
      "/chat/completions | {'response_format':{'type':'json_schema','json_schema':{'name':'n','schema':{'required':['a'],'@':1}}}} | structural",
      "/chat/completions | {'tool_choice':{'type':'function','function':{'@':'f'}}}                              | structural",
  })
  void aKeyIsContentUnlessTheRulesKnowIt(String route, String template, String expect) {
    byte[] body = bytes(template);
    RedactedBody r = redact("", route.strip(), body);
    String out = new String(r.body(), StandardCharsets.UTF_8);
    if (expect.equals("structural")) {
      assertSame(body, r.body(), "copied byte for byte");
    } else {
      assertFalse(out.contains(EMAIL), out);
      assertTrue(out.matches(".*\"" + TOKEN + "\":.*"), out);
      assertEquals(1, r.counts().entities().get("EMAIL_ADDRESS"));
    }
  }

  @Test
  void aMetadataKeyTakesTheSameTokenAsTheSameValueElsewhere() throws Exception {
    Vault vault = new Vault();
    RedactedBody r = PipelineTest.pipeline("").redact("/chat/completions",
        bytes("{'model':'m','messages':[{'role':'user','content':'mail @'}],'metadata':{'@':'x'}}"), vault);
    JsonNode out = JSON.readTree(r.body());
    String key = firstKey(out.get("metadata"));
    assertTrue(key.matches(TOKEN), key);
    assertEquals("x", out.get("metadata").get(key).asText());
    assertEquals("mail " + key, out.at("/messages/0/content").asText(), "one value, one token: the answer restores both");
    assertEquals(1, vault.size());
    assertEquals(EMAIL, vault.restore(key));
  }

  @Test
  void apiFieldNamesTakeNoSlotAndStayByteForByte() {
    String chat = "{ \"model\" : \"m\", \"stream\":true, \"stream_options\":{\"include_usage\":true},"
        + "\"messages\":[{\"role\":\"system\",\"content\":\"a\"},{\"r\\u006fle\":\"user\",\"name\":\"n\",\"content\":"
        + "[{\"type\":\"text\",\"text\":\"b\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x\",\"detail\":\"low\"}}]},"
        + "{\"role\":\"assistant\",\"content\":null,\"refusal\":null,\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
        + "\"function\":{\"name\":\"f\",\"arguments\":\"[1]\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"c\"}],"
        + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"description\":\"d\",\"strict\":true,"
        + "\"parameters\":{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}},\"required\":[\"q\"]}}}],"
        + "\"tool_choice\":\"auto\",\"temperature\":0.5,\"top_p\":1,\"n\":1,\"max_completion_tokens\":9,\"seed\":1,"
        + "\"response_format\":{\"type\":\"json_object\"},\"user\":\"\",\"store\":false,\"parallel_tool_calls\":true}";
    Json json = new Json(PipelineTest.LIMITS);
    Scan scan = new BodyScanner(json, false).scan(chat.getBytes(StandardCharsets.UTF_8), FieldRules.forRoute("/chat/completions"));
    assertTrue(scan.slots.stream().noneMatch(s -> s.keyOf != null), "no key takes a slot");
    assertEquals(7, scan.slots.size(), "a, n, b, [1], c, d and the empty user");
    byte[] body = (chat.replace("\"c\"}]", "\"" + EMAIL + "\"}]")).getBytes(StandardCharsets.UTF_8);
    String out = new String(redact("", "/chat/completions", body).body(), StandardCharsets.UTF_8);
    assertEquals(chat.replace("\"c\"}]", "\"X\"}]"), out.replaceAll(TOKEN, "X"), "only the value changed");

    String responses = "{\"model\":\"m\",\"instructions\":\"i\",\"previous_response_id\":\"r\",\"input\":[{\"type\":\"message\","
        + "\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"t\"},{\"type\":\"input_file\",\"file_id\":\"f\"}]},"
        + "{\"type\":\"function_call\",\"call_id\":\"c\",\"name\":\"f\",\"arguments\":\"{}\"},"
        + "{\"type\":\"function_call_output\",\"call_id\":\"c\",\"output\":\"o\"}],"
        + "\"reasoning\":{\"effort\":\"low\",\"summary\":\"auto\"},\"text\":{\"format\":{\"type\":\"text\"},\"verbosity\":\"low\"},"
        + "\"max_output_tokens\":10,\"truncation\":\"auto\",\"include\":[\"x\"],\"metadata\":{}}";
    scan = new BodyScanner(json, false).scan(responses.getBytes(StandardCharsets.UTF_8), FieldRules.forRoute("/responses"));
    assertTrue(scan.slots.stream().noneMatch(s -> s.keyOf != null), "no key takes a slot");
  }

  @Test
  void aKeyInArgumentsJsonIsRedactedAndTheArgumentsStayJson() throws Exception {
    byte[] body = bytes("{'messages':[{'role':'assistant','tool_calls':[{'id':'c','type':'function','function':{'name':'f',"
        + "'arguments':'{\\'@\\': 1, \\'to\\': {\\'b\\\\u0040x.io\\': [\\'@\\']}}'}}]}]}");
    JsonNode out = JSON.readTree(redact("", "/chat/completions", body).body());
    String args = out.at("/messages/0/tool_calls/0/function/arguments").asText();
    assertFalse(args.contains(EMAIL), args);
    JsonNode inner = JSON.readTree(args);
    String key = firstKey(inner);
    assertTrue(key.matches(TOKEN), args);
    assertEquals(1, inner.get(key).asInt());
    assertEquals(key, inner.at("/to").elements().next().get(0).asText(), "key and value: one token");
    assertTrue(firstKey(inner.get("to")).matches(TOKEN), args);
  }

  @Test
  void aResponsesOutputWithAPiiKeyStaysJson() throws Exception {
    byte[] body = bytes("{'input':[{'type':'function_call_output','call_id':'c','output':'{\\'@\\':1}'}]}");
    JsonNode out = JSON.readTree(redact("", "/responses", body).body());
    JsonNode inner = JSON.readTree(out.at("/input/0/output").asText());
    assertTrue(firstKey(inner).matches(TOKEN), inner.toString());
  }

  @Test
  void keysWithEscapesAreReadDecodedAndWrittenAsValidJson() throws Exception {
    String template = "{'metadata':{'jane.doe\\u0040example.com':'a','say \\'hi\\' to b@x.io':'b','k\\\\':'c'}}";
    byte[] body = template.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    RedactedBody r = redact("", "/chat/completions", body);
    String text = new String(r.body(), StandardCharsets.UTF_8);
    assertFalse(text.contains("\\u0040example.com"), text);
    assertFalse(text.contains("b@x.io"), text);
    JsonNode meta = JSON.readTree(r.body()).get("metadata");
    Iterator<String> keys = meta.fieldNames();
    assertTrue(keys.next().matches(TOKEN));
    assertTrue(keys.next().matches("say \"hi\" to " + TOKEN));
    assertEquals("k\\", keys.next());
    assertTrue(text.contains("\"k\\\\\":\"c\""), "an unchanged key keeps its bytes");
    assertEquals("EMAIL_ADDRESS=2", r.counts().header());
  }

  @Test
  void aKeyIsSplicedInPlaceAndEverythingElseKeepsItsBytes() {
    for (String key : new String[] {EMAIL, "jane.doe\\u0040example.com", "\\\"" + EMAIL + "\\\""}) {
      String body = "{ \"model\" : \"m\",\n  \"metadata\" : { \"" + key + "\" : 1 , \"k\" : 2 } }";
      RedactedBody r = redact("", "/chat/completions", body.getBytes(StandardCharsets.UTF_8));
      String out = new String(r.body(), StandardCharsets.UTF_8);
      String quote = key.startsWith("\\") ? "\\\"" : "";
      assertEquals(body.replace(key, quote + "X" + quote), out.replaceAll(TOKEN, "X"), key);
    }
  }

  @Test
  void keysAreRedactedWhenTheBodyIsRewrittenTokenByToken() throws Exception {
    byte[] body = bytes("{'messages':[{'role':'user','content':[{'type':'image_url','image_url':{'url':'u'}},"
        + "{'type':'text','text':'hi'}]}],'metadata':{'@':'x'}}");
    RedactedBody r = redact("media: {images: strip}", "/chat/completions", body);
    JsonNode out = JSON.readTree(r.body());
    assertEquals(1, out.at("/messages/0/content").size(), "the image part is gone");
    assertTrue(firstKey(out.get("metadata")).matches(TOKEN), out.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{'metadata':{'a@x.io':1,'b@x.io':2}}",
      "{'metadata':{'a@x.io':1,'[EMAIL_ADDRESS]':2}}",
      "{'messages':[{'role':'user','content':'hi','a@x.io':1,'b@x.io':2}]}",
      "{'messages':[{'role':'assistant','tool_calls':[{'function':{'name':'f','arguments':'{\\'a@x.io\\':1,\\'b@x.io\\':2}'}}]}]}",
  })
  void keysThatRedactToOneNameFailClosed(String template) {
    byte[] body = template.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    BodyException e = assertThrows(BodyException.class,
        () -> redact("entities: {EMAIL_ADDRESS: {action: redact}}", "/chat/completions", body));
    assertEquals("duplicate_key_after_redaction", e.code());
    assertEquals(400, e.status());
    assertFalse(e.getMessage().contains("x.io"), e.getMessage());
  }

  @Test
  void distinctKeysThatStayDistinctPass() throws Exception {
    String redactAll = "entities: {EMAIL_ADDRESS: {action: redact}}";
    byte[] separate = bytes("{'metadata':{'a@x.io':1,'k':{'b@x.io':2}}}");
    JsonNode out = JSON.readTree(redact(redactAll, "/chat/completions", separate).body());
    assertEquals("[EMAIL_ADDRESS]", firstKey(out.get("metadata")));
    assertEquals("[EMAIL_ADDRESS]", firstKey(out.at("/metadata/k")));
    byte[] two = bytes("{'metadata':{'a@x.io':1,'b@x.io':2}}");
    JsonNode pseudonyms = JSON.readTree(redact("", "/chat/completions", two).body()).get("metadata");
    assertEquals(2, pseudonyms.size(), "distinct values, distinct pseudonyms");
    byte[] repeated = "{\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a@x.io\\\":1,\\\"a@x.io\\\":2}\"}}]}]}"
        .getBytes(StandardCharsets.UTF_8);
    String args = JSON.readTree(redact(redactAll, "/chat/completions", repeated).body())
        .at("/messages/0/tool_calls/0/function/arguments").asText();
    assertEquals("{\"[EMAIL_ADDRESS]\":1,\"[EMAIL_ADDRESS]\":2}", args, "a key repeated in the arguments may stay repeated");
    byte[] dry = bytes("{'metadata':{'a@x.io':1,'b@x.io':2}}");
    assertArrayEquals(dry, redact("mode: dry_run\n" + redactAll, "/chat/completions", dry).body(), "dry run forwards as is");
  }

  @Test
  void aKeyOverTheStringLimitIsRefused() {
    LimitsConfig small = new LimitsConfig(null, null, 8, null, null, null);
    Pipeline p = new Pipeline(Configs.keyed(""), small, TestDetectors.all());
    for (String template : new String[] {"{'metadata':{'123456789':1}}", "{'123456789':1}", "{'max_completion_tokens':1}"}) {
      byte[] body = template.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
      BodyException e = assertThrows(BodyException.class, () -> p.redact("/chat/completions", body, new Vault()), template);
      assertEquals("string_too_long", e.code());
      assertFalse(e.getMessage().contains("12345"));
    }
    byte[] fits = "{\"metadata\":{\"12345678\":1}}".getBytes(StandardCharsets.UTF_8);
    assertSame(fits, p.redact("/chat/completions", fits, new Vault()).body());
  }
}
