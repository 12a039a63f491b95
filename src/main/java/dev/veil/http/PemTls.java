package dev.veil.http;

import dev.veil.config.ConfigException;
import dev.veil.config.ServerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * TLS on the public port from PEM files (a certificate chain and a PKCS#8 private key, RSA or
 * EC), for deployments without a terminating load balancer. Files that cannot be read are a
 * {@link ConfigException} naming the key, never quoting the file.
 */
public final class PemTls implements PublicServer.TlsConnectors {

  @Override
  public ServerConnector connector(Server server, HttpConfiguration hc, ServerConfig config) {
    ServerConfig.TlsConfig tls = config.tls();
    if (!tls.enabled()) {
      return new ServerConnector(server, new HttpConnectionFactory(hc));
    }
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    char[] password = new char[0];
    ssl.setKeyStore(keyStore(tls, password));
    ssl.setKeyStorePassword("");
    ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    secure.setSniHostCheck(false);
    hc.addCustomizer(secure);
    return new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(hc));
  }

  /** Loads the PEM pair into an in-memory key store; also used by config validation. */
  public static KeyStore keyStore(ServerConfig.TlsConfig tls, char[] password) {
    Collection<? extends Certificate> chain;
    try (InputStream in = Files.newInputStream(Path.of(tls.certFile()))) {
      chain = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigException("server.tls.cert_file", "cannot be read as a PEM certificate chain");
    }
    if (chain.isEmpty()) {
      throw new ConfigException("server.tls.cert_file", "holds no certificate");
    }
    PrivateKey key = privateKey(Path.of(tls.keyFile()));
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, password);
      ks.setKeyEntry("veil", key, password, chain.toArray(new Certificate[0]));
      return ks;
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigException("server.tls", "key and certificate do not form a key entry");
    }
  }

  private static PrivateKey privateKey(Path file) {
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new ConfigException("server.tls.key_file", "cannot be read");
    }
    int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
    int end = pem.indexOf("-----END PRIVATE KEY-----");
    if (begin < 0 || end < begin) {
      throw new ConfigException("server.tls.key_file", "must be a PKCS#8 PEM key (BEGIN PRIVATE KEY)");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(pem.substring(begin + 27, end));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("server.tls.key_file", "is not valid base64");
    }
    for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException tryNext) {
        // not this algorithm
      }
    }
    throw new ConfigException("server.tls.key_file", "holds no RSA, EC or Ed25519 key");
  }
}
