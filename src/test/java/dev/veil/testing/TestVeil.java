package dev.veil.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.veil.VeilApp;
import dev.veil.config.ConfigLoader;
import dev.veil.config.VeilConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/**
 * A real Veil on loopback ports chosen by the OS, configured from YAML text on top of test
 * defaults (port 0, admin port 0, the given upstream).
 */
public final class TestVeil implements AutoCloseable {
  private static final ObjectMapper YAML = new YAMLMapper();

  private final VeilApp app;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private TestVeil(VeilApp app) {
    this.app = app;
  }

  public static TestVeil start(String upstreamUrl) {
    return start(upstreamUrl, "");
  }

  public static TestVeil start(String upstreamUrl, String yaml) {
    return new TestVeil(VeilApp.start(config(upstreamUrl, yaml), Map.of()));
  }

  /** The config a test Veil runs on: test defaults, then {@code yaml} merged over them. */
  public static VeilConfig config(String upstreamUrl, String yaml) {
    try {
      ObjectNode base = (ObjectNode) YAML.readTree(
          "server: {host: 127.0.0.1, port: 0}\nadmin: {port: 0}\nupstream: {url: \"" + upstreamUrl + "\"}\n");
      JsonNode extra = yaml.isBlank() ? YAML.createObjectNode() : YAML.readTree(yaml);
      merge(base, extra);
      return new ConfigLoader(Map.of()).parse(YAML.writeValueAsString(base));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void merge(ObjectNode into, JsonNode from) {
    Iterator<Map.Entry<String, JsonNode>> it = from.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode existing = into.get(e.getKey());
      if (existing instanceof ObjectNode o && e.getValue().isObject()) {
        merge(o, e.getValue());
      } else {
        into.set(e.getKey(), e.getValue());
      }
    }
  }

  public VeilApp app() {
    return app;
  }

  public int port() {
    return app.port();
  }

  /** The base URL an SDK uses, ending in /v1. */
  public String openAiBaseUrl() {
    return "http://127.0.0.1:" + port() + "/v1";
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  public HttpClient http() {
    return http;
  }

  /** POSTs a JSON body with a bearer key and returns the answer as text. */
  public HttpResponse<String> postJson(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer sk-test-client")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.close();
  }
}
