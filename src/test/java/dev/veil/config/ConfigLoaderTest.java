package dev.veil.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

  @Test
  void theShippedDefaultLoadsAndMatchesTheRecordDefaults() {
    VeilConfig shipped = new ConfigLoader(Map.of()).load(Path.of("config/veil.yaml"));
    VeilConfig embedded = new ConfigLoader(Map.of()).load(null);
    VeilConfig empty = new ConfigLoader(Map.of()).parse("{}");
    assertEquals(empty, shipped, "every default in veil.yaml equals the default in code");
    assertEquals(shipped, embedded);
    assertEquals(8080, shipped.server().port());
    assertEquals("https://api.openai.com", shipped.upstream().url());
    assertEquals(16L * 1024 * 1024, shipped.limits().maxBodyBytes());
  }

  @Test
  void variablesAreInterpolatedWithDefaults() {
    ConfigLoader loader = new ConfigLoader(Map.of("UP", "http://127.0.0.1:9999", "EMPTY", ""));
    VeilConfig c = loader.parse("upstream:\n  url: ${UP}\n  api_key: ${MISSING:-fallback}\nserver:\n  host: ${EMPTY:-127.0.0.2}\n");
    assertEquals("http://127.0.0.1:9999", c.upstream().url());
    assertEquals("fallback", c.upstream().apiKey());
    assertEquals("127.0.0.2", c.server().host());
  }

  @Test
  void environmentOverridesTheFile() {
    ConfigLoader loader = new ConfigLoader(Map.of("VEIL_PORT", "7070", "VEIL_UPSTREAM_URL", "http://127.0.0.1:1234",
        "OPENAI_API_KEY", "sk-managed"));
    VeilConfig c = loader.parse("server: {port: 8080}\nupstream: {url: https://example.invalid}\n");
    assertEquals(7070, c.server().port());
    assertEquals("http://127.0.0.1:1234", c.upstream().url());
    assertTrue(c.upstream().managedKey());
    assertFalse(c.upstream().toString().contains("sk-managed"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "server: {port: 70000}|server.port: must be 0-65535",
      "server: {prot: 1}|server.prot: unknown key",
      "server: {port: eighty}|server.port: expected a whole number",
      "upstream: {url: ftp://x}|upstream.url: must start with http:// or https://",
      "upstream: {url: https://api.openai.com/v1}|upstream.url: give the base URL without /v1",
      "upstream: {connect_timeout: 10}|upstream.connect_timeout: a duration needs a unit (e.g. 10s, 500ms)",
      "upstream: {read_timeout: soon}|upstream.read_timeout: not a duration (use e.g. 500ms, 10s, 5m, 1h)",
      "auth: {client_keys: [{id: a, sha256: xyz}]}|auth.client_keys[0].sha256: must be 64 lower-case hex digits (SHA-256 of the key)",
      "limits: {max_body_bytes: 0}|limits.max_body_bytes: must be greater than 0",
      "server: [1, 2]|server: expected a mapping",
  })
  void aBadValueIsOneLineNamingTheKeyPath(String yaml, String expected) {
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).parse(yaml));
    assertEquals(expected, e.getMessage());
  }

  @Test
  void anUnsetVariableWithoutDefaultNamesTheKeyAndTheVariable() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of()).parse("upstream:\n  api_key: ${NOPE}\n"));
    assertEquals("upstream.api_key: environment variable NOPE is not set", e.getMessage());
  }

  @Test
  void errorsNeverQuoteConfiguredValues() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of()).parse("upstream: {url: 'sk-SECRET-CANARY', api_key: x}"));
    assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
    ConfigException yaml = assertThrows(ConfigException.class,
        () -> new ConfigLoader(Map.of()).parse("upstream:\n  api_key: [sk-SECRET-CANARY\n"));
    assertFalse(yaml.getMessage().contains("CANARY"), yaml.getMessage());
    assertTrue(yaml.getMessage().startsWith("(file): not valid YAML"));
  }

  @Test
  void durationsTakeUnits() {
    VeilConfig c = new ConfigLoader(Map.of()).parse("upstream: {connect_timeout: 250ms, keep_alive: 2m, read_timeout: 1h}");
    assertEquals(Duration.ofMillis(250), c.upstream().connectTimeout());
    assertEquals(Duration.ofMinutes(2), c.upstream().keepAlive());
    assertEquals(Duration.ofHours(1), c.upstream().readTimeout());
  }

  @Test
  void veilConfigPicksTheFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path f = dir.resolve("v.yaml");
    Files.writeString(f, "server: {port: 1111}\n");
    ConfigLoader loader = new ConfigLoader(Map.of("VEIL_CONFIG", f.toString()));
    assertEquals(f, loader.resolve(null));
    assertEquals(1111, loader.load(loader.resolve(null)).server().port());
  }
}
