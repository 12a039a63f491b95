package dev.veil;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.veil.config.ConfigLoader;
import dev.veil.config.VeilConfig;
import dev.veil.testing.Fixtures;
import dev.veil.testing.VeilProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file is reloaded when it changes and on SIGHUP; a bad file keeps the running config. */
class ConfigReloadTest {
  WireMockServer upstream;

  @BeforeEach
  void start() {
    upstream = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    upstream.start();
    upstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.chatCompletion("ok"))));
  }

  @AfterEach
  void stop() {
    upstream.stop();
  }

  String config(String term) {
    return "server: {host: 127.0.0.1, port: 0}\nadmin: {port: 0}\nupstream: {url: 'http://127.0.0.1:" + upstream.port() + "'}\n"
        + "redaction:\n  entities: {PROJECT: {action: redact}}\n  rules:\n    - name: projects\n      entity: PROJECT\n"
        + "      terms: [" + term + "]\n      examples: {redact: ['the " + term + " plan'], keep: ['a plain sentence']}\n";
  }

  String forwarded(HttpClient http, String url, String text) throws Exception {
    upstream.resetRequests();
    http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("Authorization", "Bearer sk-test")
        .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":"
            + Fixtures.quote(text) + "}]}")).build(), HttpResponse.BodyHandlers.ofString());
    return upstream.getAllServeEvents().get(0).getRequest().getBodyAsString();
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertTrue(condition.getAsBoolean(), "condition not reached in 10 s");
  }

  @Test
  void aChangedFileIsLoadedAndABadOneIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("veil.yaml");
    Files.writeString(file, config("Bluebird"));
    ConfigLoader loader = new ConfigLoader(Map.of());
    try (VeilApp app = VeilApp.start(loader.load(file), Map.of())) {
      ConfigWatcher watcher = new ConfigWatcher(loader, file, app);
      watcher.start(Duration.ofMillis(100));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String url = "http://127.0.0.1:" + app.port() + "/v1/chat/completions";
      assertTrue(forwarded(http, url, "status of Bluebird?").contains("[PROJECT]"));

      VeilConfig before = app.config();
      Files.writeString(file, config("Nightjar"));
      await(() -> app.config() != before);
      String after = forwarded(http, url, "Bluebird and Nightjar");
      assertTrue(after.contains("Bluebird"), after);
      assertFalse(after.contains("Nightjar"), after);

      VeilConfig good = app.config();
      Files.writeString(file, config("Nightjar").replace("keep: ['a plain sentence']", "keep: ['the Nightjar plan']"));
      String scrapeUrl = "http://127.0.0.1:" + app.adminPort() + "/metrics";
      await(() -> scrape(http, scrapeUrl).contains("veil_config_reloads_total{result=\"rejected\"} 1.0"));
      assertEquals(good, app.config(), "the running config stays");
      assertFalse(forwarded(http, url, "Nightjar").contains("Nightjar"));
    }
  }

  static String scrape(HttpClient http, String url) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      return "";
    }
  }

  @Test
  void sighupReloads(@TempDir Path dir) throws Exception {
    String yaml = config("Bluebird").replace("server: {host: 127.0.0.1, port: 0}\nadmin: {port: 0}\n", "server: {host: 127.0.0.1}\n");
    try (VeilProcess veil = VeilProcess.start(dir, yaml, Map.of())) {
      long pid = veil.pid();
      Path log = dir.resolve("stderr.log");
      await(() -> read(log).contains("listening on")); // the handler is in place before this line
      Process kill = new ProcessBuilder("kill", "-HUP", Long.toString(pid)).start();
      assertEquals(0, kill.waitFor());
      Path stderr = dir.resolve("stderr.log");
      await(() -> read(stderr).contains("reloading config (SIGHUP)"));
      await(() -> read(stderr).contains("config reloaded"));
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
