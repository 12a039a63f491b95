package dev.veil.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.veil.testing.VeilProcess;
import dev.veil.testing.WireMocks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit lines of a running Veil reach stdout without waiting for a full buffer or for the
 * process to stop, every line whole, and the lines still buffered at SIGTERM are written before
 * exit.
 */
class AuditStdoutTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void linesAreWrittenSoonWholeAndAllOfThemAtStop(@TempDir Path dir) throws Exception {
    WireMockServer upstream = WireMocks.answeringOk();
    try {
      String yaml = "server: {host: 127.0.0.1, port: 0}\nadmin: {port: 0}\nupstream: {url: 'http://127.0.0.1:"
          + upstream.port() + "'}\n";
      VeilProcess veil = VeilProcess.start(dir, yaml, Map.of());
      HttpClient http = HttpClient.newHttpClient();
      String first = post(http, veil);
      Path stdout = dir.resolve("stdout.log");
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!Files.readString(stdout).contains(first) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(Files.readString(stdout).contains(first), "the line is written while Veil runs and is idle");

      // More lines than the 64 KiB buffer holds, the last ones still buffered at SIGTERM.
      Set<String> ids = new HashSet<>(List.of(first));
      for (int i = 0; i < 400; i++) {
        ids.add(post(http, veil));
      }
      assertEquals(143, veil.stop(), "graceful exit on SIGTERM");
      Set<String> logged = new HashSet<>();
      for (String line : Files.readAllLines(stdout)) {
        JsonNode record = JSON.readTree(line); // every line is whole JSON
        logged.add(record.path("request_id").asText());
      }
      assertEquals(ids, logged, "one line per request, none lost at stop");
    } finally {
      upstream.stop();
    }
  }

  private static String post(HttpClient http, VeilProcess veil) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(veil.url("/v1/chat/completions")))
        .header("Content-Type", "application/json").header("Authorization", "Bearer sk-test")
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    return r.headers().firstValue("x-veil-request-id").orElseThrow();
  }
}
