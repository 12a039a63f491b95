package dev.veil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.veil.config.ConfigException;
import dev.veil.testing.TestVeil;
import dev.veil.testing.WireMocks;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS on the public port from PEM files; clients that trust the certificate get through. */
class TlsListenerTest {
  static final String CERT = "src/test/resources/tls/test-only-cert.pem";
  static final String KEY = "src/test/resources/tls/test-only-key.pem";

  @Test
  void servesHttpsFromPemFiles() throws Exception {
    WireMockServer upstream = WireMocks.answeringOk();
    try (TestVeil veil = TestVeil.start("http://127.0.0.1:" + upstream.port(),
        "server: {tls: {cert_file: " + CERT + ", key_file: " + KEY + "}}")) {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      try (InputStream in = Files.newInputStream(Path.of(CERT))) {
        trust.setCertificateEntry("veil", CertificateFactory.getInstance("X.509").generateCertificate(in));
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      HttpClient https = HttpClient.newBuilder().sslContext(ctx).version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> r = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + veil.port() + "/v1/models"))
          .header("Authorization", "Bearer sk-test").GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertEquals("{\"ok\":true}", r.body());
      HttpResponse<String> health = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + veil.port() + "/healthz"))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
    } finally {
      upstream.stop();
    }
  }

  @Test
  void anUnreadableKeyStopsVeilNamingTheKey(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("key.pem");
    Files.writeString(bad, "not a key");
    ConfigException e = assertThrows(ConfigException.class, () -> TestVeil.config("http://127.0.0.1:1",
        "server: {tls: {cert_file: " + CERT + ", key_file: " + bad + "}}"));
    assertEquals("server.tls.key_file: must be a PKCS#8 PEM key (BEGIN PRIVATE KEY)", e.getMessage());
  }
}
