package dev.veil.limits;

import static dev.veil.limits.LimitsBench.MAX_BODY;
import static dev.veil.limits.LimitsBench.MAX_DEPTH;
import static dev.veil.limits.LimitsBench.MAX_ITEMS;
import static dev.veil.limits.LimitsBench.MAX_NUMBER;
import static dev.veil.limits.LimitsBench.MAX_STRING;
import static dev.veil.limits.LimitsBench.assertRefused;
import static dev.veil.limits.LimitsBench.forwarded;
import static dev.veil.limits.LimitsBench.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.veil.testing.Aftermath;
import dev.veil.testing.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every limit of {@link dev.veil.config.LimitsConfig}, through HTTP on the {@link LimitsBench}:
 * one past the limit is refused with its status and code and nothing is forwarded; at the limit
 * the body goes through.
 *
 * <table>
 *   <caption>Limit, test value, answer</caption>
 *   <tr><th>limit</th><th>bench value</th><th>over it</th></tr>
 *   <tr><td>max_body_bytes</td><td>1 MiB</td><td>413 request_too_large</td></tr>
 *   <tr><td>max_json_depth</td><td>8</td><td>400 too_deep</td></tr>
 *   <tr><td>max_string_length</td><td>200,000 chars</td><td>400 string_too_long (content and structural strings; keys from max + 2)</td></tr>
 *   <tr><td>max_items</td><td>50</td><td>400 too_many_items</td></tr>
 *   <tr><td>max_number_length</td><td>20</td><td>400 number_too_long</td></tr>
 *   <tr><td>scan_budget_millis</td><td>1 ms, with a ~900 KB body</td><td>422 scan_budget_exceeded</td></tr>
 * </table>
 */
class LimitsOverHttpTest {

  static String nested(int depth) {
    return "{\"model\":\"gpt-4o\",\"n\":" + "[".repeat(depth - 1) + "1" + "]".repeat(depth - 1) + "}";
  }

  static String items(int n) {
    return "{\"model\":\"gpt-4o\",\"logit_bias\":[" + "1,".repeat(n - 1) + "1]}";
  }

  @Test
  void aBodyOverMaxBodyBytesIs413() throws Exception {
    int before = forwarded();
    Aftermath after = Aftermath.of(LimitsBench.veil());
    String body = "{\"model\":\"" + "m".repeat((int) MAX_BODY) + "\"}";
    assertRefused(before, postJson(body), 413, "request_too_large");
    after.assertSettled("veil_requests_total", Map.of("status", "413", "outcome", "rejected"));
  }

  @Test
  void depthIsCountedOverObjectsAndArrays() throws Exception {
    int before = forwarded();
    assertRefused(before, postJson(nested(MAX_DEPTH + 1)), 400, "too_deep");
    assertRefused(before, postJson("{\"a\":" + "{\"b\":".repeat(MAX_DEPTH) + "1" + "}".repeat(MAX_DEPTH) + "}"), 400, "too_deep");
    assertEquals(200, postJson(nested(MAX_DEPTH)).status());
    assertEquals(before + 1, forwarded());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"content", "structural", "key"})
  void aStringOverMaxStringLengthIs400(String where) throws Exception {
    int before = forwarded();
    String s = "x".repeat(MAX_STRING + 1);
    String body = switch (where) {
      case "content" -> "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"" + s + "\"}]}";
      case "structural" -> "{\"model\":\"" + s + "\"}";
      default -> "{\"model\":\"gpt-4o\",\"" + s + "x\":1}"; // keys: Jackson's backstop, one char looser
    };
    assertRefused(before, postJson(body), 400, "string_too_long");
  }

  @Test
  void aStructuralStringAtMaxStringLengthGoesThrough() throws Exception {
    int before = forwarded();
    assertEquals(200, postJson("{\"model\":\"" + "m".repeat(MAX_STRING) + "\"}").status());
    assertEquals(before + 1, forwarded());
  }

  @Test
  void anArrayOverMaxItemsIs400() throws Exception {
    int before = forwarded();
    assertRefused(before, postJson(items(MAX_ITEMS + 1)), 400, "too_many_items");
    assertEquals(200, postJson(items(MAX_ITEMS)).status());
    assertEquals(before + 1, forwarded());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"123456789012345678901", "-12345678901234567890", "1.2345678901234567890", "1e1234567890123456789"})
  void aNumberOverMaxNumberLengthIs400(String number) throws Exception {
    int before = forwarded();
    assertRefused(before, postJson("{\"model\":\"gpt-4o\",\"seed\":" + number + "}"), 400, "number_too_long");
  }

  @Test
  void aNumberAtMaxNumberLengthGoesThrough() throws Exception {
    int before = forwarded();
    assertEquals(200, postJson("{\"model\":\"gpt-4o\",\"seed\":" + "1".repeat(MAX_NUMBER) + "}").status());
    assertEquals(before + 1, forwarded());
  }

  @Test
  void aBodyThatTakesLongerThanTheScanBudgetIs422() throws Exception {
    int before = forwarded();
    Aftermath after = Aftermath.of(LimitsBench.veil());
    StringBuilder body = new StringBuilder("{\"model\":\"gpt-4o\",\"messages\":[");
    String text = "Please write to Jane Miller at jane.miller@example.com or call +1 415 555 0100 about order 4711. ";
    String message = "{\"role\":\"user\",\"content\":\"" + text.repeat(190_000 / text.length()) + "\"}";
    for (int i = 0; i < 4; i++) {
      body.append(i == 0 ? "" : ",").append(message);
    }
    body.append("]}");
    Answer answer = postJson(body.toString());
    assertRefused(before, answer, 422, "scan_budget_exceeded");
    after.assertSettled("veil_requests_total", Map.of("status", "422", "outcome", "rejected"));
  }
}
