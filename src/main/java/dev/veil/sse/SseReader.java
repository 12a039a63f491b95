package dev.veil.sse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into {@link SseEvent}s at blank lines, keeping each event's exact bytes.
 *
 * <p>Line ends may be LF, CRLF or CR, mixed freely, and may fall anywhere across reads; a line is
 * decoded only once it is complete, so a read that ends inside a multi-byte UTF-8 character is
 * harmless. An event is returned as soon as its blank line is read: the reader never waits for
 * more bytes while a complete event is buffered, and a CR that ends an event is not held back to
 * see whether an LF follows (such an LF is counted into the next event's bytes, or, when the
 * stream ends right after it, comes back alone as a last incomplete event without fields).
 * Comment-only groups ({@code : keep-alive}) come back as events without fields so they can be
 * relayed.
 *
 * <p>Not thread-safe. Errors from the stream propagate unchanged; an event larger than the limit
 * fails with an IOException that names only the limit.
 */
public final class SseReader {

  /** Default largest event, in bytes. */
  public static final int DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024;

  private final InputStream in;
  private final int maxEventBytes;
  private byte[] buf = new byte[8192];
  private int start; // first byte of the current event
  private int lineStart; // first byte of the current line
  private int pos; // next byte to scan
  private int limit; // end of valid bytes
  private boolean skipLf; // the last line ended in CR: an LF right after it belongs to that CR
  private boolean eof;
  private boolean bomChecked;

  // fields of the event being read
  private boolean hasLines;
  private String event;
  private String id;
  private String retry;
  private String firstData;
  private StringBuilder moreData;

  public SseReader(InputStream in) {
    this(in, DEFAULT_MAX_EVENT_BYTES);
  }

  public SseReader(InputStream in, int maxEventBytes) {
    this.in = in;
    this.maxEventBytes = maxEventBytes;
  }

  /**
   * The next event, blocking until it is complete; null at the end of the stream. Bytes after
   * the last blank line come back once, as an event with {@code complete == false}.
   */
  public SseEvent next() throws IOException {
    while (true) {
      SseEvent e = scan();
      if (e != null) {
        return e;
      }
      if (eof) {
        return finish();
      }
      fill();
    }
  }

  private void fill() throws IOException {
    if (limit == buf.length) {
      if (start > 0) {
        int shift = start;
        System.arraycopy(buf, shift, buf, 0, limit - shift);
        limit -= shift;
        pos -= shift;
        lineStart -= shift;
        start = 0;
      } else {
        if (buf.length >= maxEventBytes) {
          throw new IOException("SSE event exceeds " + maxEventBytes + " bytes");
        }
        byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, maxEventBytes)];
        System.arraycopy(buf, 0, bigger, 0, limit);
        buf = bigger;
      }
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  private SseEvent scan() {
    if (!bomChecked) {
      if (limit - start < 3 && !eof) {
        boolean couldBeBom = true;
        for (int i = start; i < limit; i++) {
          couldBeBom &= buf[i] == BOM[i - start];
        }
        if (couldBeBom) {
          return null;
        }
      }
      bomChecked = true;
      if (limit - start >= 3 && buf[start] == BOM[0] && buf[start + 1] == BOM[1]
          && buf[start + 2] == BOM[2]) {
        pos = lineStart = start + 3;
      }
    }
    while (pos < limit) {
      byte b = buf[pos];
      if (skipLf) {
        skipLf = false;
        if (b == '\n') {
          lineStart = ++pos;
          continue;
        }
      }
      if (b != '\n' && b != '\r') {
        pos++;
        continue;
      }
      int lineEnd = pos++;
      if (b == '\r') {
        if (pos < limit) {
          if (buf[pos] == '\n') {
            pos++;
          }
        } else {
          skipLf = true;
        }
      }
      if (lineEnd > lineStart) {
        parseLine(lineStart, lineEnd);
        hasLines = true;
        lineStart = pos;
      } else {
        lineStart = pos;
        if (hasLines) {
          return emit(pos, true);
        }
      }
    }
    return null;
  }

  private SseEvent finish() {
    if (limit > lineStart) {
      parseLine(lineStart, limit);
      hasLines = true;
    }
    if (limit == start) {
      return null;
    }
    lineStart = limit;
    return emit(limit, false);
  }

  private SseEvent emit(int end, boolean complete) {
    byte[] raw = new byte[end - start];
    System.arraycopy(buf, start, raw, 0, raw.length);
    String data = moreData != null ? moreData.toString() : firstData;
    SseEvent e = new SseEvent(raw, event, data, id, retry, complete);
    start = end;
    if (start == limit) {
      start = limit = pos = lineStart = 0;
    }
    hasLines = false;
    event = id = retry = firstData = null;
    moreData = null;
    return e;
  }

  private void parseLine(int from, int to) {
    if (buf[from] == ':') {
      return; // comment
    }
    int colon = from;
    while (colon < to && buf[colon] != ':') {
      colon++;
    }
    int valueStart = colon < to ? colon + 1 : to;
    if (valueStart < to && buf[valueStart] == ' ') {
      valueStart++;
    }
    int nameLen = colon - from;
    if (is(from, nameLen, 'd', 'a', 't', 'a')) {
      String v = new String(buf, valueStart, to - valueStart, StandardCharsets.UTF_8);
      if (firstData == null) {
        firstData = v;
      } else {
        if (moreData == null) {
          moreData = new StringBuilder(firstData);
        }
        moreData.append('\n').append(v);
      }
    } else if (is(from, nameLen, 'e', 'v', 'e', 'n', 't')) {
      event = new String(buf, valueStart, to - valueStart, StandardCharsets.UTF_8);
    } else if (is(from, nameLen, 'i', 'd')) {
      id = new String(buf, valueStart, to - valueStart, StandardCharsets.UTF_8);
    } else if (is(from, nameLen, 'r', 'e', 't', 'r', 'y')) {
      retry = new String(buf, valueStart, to - valueStart, StandardCharsets.UTF_8);
    }
  }

  private boolean is(int from, int len, char... name) {
    if (len != name.length) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (buf[from + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
}
