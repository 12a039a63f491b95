package dev.veil.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class OtherStreamTest {

  @Test
  void otherStreamsRelayVerbatimAndStillReadUsage() throws IOException {
    String upstream = "event: thing\ndata: {\"text\":\"<PERSON_1>\"}\n\n"
        + "data: {\"model\":\"m1\",\"usage\":{\"input_tokens\":2,\"output_tokens\":3,"
        + "\"total_tokens\":5}}\r\n\r\n: bye\n\n";
    RestoreStats stats = new RestoreStats();
    assertEquals(upstream, SseText.relay(StreamKind.OTHER, upstream, Fixtures.vault(), stats, 2));
    assertEquals(2, stats.promptTokens());
    assertEquals(3, stats.completionTokens());
    assertEquals(5, stats.totalTokens());
    assertEquals("m1", stats.model());
    assertEquals(0, stats.restored());
  }
}
