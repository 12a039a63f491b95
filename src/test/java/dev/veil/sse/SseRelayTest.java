package dev.veil.sse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseRelayTest {

  /** Records the bytes written at each flush. */
  static final class FlushLog extends OutputStream {
    final ByteArrayOutputStream all = new ByteArrayOutputStream();
    final List<String> flushed = new ArrayList<>();
    private int mark;

    @Override
    public void write(int b) {
      all.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      all.write(b, off, len);
    }

    @Override
    public void flush() {
      byte[] bytes = all.toByteArray();
      flushed.add(new String(bytes, mark, bytes.length - mark, UTF_8));
      mark = bytes.length;
    }
  }

  @Test
  void relaysByteForByteWithOneFlushPerEvent() throws IOException {
    String text = ": ping\r\n\r\ndata: a\n\nevent: x\rdata: b\r\rdata: [DONE]\n\n";
    FlushLog out = new FlushLog();
    SseRelay.relay(new ChunkedInputStream(text.getBytes(UTF_8), false, 64), out,
        SseTransformer.identity());
    assertArrayEquals(text.getBytes(UTF_8), out.all.toByteArray());
    assertEquals(List.of(": ping\r\n\r\n", "data: a\n\n", "event: x\rdata: b\r\r",
        "data: [DONE]\n\n"), out.flushed);
  }

  @Test
  void brokenUpstreamPropagatesAfterCompleteEventsAndEndHook() {
    String text = "data: a\n\ndata: b\n\ndata: partial";
    FlushLog out = new FlushLog();
    List<String> ended = new ArrayList<>();
    SseTransformer t = new SseTransformer() {
      @Override
      public void onEvent(SseEvent event, SseWriter w) throws IOException {
        w.write(event);
      }

      @Override
      public void onEnd(SseWriter w) throws IOException {
        ended.add("end");
        w.write(null, "tail");
      }
    };
    assertThrows(IOException.class, () -> SseRelay.relay(
        new ChunkedInputStream(text.getBytes(UTF_8), true, 5), out, t));
    assertEquals("data: a\n\ndata: b\n\ndata: tail\n\n", out.all.toString(UTF_8));
    assertEquals(List.of("end"), ended);
  }

  @Test
  void aStreamThatEndsInsideAnEventIsTruncatedAndThePartialEventStaysBehind() throws IOException {
    FlushLog client = new FlushLog();
    SseTransformer verbatim = (event, writer) -> writer.write(event);
    byte[] stream = "data: one\n\ndata: tw".getBytes(UTF_8);
    assertThrows(TruncatedStreamException.class,
        () -> SseRelay.relay(new java.io.ByteArrayInputStream(stream), client, verbatim));
    assertEquals("data: one\n\n", client.all.toString(UTF_8));
  }

  @Test
  void aLoneLineEndAfterTheLastEventIsNotATruncation() throws IOException {
    FlushLog client = new FlushLog();
    SseTransformer verbatim = (event, writer) -> writer.write(event);
    byte[] stream = "data: one\r\n\r\n".getBytes(UTF_8);
    SseRelay.relay(new java.io.ByteArrayInputStream(stream), client, verbatim);
    assertEquals("data: one\r\n\r\n", client.all.toString(UTF_8));
  }
}
