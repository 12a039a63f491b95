package dev.veil.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The keyed hash of audit identifiers: HMAC-SHA256, truncated, the same from every thread. */
class KeyedHashTest {

  @Test
  void itIsHmacSha256TruncatedTo16HexChars() {
    // RFC 4231, test case 2
    assertEquals("5bdcc146bf60754e", new KeyedHash("Jefe", "k", new Random(1)).hash("what do ya want for nothing?"));
  }

  @Test
  void theKeyDecidesTheHash() {
    KeyedHash a = new KeyedHash("key-a-0123456789abcdef", "", new Random(1));
    KeyedHash b = new KeyedHash("key-b-0123456789abcdef", "", new Random(1));
    assertEquals(a.hash("sk-client-key"), a.hash("sk-client-key"));
    assertNotEquals(a.hash("sk-client-key"), b.hash("sk-client-key"));
    assertTrue(a.keyId().startsWith("k-"));
    assertTrue(new KeyedHash("", "", new Random(1)).keyId().startsWith("ephemeral-"));
  }

  @Test
  void concurrentHashesAgreeWithSequentialOnes() throws Exception {
    KeyedHash h = new KeyedHash("key-0123456789abcdef", "", new Random(1));
    List<String> expected = IntStream.range(0, 2000).mapToObj(i -> h.hash("user-" + i)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = IntStream.range(0, 4)
          .mapToObj(r -> pool.submit(() -> IntStream.range(0, 2000).mapToObj(i -> h.hash("user-" + i)).toList()))
          .toList();
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
