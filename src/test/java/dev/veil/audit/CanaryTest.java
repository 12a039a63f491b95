package dev.veil.audit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.veil.testing.Fixtures;
import dev.veil.testing.VeilProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof of "no content at rest": Veil runs as its own process, unique canary values go
 * through every route and outcome, and then everything the process wrote (stdout, stderr, files
 * under its working and temp directories, the metrics scrape) is searched for them.
 */
class CanaryTest {
  static final String NAME = "Zebulon Quintavius Farthingale";
  static final String EMAIL = "zq.farthingale.canary@example.org";
  static final String CARD = "4539 1488 0343 6467";
  static final String SECRET = "sk-proj-CANARYkey0123456789abcdefABCDEF0123";
  static final String SENTENCE = "the purple elephant sings at midnight canary-7781";
  static final String CLIENT_KEY = "sk-client-CANARY-RAWKEY-5521";
  static final String CLIENT_IP_MARK = "203.0.113.77";

  static final Map<String, String> CANARIES = new LinkedHashMap<>();

  static {
    CANARIES.put("name", NAME);
    CANARIES.put("family name", "Farthingale");
    CANARIES.put("email", EMAIL);
    CANARIES.put("card", CARD);
    CANARIES.put("card digits", CARD.replace(" ", ""));
    CANARIES.put("secret", SECRET);
    CANARIES.put("sentence", SENTENCE);
    CANARIES.put("sentence fragment", "purple elephant");
    CANARIES.put("client key", CLIENT_KEY);
    CANARIES.put("client key fragment", "RAWKEY-5521");
    CANARIES.put("forwarded ip", CLIENT_IP_MARK);
    CANARIES.put("blocked ssn", "536-22-1379");
  }

  static String content() {
    return "Hi, I am " + NAME + ", mail " + EMAIL + ", card " + CARD + ", key " + SECRET + ". " + SENTENCE;
  }

  static String chatBody(boolean stream) {
    return "{\"model\":\"gpt-4o\",\"stream\":" + stream + ",\"user\":" + Fixtures.quote(EMAIL)
        + ",\"messages\":[{\"role\":\"system\",\"content\":" + Fixtures.quote(SENTENCE) + "},"
        + "{\"role\":\"user\",\"content\":" + Fixtures.quote(content()) + "}]}";
  }

