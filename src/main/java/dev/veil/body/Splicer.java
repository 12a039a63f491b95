package dev.veil.body;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The fast pass 2: copies the original bytes and swaps in only the changed strings (by the byte
 * ranges pass 1 recorded), plus {@code store: false} when forced. Everything else, whitespace
 * included, reaches the upstream byte for byte. Returns null when it cannot splice (a media
 * part to strip, a non-scalar {@code store}, offsets that do not land on quotes, a string with
 * a lone surrogate); then
 * {@link BodyWriter} rewrites the body token by token instead.
 */
final class Splicer {
  private static final byte[] STORE_FALSE = "\"store\":false".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

  static byte[] splice(byte[] body, Scan scan, boolean forceStoreFalse, java.util.function.Function<Slot, String> output) {
    if (!scan.strip.isEmpty() || scan.rootStart < 0 || (forceStoreFalse && scan.storePresent && scan.store == null)) {
      return null;
    }
    boolean replaceStore = forceStoreFalse && scan.storePresent;
    boolean insertStore = forceStoreFalse && !scan.storePresent;
    if (replaceStore && !scan.rootHasFields) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
    int at = 0;
    if (insertStore) {
      int brace = (int) scan.rootStart + 1;
      if (body[brace - 1] != '{') {
        return null;
      }
      out.write(body, 0, brace);
      out.writeBytes(STORE_FALSE);
      if (scan.rootHasFields) {
        out.write(',');
      }
      at = brace;
    }
    JsonStringEncoder encoder = JsonStringEncoder.getInstance();
    for (Slot slot : scan.slots) {
      if (replaceStore && slot.start > scan.storeStart && at <= scan.storeStart) {
        at = store(body, scan, out, at);
      }
      if (!slot.changed()) {
        continue;
      }
      if (slot.start < at || slot.end > body.length || body[slot.start] != '"' || body[slot.end - 1] != '"') {
        return null;
      }
      out.write(body, at, slot.start - at);
      out.write('"');
      try {
        out.writeBytes(encoder.quoteAsUTF8(output.apply(slot)));
      } catch (IllegalArgumentException loneSurrogate) {
        return null; // a lone surrogate (sent as a JSON escape) has no UTF-8 form; BodyWriter escapes it again
      }
      out.write('"');
      at = slot.end;
    }
    if (replaceStore && at <= scan.storeStart) {
      at = store(body, scan, out, at);
    }
    out.write(body, at, body.length - at);
    return out.toByteArray();
  }

  private static int store(byte[] body, Scan scan, ByteArrayOutputStream out, int at) {
    out.write(body, at, (int) scan.storeStart - at);
    out.writeBytes(FALSE);
    return (int) scan.storeEnd;
  }

  private Splicer() {}
}
