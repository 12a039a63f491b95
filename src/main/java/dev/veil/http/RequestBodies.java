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
    } catch (IOException e) {
      throw new Rejection(OpenAiError.invalidRequest(400, "invalid_gzip", "The gzip request body is corrupt."));
    }
  }

  private static byte[] readBounded(InputStream in, long max, long hint) throws Rejection, ClientReadException {
    // the declared length is the client's word: start small, grow as bytes really arrive
    int initial = hint > 0 ? (int) Math.min(hint, 64 * 1024) : 8192;
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

  private static Rejection tooLarge() {
    return new Rejection(
        OpenAiError.invalidRequest(413, "request_too_large", "The request body is larger than Veil's limit."));
  }

  private RequestBodies() {}
}
