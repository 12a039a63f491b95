package dev.veil.sse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One event of a stream, as the exact bytes it arrived in plus its parsed fields.
 *
 * <p>{@code raw} is everything the reader consumed for this event: any blank lines before it,
 * its field and comment lines, and the blank line that ended it, in their original line ends.
 * Writing {@code raw} for every event reproduces the stream byte for byte. Callers must not
 * modify the array. {@link #toString()} shows sizes only, never data.
 *
 * @param raw the event's bytes as received
 * @param event the {@code event:} field, or null when absent
 * @param data the {@code data:} lines joined with LF, or null when there is no data line
 * @param id the {@code id:} field, or null
 * @param retry the {@code retry:} field as text, or null
 * @param complete false only for trailing bytes the stream ended without a blank line after
 */
public record SseEvent(
    byte[] raw, String event, String data, String id, String retry, boolean complete) {

  private static final byte[] DATA = "data".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EVENT = "event".getBytes(StandardCharsets.US_ASCII);

  /** A new, complete event with LF line ends: an optional {@code event:} line, then data. */
  public static SseEvent of(String event, String data) {
    StringBuilder sb = new StringBuilder(data.length() + 32);
    if (event != null) {
      sb.append("event: ").append(event).append('\n');
    }
    for (String line : data.split("\n", -1)) {
      sb.append("data: ").append(line).append('\n');
    }
    sb.append('\n');
    return new SseEvent(sb.toString().getBytes(StandardCharsets.UTF_8), event, data, null, null,
        true);
  }

  /**
   * This event with its data replaced: same bytes before the first data line, same other lines
   * and the same line ends, the new data written as {@code data: } lines in place of the old.
   */
  public SseEvent withData(String newData) {
    return rewrite(event, newData, false);
  }

  /** Like {@link #withData}, also setting the {@code event:} field (added first when absent). */
  public SseEvent withEventAndData(String newEvent, String newData) {
    return rewrite(newEvent, newData, true);
  }

  private SseEvent rewrite(String newEvent, String newData, boolean setEvent) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + newData.length() + 16);
    boolean dataWritten = false;
    boolean eventWritten = !setEvent || event == null;
    if (setEvent && event == null && newEvent != null) {
      writeLine(out, "event: " + newEvent, firstLineEnd());
    }
    int i = 0;
    while (i < raw.length) {
      int end = i;
      while (end < raw.length && raw[end] != '\n' && raw[end] != '\r') {
        end++;
      }
      int next = end;
      if (next < raw.length && raw[next] == '\r') {
        next++;
      }
      if (next < raw.length && raw[next] == '\n' && (next == end || raw[next - 1] == '\r')) {
        next++;
      }
      String lineEnd = new String(raw, end, next - end, StandardCharsets.US_ASCII);
      if (isField(i, end, DATA)) {
        if (!dataWritten) {
          String[] lines = newData.split("\n", -1);
          for (int k = 0; k < lines.length; k++) {
            boolean last = k == lines.length - 1;
            String le = lineEnd.isEmpty() ? (last ? "" : "\n") : lineEnd;
            writeLine(out, "data: " + lines[k], le);
          }
          dataWritten = true;
        }
      } else if (setEvent && isField(i, end, EVENT)) {
        if (!eventWritten && newEvent != null) {
          writeLine(out, "event: " + newEvent, lineEnd);
        }
        eventWritten = true;
      } else {
        out.write(raw, i, next - i);
      }
      i = next;
    }
    byte[] bytes = out.toByteArray();
    if (!dataWritten) {
      // No data line to replace: append one before the final blank line is not worth the
      // complexity; a data-less event gets the new data as a fresh event.
      return of(newEvent, newData);
    }
    return new SseEvent(bytes, newEvent, newData, id, retry, complete);
  }

  private String firstLineEnd() {
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '\r') {
        return i + 1 < raw.length && raw[i + 1] == '\n' ? "\r\n" : "\r";
      }
      if (raw[i] == '\n') {
        return "\n";
      }
    }
    return "\n";
  }

  private boolean isField(int start, int end, byte[] name) {
    int n = name.length;
    if (end - start < n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (raw[start + k] != name[k]) {
        return false;
      }
    }
    return end - start == n || raw[start + n] == ':';
  }

  private static void writeLine(ByteArrayOutputStream out, String line, String lineEnd) {
    out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(lineEnd.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SseEvent e && java.util.Arrays.equals(raw, e.raw)
        && complete == e.complete;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(raw);
  }

  @Override
  public String toString() {
    return "SseEvent[" + raw.length + " bytes" + (event == null ? "" : ", event")
        + (data == null ? "" : ", data " + data.length() + " chars") + "]";
  }
}
