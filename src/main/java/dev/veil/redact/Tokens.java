package dev.veil.redact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed tokens: HMAC-SHA256 over {@code domain + entity + ":" + normalised value}, so a value gets
 * the same token in every request made with the same key and no token reveals its value.
 * Normalising makes {@code Jane  Doe} and {@code jane doe} one value, and {@code +1 (555) 010-0199}
 * and {@code 15550100199} another.
 */
final class Tokens {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;
  private final int pseudonymHex;
  private final Mac prototype;

  /** {@code pseudonymHex}: the shortest pseudonym, in hex chars (8; tests force collisions with less). */
  Tokens(byte[] key, int pseudonymHex) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
    this.pseudonymHex = pseudonymHex;
    this.prototype = newMac();
  }

  int pseudonymHex() {
    return pseudonymHex;
  }

  /** A fresh MAC for one request (a Mac is not thread-safe): a clone of a keyed prototype, which is cheaper than a lookup. */
  Mac mac() {
    try {
      return (Mac) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return newMac();
    }
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** All 64 hex chars of the HMAC of {@code domain + entity + ":" + normalised}. */
  static String hex(Mac mac, String domain, String entity, String normalised) {
    mac.update((domain + entity + ":" + normalised).getBytes(StandardCharsets.UTF_8));
    byte[] digest = mac.doFinal();
    char[] out = new char[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out);
  }

  /**
   * The comparable form of a value: digits only for numbers (digits and separators), separators
   * dropped for mixed letter-digit ids, and lower case with single spaces for everything else
   * (names, emails).
   */
  static String normalise(String value) {
    boolean letters = false;
    boolean digits = false;
    boolean other = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c)) {
        digits = true;
      } else if (Character.isLetter(c)) {
        letters = true;
      } else if (!Character.isWhitespace(c) && "-.()+/".indexOf(c) < 0) {
        other = true;
      }
    }
    StringBuilder sb = new StringBuilder(value.length());
    if (digits && !letters && !other) {
      for (int i = 0; i < value.length(); i++) {
        if (Character.isDigit(value.charAt(i))) {
          sb.append(value.charAt(i));
        }
      }
      return sb.toString();
    }
    if (digits && letters && !other) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          sb.append(c);
        }
      }
      return sb.toString().toLowerCase(Locale.ROOT);
    }
    boolean space = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
