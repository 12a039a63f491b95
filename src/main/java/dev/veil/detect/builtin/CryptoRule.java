package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * Cryptocurrency addresses: Bitcoin base58check P2PKH/P2SH (version 0x00/0x05, testnet
 * 0x6f/0xc4, double-SHA-256 checksum) and bech32/bech32m segwit addresses ({@code bc1}/{@code
 * tb1}, BIP-173/350 checksum), both {@link Scores#VALIDATED}; Ethereum {@code 0x} + 40 hex,
 * which has no checksum we can verify here, {@link Scores#FORMAT}.
 */
final class CryptoRule implements CodeRule {
  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final ContextWords CONTEXT =
      ContextWords.of("wallet", "eth", "ethereum", "address", "crypto", "bitcoin", "btc");

  @Override
  public long tokenLengths() {
    return CodeRule.lengths(14, 63);
  }

  @Override
  public void find(String text, int start, int tokenEnd, List<Span> out) {
    int len = tokenEnd - start;
    if (len < 14 || len > 90 || Glue.gluedRight(text, tokenEnd)) {
      return;
    }
    String token = text.substring(start, tokenEnd);
    double score = 0;
    char c = token.charAt(0);
    if ((c == '1' || c == '3' || c == 'm' || c == 'n' || c == '2') && len >= 25 && len <= 35) {
      score = base58Check(token) ? Scores.VALIDATED : 0;
    } else if (len == 42 && token.startsWith("0x") && isHex(token, 2)) {
      score = Scores.boost(Scores.FORMAT, CONTEXT, text, start, tokenEnd);
    } else if (token.regionMatches(true, 0, "bc1", 0, 3) || token.regionMatches(true, 0, "tb1", 0, 3)) {
      score = bech32(token) ? Scores.VALIDATED : 0;
    }
    if (score > 0) {
      out.add(new Span(Entities.CRYPTO, start, tokenEnd, score, "crypto"));
    }
  }

  private static boolean isHex(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Glue.isHex(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean base58Check(String s) {
    BigInteger value = BigInteger.ZERO;
    BigInteger radix = BigInteger.valueOf(58);
    int zeros = 0;
    for (int i = 0; i < s.length(); i++) {
      int digit = BASE58.indexOf(s.charAt(i));
      if (digit < 0) {
        return false;
      }
      if (digit == 0 && i == zeros) {
        zeros++;
      }
      value = value.multiply(radix).add(BigInteger.valueOf(digit));
    }
    byte[] raw = value.toByteArray();
    int skip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    int bodyLength = raw.length - skip;
    if (zeros + bodyLength != 25) {
      return false;
    }
    byte[] bytes = new byte[25];
    System.arraycopy(raw, skip, bytes, zeros, bodyLength);
    int version = bytes[0] & 0xff;
    if (version != 0x00 && version != 0x05 && version != 0x6f && version != 0xc4) {
      return false;
    }
    byte[] hash = sha256(sha256(Arrays.copyOf(bytes, 21)));
    return Arrays.equals(Arrays.copyOf(hash, 4), Arrays.copyOfRange(bytes, 21, 25));
  }

  static boolean bech32(String s) {
    boolean lower = s.equals(s.toLowerCase(java.util.Locale.ROOT));
    if (!lower && !s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    String a = s.toLowerCase(java.util.Locale.ROOT);
    int sep = a.lastIndexOf('1');
    if (sep != 2 || a.length() - sep - 1 < 7) {
      return false;
    }
    int[] values = new int[a.length() - sep - 1];
    for (int i = 0; i < values.length; i++) {
      values[i] = BECH32.indexOf(a.charAt(sep + 1 + i));
      if (values[i] < 0) {
        return false;
      }
    }
    int chk = 1;
    for (int i = 0; i < sep; i++) {
      chk = polymodStep(chk, a.charAt(i) >> 5);
    }
    chk = polymodStep(chk, 0);
    for (int i = 0; i < sep; i++) {
      chk = polymodStep(chk, a.charAt(i) & 31);
    }
    for (int v : values) {
      chk = polymodStep(chk, v);
    }
    int witnessVersion = values[0];
    return witnessVersion == 0 ? chk == 1 : witnessVersion <= 16 && chk == 0x2bc830a3;
  }

  private static int polymodStep(int chk, int value) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (int i = 0; i < 5; i++) {
      if (((top >>> i) & 1) != 0) {
        chk ^= gen[i];
      }
    }
    return chk;
  }

  private static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
