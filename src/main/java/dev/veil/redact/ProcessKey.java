package dev.veil.redact;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC key for pseudonyms and hashes: the configured one, or else one random key per
 * process, made once (so a config reload keeps tokens) and announced with one log line.
 */
final class ProcessKey {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessKey.class);
  private static byte[] random;

  static byte[] of(String configured) {
    if (configured != null && !configured.isEmpty()) {
      return configured.getBytes(StandardCharsets.UTF_8);
    }
    return processKey();
  }

  private static synchronized byte[] processKey() {
    if (random == null) {
      random = new byte[32];
      new SecureRandom().nextBytes(random);
      LOG.warn("redaction.key is not set (VEIL_REDACTION_KEY): using a random per-process key;"
          + " pseudonyms will not be stable across restarts or replicas");
    }
    return random.clone();
  }

  private ProcessKey() {}
}
