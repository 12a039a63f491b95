package dev.veil.body;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.config.LimitsConfig;
import dev.veil.config.RedactionConfig;
import dev.veil.redact.Blocked;
import dev.veil.redact.Configs;
import dev.veil.redact.TestDetectors;
import dev.veil.redact.Vault;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  static final LimitsConfig LIMITS = new LimitsConfig(null, null, null, null, null, null);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk4111111+P/BfwAJ+gP9+eh8AAAAASUVORK5CYII=";

  static Pipeline pipeline(String policy) {
    return new Pipeline(Configs.keyed(policy), LIMITS, TestDetectors.all());
  }

  static byte[] bytes(String json) {
    return json.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }

  private static String text(RedactedBody r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void aChatRequestIsRedactedEverywhereAndStructureIsKept() throws Exception {
    Vault vault = new Vault();
    RedactedBody r = pipeline("").redact("/chat/completions", bytes("""
        {'model':'gpt-4o','stream':true,'messages':[
          {'role':'system','content':'You help Jane Doe.'},
          {'role':'user','content':[{'type':'text','text':'Mail jane@x.io, card 4111 1111 1111 1111'}]},
          {'role':'assistant','tool_calls':[{'id':'call_4111111111111111','type':'function',
            'function':{'name':'lookup','arguments':'{\\"email\\":\\"jane@x.io\\",\\"n\\":1.50,\\"who\\":[\\"Jane\\"]}'}}]},
          {'role':'tool','tool_call_id':'call_4111111111111111','content':'found jane@x.io'}],
         'temperature':0.70,'n':1,'logit_bias':{'50256':-100}}
        """), vault);
    assertEquals("gpt-4o", r.model());
    assertTrue(r.stream());
    JsonNode out = JSON.readTree(r.body());
    String system = out.at("/messages/0/content").asText();
    assertTrue(system.matches("You help <PERSON_[0-9a-f]{8}>\\."), system);
    String user = out.at("/messages/1/content/0/text").asText();
    assertTrue(user.matches("Mail <EMAIL_ADDRESS_[0-9a-f]{8}>, card <CREDIT_CARD_[0-9a-f]{8}>"), user);
    assertEquals("call_4111111111111111", out.at("/messages/2/tool_calls/0/id").asText());
    assertEquals("call_4111111111111111", out.at("/messages/3/tool_call_id").asText());
    JsonNode args = JSON.readTree(out.at("/messages/2/tool_calls/0/function/arguments").asText());
    assertTrue(args.get("email").asText().startsWith("<EMAIL_ADDRESS_"));
    assertEquals(user.substring(5, 29), args.get("email").asText(), "same value, same token across strings");
    assertTrue(out.at("/messages/2/tool_calls/0/function/arguments").asText().contains("\"n\":1.50"), "numbers keep their text");
    assertTrue(args.get("who").get(0).asText().startsWith("<PERSON_"), "given name propagated into the arguments");
    assertTrue(text(r).contains("\"temperature\":0.70"));
    assertEquals("EMAIL_ADDRESS=3,PERSON=2,CREDIT_CARD=1", r.counts().header());
    assertEquals(4, vault.size());
  }

  @Test
  void nothingFoundMeansTheSameBytes() {
    byte[] body = bytes("{'model':'m',  'messages':[{'role':'user','content':'hello \\u00e9'}]}");
    RedactedBody r = pipeline("").redact("/chat/completions", body, new Vault());
    assertSame(body, r.body());
    assertTrue(r.counts().isEmpty());
  }

  @Test
  void escapesAndUnicodeSurviveARewrite() throws Exception {
    byte[] body = bytes("{'messages':[{'role':'user','content':'\\u00e9\\n\\\"q\\\" \\ud83d\\ude00 a@x.io'}]}");
    JsonNode out = JSON.readTree(pipeline("").redact("/chat/completions", body, new Vault()).body());
    assertTrue(out.at("/messages/0/content").asText().matches("é\n\"q\" \uD83D\uDE00 <EMAIL_ADDRESS_[0-9a-f]{8}>"));
  }

  @Test
  void argumentsThatAreNotJsonAreScannedAsText() throws Exception {
    byte[] body = bytes("{'messages':[{'role':'assistant','tool_calls':[{'function':{'name':'f','arguments':'{send to a@x.io'}}]}]}");
    JsonNode out = JSON.readTree(pipeline("").redact("/chat/completions", body, new Vault()).body());
    assertTrue(out.at("/messages/0/tool_calls/0/function/arguments").asText().startsWith("{send to <EMAIL_ADDRESS_"));
  }

  @Test
  void dataUrlsAndIdsReachTheUpstreamByteForByte() {
    String id = "resp_4111111111111111abc";
    byte[] body = bytes("{'model':'gpt-4o','previous_response_id':'" + id + "','input':[{'role':'user','content':["
        + "{'type':'input_image','image_url':'" + PNG + "'},"
        + "{'type':'input_text','text':'see " + PNG + "'},"
        + "{'type':'input_text','text':'from a@x.io'}]}]}");
    RedactedBody r = pipeline("").redact("/responses", body, new Vault());
    String out = text(r);
    assertTrue(out.contains("'image_url':'".replace('\'', '"') + PNG + "\""));
    assertTrue(out.contains("\"previous_response_id\":\"" + id + "\""));
    assertFalse(out.contains("a@x.io"));
    assertEquals(1, r.counts().entities().get("IMAGE"));
    assertEquals(1, r.counts().entities().get("EMAIL_ADDRESS"));
  }

  @Test
  void aBareDataUrlIsMediaNotText() {
    byte[] body = bytes("{'prompt':'" + PNG.replace("image/png", "image/jpeg") + "'}");
    RedactedBody r = pipeline("").redact("/completions", body, new Vault());
    assertSame(body, r.body());
    assertEquals("IMAGE=1", r.counts().header());
    assertEquals(Set.of("FILE"), assertThrows(Blocked.class, () -> pipeline("").redact("/completions",
        bytes("{'prompt':'data:application/pdf;base64,JVBERi0xLjQK'}"), new Vault())).entities());
    byte[] prose = bytes("{'prompt':'data: write to a@x.io, ok'}");
    assertFalse(text(pipeline("").redact("/completions", prose, new Vault())).contains("a@x.io"));
  }

  @Test
  void filesAndAudioAreBlockedByDefault() {
    Blocked files = assertThrows(Blocked.class, () -> pipeline("").redact("/chat/completions", bytes(
        "{'messages':[{'role':'user','content':[{'type':'file','file':{'file_data':'data:application/pdf;base64,JVBERi0x','filename':'cv.pdf'}}]}]}"),
        new Vault()));
    assertEquals(Set.of("FILE"), files.entities());
    Blocked audio = assertThrows(Blocked.class, () -> pipeline("").redact("/chat/completions", bytes(
        "{'messages':[{'role':'user','content':[{'type':'input_audio','input_audio':{'data':'UklGR','format':'wav'}}]}]}"),
        new Vault()));
    assertEquals(Set.of("AUDIO"), audio.entities());
  }

  @Test
  void strippedImagesLeaveTheirPartOut() throws Exception {
    byte[] body = bytes("{'messages':[{'role':'user','content':[{'type':'text','text':'look'},"
        + "{'type':'image_url','image_url':{'url':'https://img.example/x.png','detail':'low'}},{'type':'text','text':'a@x.io'}]}]}");
    RedactedBody r = pipeline("media: {images: strip}").redact("/chat/completions", body, new Vault());
    JsonNode content = JSON.readTree(r.body()).at("/messages/0/content");
    assertEquals(2, content.size());
    assertEquals("look", content.get(0).get("text").asText());
    assertTrue(content.get(1).get("text").asText().startsWith("<EMAIL_ADDRESS_"));
    assertEquals(1, r.counts().actions().get("strip"));
    assertEquals(Set.of("IMAGE"), assertThrows(Blocked.class,
        () -> pipeline("media: {images: block}").redact("/chat/completions", body, new Vault())).entities());
  }

  @Test
  void blockedEntitiesAreNamedAcrossTheWholeRequest() {
    Blocked b = assertThrows(Blocked.class, () -> pipeline("entities: {SECRET: {action: block}, CREDIT_CARD: {action: block}}")
        .redact("/chat/completions", bytes("{'messages':[{'role':'user','content':'sk-abcdefghijklmnopqrstuvwx'},"
            + "{'role':'user','content':'4111 1111 1111 1111'}]}"), new Vault()));
    assertEquals(Set.of("CREDIT_CARD", "SECRET"), b.entities());
  }

  @Test
  void dryRunForwardsTheSameBytesAndCounts() {
    byte[] body = bytes("{'user':'u1','messages':[{'role':'user','content':'a@x.io sk-abcdefghijklmnopqrstuvwx'}]}");
    Vault vault = new Vault();
    RedactedBody r = pipeline("mode: dry_run\nforce_store_false: true\nentities: {SECRET: {action: block}}")
        .redact("/chat/completions", body, vault);
    assertSame(body, r.body());
    assertTrue(vault.isEmpty());
    assertEquals("EMAIL_ADDRESS=1,SECRET=1", r.counts().header());
    assertEquals(1, r.counts().actions().get("block"));
  }

  @Test
  void disabledForwardsTheSameBytesButStillChecksTheBody() {
    Pipeline off = pipeline("enabled: false");
    byte[] body = bytes("{'model':'m','messages':[{'role':'user','content':'a@x.io'}]}");
    assertSame(body, off.redact("/chat/completions", body, new Vault()).body());
    assertThrows(BodyException.class, () -> off.redact("/chat/completions", bytes("{'a':"), new Vault()));
    RedactedBody read = off.redact("/chat/completions",
        bytes("{'model':'gpt-4o','stream':true,'user':'u-1','messages':[{'role':'user','content':'hi'}]}"), new Vault());
    assertEquals("gpt-4o", read.model());
    assertTrue(read.stream());
    assertEquals("u-1", read.endUser(), "the end-user id is still read, for the audit's keyed hash");
  }

  @Test
  void userIdsAreHashedStablyAndStoreCanBeForcedOff() throws Exception {
    Pipeline p = pipeline("force_store_false: true");
    JsonNode a = JSON.readTree(p.redact("/chat/completions", bytes("{'user':'alice','store':true,'messages':[]}"), new Vault()).body());
    JsonNode b = JSON.readTree(p.redact("/chat/completions", bytes("{'user':'alice','messages':[]}"), new Vault()).body());
    assertEquals(a.get("user").asText(), b.get("user").asText());
    assertNotEquals("alice", a.get("user").asText());
    assertFalse(a.get("store").asBoolean());
    assertFalse(b.get("store").asBoolean());
    byte[] embeddings = bytes("{'input':'hi'}");
    assertSame(embeddings, p.redact("/embeddings", embeddings, new Vault()).body(), "no store on embeddings");
    byte[] off = bytes("{'store':false,'messages':[]}");
    assertSame(off, p.redact("/chat/completions", off, new Vault()).body());
  }

  @Test
  void tokenArraysPassUntouched() {
    byte[] body = bytes("{'model':'text-embedding-3-small','input':[[1,2,3],[4,5]]}");
    assertSame(body, pipeline("").redact("/embeddings", body, new Vault()).body());
  }

  @Test
  void pseudonymsAreStableAcrossPipelinesWithTheSameKeyOnly() {
    byte[] body = bytes("{'messages':[{'role':'user','content':'Jane Doe, jane@x.io'}]}");
    String a = text(pipeline("").redact("/chat/completions", body, new Vault()));
    String b = text(pipeline("").redact("/chat/completions", body, new Vault()));
    RedactionConfig other = Configs.redaction("key: some-other-key-0123456789");
    String c = text(new Pipeline(other, LIMITS, TestDetectors.all()).redact("/chat/completions", body, new Vault()));
    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  @Test
  void namesPropagateAcrossMessages() throws Exception {
    byte[] body = bytes("{'messages':[{'role':'user','content':'My manager is Wei Zhang.'},"
        + "{'role':'assistant','content':'What did Zhang say?'},{'role':'user','content':'Wei said no; mail wei.zhang@corp.example'}]}");
    JsonNode out = JSON.readTree(pipeline("default_action: placeholder").redact("/chat/completions", body, new Vault()).body());
    assertEquals("My manager is <PERSON_1>.", out.at("/messages/0/content").asText());
    assertEquals("What did <PERSON_2> say?", out.at("/messages/1/content").asText());
    assertEquals("<PERSON_3> said no; mail <EMAIL_ADDRESS_1>", out.at("/messages/2/content").asText());
  }

  @Test
  void inspectReportsPathsPositionsAndActions() {
    RedactedBody r = pipeline("").inspect("/chat/completions", bytes(
        "{'messages':[{'role':'user','content':'hi a@x.io'},{'role':'assistant','tool_calls':[{'function':{'name':'f','arguments':'{\\\"to\\\":\\\"b@x.io\\\"}'}}]}]}"),
        new Vault());
    assertEquals("/messages/0/content", r.findings().get(0).path());
    assertEquals(3, r.findings().get(0).start());
    assertEquals("/messages/1/tool_calls/0/function/arguments#/to", r.findings().get(1).path());
    assertEquals("pseudonym", r.findings().get(1).action());
  }
}
