package dev.veil.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.config.LimitsConfig;
import dev.veil.redact.Configs;
import dev.veil.redact.TestDetectors;
import dev.veil.redact.Vault;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which strings are content (scanned) and which are structure (copied byte for byte), per route.
 * Each row puts one email at one place; {@code content} rows must lose it, {@code structural}
 * rows must keep it byte for byte, {@code identifier} rows get a keyed hash.
 */
class FieldRulesTest {
  private static final String EMAIL = "x@y.io";
  private static final Pipeline PIPELINE = new Pipeline(Configs.keyed("media: {files: allow, audio: allow}"),
      new LimitsConfig(null, null, null, null, null, null), TestDetectors.all());

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "/chat/completions | {'model':'@'}                                                                         | structural",
      "/chat/completions | {'messages':[{'role':'user','content':'@'}]}                                          | content",
      "/chat/completions | {'messages':[{'role':'@','content':'hi'}]}                                            | structural",
      "/chat/completions | {'messages':[{'role':'system','content':[{'type':'text','text':'@'}]}]}              | content",
      "/chat/completions | {'messages':[{'role':'user','name':'@','content':'hi'}]}                             | content",
      "/chat/completions | {'messages':[{'role':'assistant','content':null,'refusal':'@'}]}                     | content",
      "/chat/completions | {'messages':[{'role':'assistant','tool_calls':[{'id':'@','type':'function'}]}]}      | structural",
      "/chat/completions | {'messages':[{'role':'assistant','tool_calls':[{'function':{'name':'@'}}]}]}        | structural",
      "/chat/completions | {'messages':[{'role':'tool','tool_call_id':'@','content':'r'}]}                     | structural",
      "/chat/completions | {'messages':[{'role':'tool','tool_call_id':'c','content':'@'}]}                     | content",
      "/chat/completions | {'messages':[{'role':'assistant','audio':{'id':'@'}}]}                              | structural",
      "/chat/completions | {'tools':[{'type':'function','function':{'name':'f','description':'@'}}]}          | content",
      "/chat/completions | {'tools':[{'type':'function','function':{'name':'@'}}]}                             | structural",
      "/chat/completions | {'tools':[{'function':{'parameters':{'properties':{'a':{'description':'@'}}}}}]}   | content",
      "/chat/completions | {'tools':[{'function':{'parameters':{'properties':{'a':{'enum':['@']}}}}}]}        | content",
      "/chat/completions | {'tools':[{'function':{'parameters':{'properties':{'a':{'pattern':'@'}}}}}]}       | structural",
      "/chat/completions | {'tools':[{'function':{'parameters':{'required':['@']}}}]}                         | structural",
      "/chat/completions | {'tool_choice':'@'}                                                                 | structural",
      "/chat/completions | {'tool_choice':{'type':'function','function':{'name':'@'}}}                         | structural",
      "/chat/completions | {'function_call':{'name':'@'}}                                                      | structural",
      "/chat/completions | {'response_format':{'type':'json_schema','json_schema':{'name':'@'}}}               | structural",
      "/chat/completions | {'response_format':{'json_schema':{'description':'@'}}}                             | content",
      "/chat/completions | {'metadata':{'customer_id':'@'}}                                                    | content",
      "/chat/completions | {'some_new_field':'@'}                                                              | content",
      "/chat/completions | {'unknown':{'deep':[['@']]}}                                                        | content",
      "/chat/completions | {'custom_id':'@'}                                                                   | structural",
      "/chat/completions | {'file_ids':['@']}                                                                  | structural",
      "/chat/completions | {'service_tier':'@','reasoning_effort':'@','modalities':['@'],'voice':'@'}           | structural",
      "/chat/completions | {'audio':{'voice':'@','format':'@'}}                                                | structural",
      "/chat/completions | {'stop':['@']}                                                                      | content",
      "/chat/completions | {'prediction':{'type':'content','content':'@'}}                                     | content",
      "/chat/completions | {'web_search_options':{'user_location':{'approximate':{'city':'@'}}}}               | content",
      "/chat/completions | {'user':'@'}                                                                        | identifier",
      "/chat/completions | {'safety_identifier':'@'}                                                           | identifier",
      "/responses        | {'input':'@'}                                                                       | content",
      "/responses        | {'instructions':'@'}                                                                | content",
      "/responses        | {'input':[{'role':'user','content':[{'type':'input_text','text':'@'}]}]}            | content",
      "/responses        | {'input':[{'type':'function_call','call_id':'c','name':'@','arguments':'{}'}]}      | structural",
      "/responses        | {'input':[{'type':'function_call_output','call_id':'c','output':'@'}]}              | content",
      "/responses        | {'input':[{'type':'item_reference','id':'@'}]}                                      | structural",
      "/responses        | {'input':[{'type':'reasoning','summary':[{'type':'summary_text','text':'@'}]}]}     | content",
      "/responses        | {'input':[{'type':'reasoning','encrypted_content':'@'}]}                            | structural",
      "/responses        | {'input':[{'type':'custom_tool_call','name':'t','input':'@'}]}                      | content",
      "/responses        | {'previous_response_id':'@'}                                                        | structural",
      "/responses        | {'reasoning':{'effort':'@','summary':'@'}}                                          | structural",
      "/responses        | {'text':{'format':{'type':'json_schema','name':'@'},'verbosity':'@'}}               | structural",
      "/responses        | {'tools':[{'type':'function','name':'@','parameters':{}}]}                         | structural",
      "/responses        | {'tools':[{'type':'function','name':'f','description':'@'}]}                       | content",
      "/responses        | {'include':['@'],'truncation':'@','conversation':'@'}                              | structural",
      "/responses        | {'prompt':{'id':'@','version':'2'}}                                                 | structural",
      "/responses        | {'prompt':{'id':'p','variables':{'who':'@'}}}                                       | content",
      "/responses        | {'metadata':{'id':'@'}}                                                             | content",
      "/embeddings       | {'input':'@'}                                                                       | content",
      "/embeddings       | {'input':['a','@']}                                                                 | content",
      "/embeddings       | {'encoding_format':'@'}                                                             | structural",
      "/embeddings       | {'user':'@'}                                                                        | identifier",
      "/completions      | {'prompt':['@'],'suffix':'@'}                                                       | content",
      "/moderations      | {'input':[{'type':'text','text':'@'}]}                                              | content",
      "/assistants       | {'model':'@','assistant_id':'@'}                                                    | content",
      "/v2/anything      | {'type':'@'}                                                                        | content",
  })
  void stringsByPlace(String route, String template, String expected) {
    String body = template.replace('\'', '"').replace("@", EMAIL);
    String out = new String(PIPELINE.redact(route, body.getBytes(StandardCharsets.UTF_8), new Vault()).body(), StandardCharsets.UTF_8);
    switch (expected) {
      case "structural" -> assertEquals(body, out);
      case "content" -> assertFalse(out.contains(EMAIL), out);
      case "identifier" -> {
        assertFalse(out.contains(EMAIL), out);
        assertTrue(out.matches(".*\"[0-9a-f]{32}\".*"), out);
      }
      default -> throw new AssertionError(expected);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/chat/completions?x=1 | true",
      "/chat/completions     | true",
      "/chat/completion      | false",
  })
  void routesIgnoreTheQuery(String route, boolean known) {
    assertEquals(known, FieldRules.forRoute(route) != FieldRules.PURE_CONTENT);
  }
}
