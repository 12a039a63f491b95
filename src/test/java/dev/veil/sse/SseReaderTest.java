package dev.veil.sse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SseReaderTest {

  private static List<SseEvent> readAll(InputStream in) throws IOException {
    SseReader r = new SseReader(in);
    List<SseEvent> out = new ArrayList<>();
    for (SseEvent e = r.next(); e != null; e = r.next()) {
      out.add(e);
    }
    return out;
  }

  /**
   * Drops the one-byte LF the reader hands back at the end when a CR-ended event was returned
   * before its LF arrived (the LF is kept for byte fidelity, but it carries no event).
   */
  private static List<SseEvent> events(List<SseEvent> all) {
    if (!all.isEmpty()) {
      SseEvent last = all.get(all.size() - 1);
      if (!last.complete() && last.raw().length == 1 && last.raw()[0] == '\n') {
        return all.subList(0, all.size() - 1);
      }
    }
    return all;
  }

  private static byte[] concat(List<SseEvent> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    events.forEach(e -> out.writeBytes(e.raw()));
    return out.toByteArray();
  }

  private static String withEnds(String text, String lineEnd) {
    return text.replace("\n", lineEnd);
  }

  @ParameterizedTest(name = "line end {0}")
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void fieldsCommentsAndMultiLineDataWithEveryLineEnd(String le) throws IOException {
    String text = withEnds(": keep-alive\n\nevent: response.created\nid: 7\nretry: 1500\n"
        + "data: {\"a\":1}\n\ndata: one\ndata:two\ndata\n\ndata: [DONE]\n\n", le);
    for (int size : new int[] {1, 2, 3, 7, 4096}) {
      byte[] bytes = text.getBytes(UTF_8);
      List<SseEvent> all = readAll(new ChunkedInputStream(bytes, false, size));
      List<SseEvent> events = events(all);
      assertEquals(4, events.size(), "read size " + size);
      assertNull(events.get(0).data());
      assertNull(events.get(0).event());
      assertEquals("response.created", events.get(1).event());
      assertEquals("7", events.get(1).id());
      assertEquals("1500", events.get(1).retry());
      assertEquals("{\"a\":1}", events.get(1).data());
      assertEquals("one\ntwo\n", events.get(2).data());
      assertEquals("[DONE]", events.get(3).data());
      assertTrue(events.stream().allMatch(SseEvent::complete));
      assertArrayEquals(bytes, concat(all), "bytes must come back exactly");
    }
  }

  @Test
  void utf8SplitInsideCharactersOneBytePerRead() throws IOException {
    String text = "data: héllo – 日本語 😀 𝄞\n\ndata: ünïcödé\r\n\r\n";
    byte[] bytes = text.getBytes(UTF_8);
    List<SseEvent> all = readAll(new ChunkedInputStream(bytes, false, 1));
    assertEquals(List.of("héllo – 日本語 😀 𝄞", "ünïcödé"),
        events(all).stream().map(SseEvent::data).toList());
    assertArrayEquals(bytes, concat(all));
  }

  @Test
  void manyEventsInOneReadAndOneEventOverManyReads() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      sb.append("data: {\"i\":").append(i).append("}\n\n");
    }
    byte[] bytes = sb.toString().getBytes(UTF_8);
    assertEquals(500, readAll(new ByteArrayInputStream(bytes)).size());
    String big = "data: " + "x".repeat(100_000) + "\n\n";
    List<SseEvent> one = readAll(new ChunkedInputStream(big.getBytes(UTF_8), false, 13));
    assertEquals(1, one.size());
    assertEquals(100_000, one.get(0).data().length());
  }

  @Test
  void eventIsReturnedWithoutReadingFurther() throws IOException {
    byte[] first = "data: a\r\n\r".getBytes(UTF_8);
    InputStream blocksAfterFirst = new InputStream() {
      int pos;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (pos > 0) {
          throw new IOException("read past the first event");
        }
        System.arraycopy(first, 0, b, off, first.length);
        pos = first.length;
        return first.length;
      }
    };
    SseReader r = new SseReader(blocksAfterFirst);
    assertEquals("a", r.next().data(), "a CR-ended event must not wait for a possible LF");
  }

  @Test
  void crThenLfInNextReadIsOneLineEnd() throws IOException {
    byte[] bytes = "data: a\r\n\r\ndata: b\r\n\r\n".getBytes(UTF_8);
    for (int size = 1; size <= bytes.length; size++) {
      List<SseEvent> all = readAll(new ChunkedInputStream(bytes, false, size));
      assertEquals(List.of("a", "b"), events(all).stream().map(SseEvent::data).toList(),
          "size " + size);
      assertArrayEquals(bytes, concat(all));
    }
  }

  @Test
  void trailingBytesWithoutBlankLineComeBackIncomplete() throws IOException {
    byte[] bytes = "data: a\n\ndata: b\n".getBytes(UTF_8);
    List<SseEvent> events = readAll(new ByteArrayInputStream(bytes));
    assertEquals(2, events.size());
    assertFalse(events.get(1).complete());
    assertEquals("b", events.get(1).data());
    assertArrayEquals(bytes, concat(events));
  }

  @Test
  void byteOrderMarkIsKeptButNotParsed() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest = "data: x\n\n".getBytes(UTF_8);
    byte[] bytes = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(rest, 0, bytes, 3, rest.length);
    List<SseEvent> events = readAll(new ChunkedInputStream(bytes, false, 1));
    assertEquals("x", events.get(0).data());
    assertArrayEquals(bytes, concat(events));
  }

  @Test
  void eventOverTheLimitFailsNamingOnlyTheLimit() {
    byte[] bytes = ("data: " + "secret".repeat(10_000) + "\n\n").getBytes(UTF_8);
    IOException e = assertThrows(IOException.class,
        () -> new SseReader(new ByteArrayInputStream(bytes), 16_384).next());
    assertFalse(e.getMessage().contains("secret"));
  }

  @ParameterizedTest(name = "line end {0}")
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void withDataKeepsFramingAndLineEnds(String le) throws IOException {
    String text = withEnds("event: response.output_text.delta\ndata: {\"delta\":\"a\"}\n\n", le);
    SseEvent e = new SseReader(new ByteArrayInputStream(text.getBytes(UTF_8))).next();
    SseEvent changed = e.withData("{\"delta\":\"b\"}\nline2");
    assertEquals(withEnds("event: response.output_text.delta\ndata: {\"delta\":\"b\"}\n"
        + "data: line2\n\n", le), new String(changed.raw(), UTF_8));
    SseEvent renamed = e.withEventAndData("response.x", "y");
    assertEquals(withEnds("event: response.x\ndata: y\n\n", le),
        new String(renamed.raw(), UTF_8));
  }

  @Test
  void toStringShowsNoData() {
    assertFalse(SseEvent.of("e", "secret-value").toString().contains("secret"));
  }
}