  @Test
  void nothingVeilWritesContainsACanary(@TempDir Path dir) throws Exception {
    WireMockServer upstream = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    upstream.start();
    String echo = "{\"error\":{\"message\":\"Invalid 'messages[1].content': " + content().replace("\"", "") + "\",\"type\":\"invalid_request_error\",\"param\":\"messages\",\"code\":null}}";
    upstream.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.stream", com.github.tomakehurst.wiremock.client.WireMock.equalTo("false")))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody(Fixtures.chatCompletion("Dear " + NAME + ", noted: " + SENTENCE))));
    upstream.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(matchingJsonPath("$.stream", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true")))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
            .withBody(Fixtures.chatStream("Dear ", NAME, ", ", SENTENCE))));
    upstream.stubFor(post(urlEqualTo("/v1/responses")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(echo)));
    upstream.stubFor(post(urlEqualTo("/v1/embeddings")).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"" + SENTENCE + "\",\"type\":\"server_error\"}}")));
    upstream.stubFor(post(urlEqualTo("/v1/moderations")).willReturn(aResponse().withFixedDelay(8000).withStatus(200).withBody("{}")));
    upstream.stubFor(post(urlEqualTo("/v1/completions")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/event-stream")
        .withBody(Fixtures.chatStream(NAME, " ", SENTENCE, " ", NAME, " ", SENTENCE, " ", NAME, " ", SENTENCE))
        .withChunkedDribbleDelay(40, 4000)));
    upstream.stubFor(get(urlEqualTo("/v1/models")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.models())));

    String config = "upstream:\n  url: http://127.0.0.1:" + upstream.port() + "\n  headers_timeout: 3s\n"
        + "limits:\n  max_body_bytes: 65536\naudit:\n  hash_client_ip: true\n"
        + "redaction:\n  entities: {US_SSN: {action: block}}\n";
    List<String> answers = new ArrayList<>();
    try (VeilProcess veil = VeilProcess.start(dir, config, Map.of("VEIL_HASH_KEY", "test-hash-key"))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> ok = send(http, veil, "/v1/chat/completions", chatBody(false));    // success
      assertEquals(200, ok.statusCode());
      assertTrue(ok.headers().firstValue("x-veil-redactions").orElse("").contains("EMAIL_ADDRESS="), "redactions are summarised");
      HttpResponse<String> blocked = send(http, veil, "/v1/chat/completions",
          chatBody(false).replace("Hi, I am", "My SSN is 536-22-1379. Hi, I am"));          // blocked by policy
      assertEquals(400, blocked.statusCode());
      assertTrue(blocked.body().contains("blocked_by_policy") && blocked.body().contains("US_SSN"), blocked.body());
      answers.add(blocked.body());
      send(http, veil, "/v1/chat/completions", chatBody(true));                               // stream
      answers.add(send(http, veil, "/v1/chat/completions", "{\"model\":\"gpt-4o\",\"messages\":[" + Fixtures.quote(content()))
          .body());                                                                            // malformed JSON
      send(http, veil, "/v1/responses", "{\"model\":\"gpt-4o\",\"input\":" + Fixtures.quote(content()) + "}"); // upstream 400 echo
      send(http, veil, "/v1/embeddings", "{\"model\":\"text-embedding-3-small\",\"input\":" + Fixtures.quote(content()) + "}");
                                                                                               // upstream 500
      answers.add(send(http, veil, "/v1/moderations", "{\"input\":" + Fixtures.quote(content()) + "}").body()); // timeout
      answers.add(send(http, veil, "/v1/chat/completions", "{\"model\":\"gpt-4o\",\"input\":\""
          + (content() + " ").repeat(600) + "\"}").body());                                    // oversize
      send(http, veil, "/v1/" + EMAIL + "/x?q=" + java.net.URLEncoder.encode(SENTENCE, StandardCharsets.UTF_8), "{}");
                                                                                               // content in path and query
      http.send(HttpRequest.newBuilder(URI.create(veil.url("/v1/models"))).header("Authorization", "Bearer " + CLIENT_KEY)
          .header("X-Forwarded-For", CLIENT_IP_MARK).GET().build(), HttpResponse.BodyHandlers.ofString());
      disconnectMidStream(veil);
      String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + veil.adminPort() + "/metrics")).GET().build(),
          HttpResponse.BodyHandlers.ofString()).body();
      Files.writeString(dir.resolve("metrics.txt"), metrics);
      assertTrue(metrics.contains("veil_requests_total"), "the scrape has Veil's metrics");
      Thread.sleep(300);
      assertEquals(143, veil.stop(), "graceful exit on SIGTERM");
    } finally {
      upstream.stop();
    }

    assertEquals(4, answers.size());
    for (String a : answers) { // the errors Veil wrote itself: blocked, malformed JSON, timeout, oversize
      assertTrue(a.startsWith("{\"error\":{"), a);
      for (Map.Entry<String, String> c : CANARIES.entrySet()) {
        assertFalse(a.contains(c.getValue()), "Veil's own error body carries the " + c.getKey() + " canary: " + a);
      }
    }
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        String utf8 = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> c : CANARIES.entrySet()) {
          if (f.getFileName().toString().equals("veil.yaml")) {
            continue; // the config we wrote ourselves
          }
          if (text.contains(c.getValue()) || utf8.contains(c.getValue())) {
            found.add(c.getKey() + " in " + dir.relativize(f));
          }
        }
      }
    }
    String stdout = Files.readString(dir.resolve("stdout.log"));
    assertTrue(stdout.lines().count() >= 9, "an audit line per request:\n" + stdout);
    assertTrue(stdout.contains("\"outcome\":\"client_gone\""), stdout);
    assertTrue(stdout.contains("\"outcome\":\"upstream_error\""), stdout);
    assertTrue(stdout.contains("\"outcome\":\"rejected\""), stdout);
    assertTrue(stdout.contains("\"outcome\":\"blocked\""), stdout);
    assertTrue(stdout.contains("\"redactions\":{"), stdout);
    assertTrue(stdout.contains("\"user\":\""), "the end-user id is recorded as a keyed hash");
    assertTrue(found.isEmpty(), "canaries found in what Veil wrote: " + found);
  }

  static HttpResponse<String> send(HttpClient http, VeilProcess veil, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(veil.url(path))).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + CLIENT_KEY)
        .header("X-Forwarded-For", CLIENT_IP_MARK).header("Cookie", "session=" + SENTENCE.replace(' ', '_'))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static void disconnectMidStream(VeilProcess veil) throws IOException {
    byte[] body = ("{\"model\":\"gpt-4o\",\"stream\":true,\"prompt\":" + Fixtures.quote(content()) + "}").getBytes(StandardCharsets.UTF_8);
    try (Socket s = new Socket("127.0.0.1", veil.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer "
          + CLIENT_KEY + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null && !line.startsWith("data:")) {
        // until the first event
      }
    }
  }
}
