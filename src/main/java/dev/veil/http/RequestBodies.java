package dev.veil.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.eclipse.jetty.http.HttpException;

/** Reads a request body within the size limit, undoing {@code Content-Encoding: gzip} with the same bound. */
final class RequestBodies {

  /** The client stopped sending (idle timeout or disconnect) before the body was complete. */
  static final class ClientReadException extends IOException {
    ClientReadException(IOException cause) {
      super("client body read failed", cause);
    }
  }

  static byte[] read(InputStream in, long declaredLength, String encoding, long max)
      throws Rejection, ClientReadException {
    if (declaredLength > max) {
      throw tooLarge();
    }
    byte[] raw = readBounded(in, max, declaredLength);
    if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
      return raw;
    }
    if (!encoding.trim().equalsIgnoreCase("gzip")) {
      throw new Rejection(
          OpenAiError.invalidRequest(415, "unsupported_content_encoding", "Only gzip request bodies are supported."));
    }
    try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(raw), 8192)) {
      return readBounded(gz, max, -1);
    } catch (ClientReadException e) {
      throw new Rejection(OpenAiError.invalidRequest(400, "invalid_gzip", "The gzip request body is corrupt."));
    }  catch (IOException e) {
      throw new Rejection(OpenAiError.invalidRequest(400, "invalid_gzip", "The gzip request body is corrupt."));
    }
  }

  private static byte[] readBounded(InputStream in, long max, long hint) throws Rejection, ClientReadException {
    int initial = hint > 0 ? (int) Math.min(hint, max) : 8192;
    ByteArrayOutputStream out = new ByteArrayOutputStream(initial);
    byte[] buf = new byte[8192];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > max) {
          throw tooLarge();
        }
        out.write(buf, 0, n);
      }
    } catch (ZipException e) {
      throw new ClientReadException(e);
    } catch (IOException e) {
      if (badFraming(e)) {
        throw new Rejection(OpenAiError.invalidRequest(
            400, "invalid_body_framing", "The request body's chunked framing is invalid."));
      }
      throw new ClientReadException(e);
    }
    return out.toByteArray();
  }

  /** Jetty reports a chunked body it cannot parse (or one cut off) as an HTTP 400 exception, not a timeout. */
  private static boolean badFraming(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException h && h.getCode() == 400) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code b} is well-formed UTF-8 as RFC 3629 defines it: no overlong forms, no
   * surrogates, nothing past U+10FFFF, no cut-off sequence. Jackson decodes overlong forms
   * (e.g. {@code C0 AF} as '/') without complaint, so the body walk alone would let them through.
   */
  static boolean isUtf8(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
      int lo = 0x80;
      int hi = 0xbf;
      int more;
      if (c >= 0xc2 && c <= 0xdf) {
        more = 1;
      } else if (c >= 0xe0 && c <= 0xef) {
        more = 2;
        lo = c == 0xe0 ? 0xa0 : lo;
        hi = c == 0xed ? 0x9f : hi;
      } else if (c >= 0xf0 && c <= 0xf4) {
        more = 3;
        lo = c == 0xf0 ? 0x90 : lo;
        hi = c == 0xf4 ? 0x8f : hi;
      } else {
        return false;
      }
      if (i + more >= n) {
        return false;
      }
      int c1 = b[i + 1] & 0xff;
      if (c1 < lo || c1 > hi) {
        return false;
      }
      for (int k = 2; k <= more; k++) {
        int ck = b[i + k] & 0xff;
        if (ck < 0x80 || ck > 0xbf) {
          return false;
        }
      }
      i += more + 1;
    }
    return true;
  }

  private static Rejection tooLarge() {
    return new Rejection(
        OpenAiError.invalidRequest(413, "request_too_large", "The request body is larger than Veil's limit."));
  }

  private RequestBodies() {}
}
