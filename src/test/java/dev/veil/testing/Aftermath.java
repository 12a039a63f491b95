package dev.veil.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one fault must leave behind, checked against a snapshot taken before it: no request in
 * flight, the fault counted once in the given metric, and no leaked thread ({@link
 * ThreadCensus}). Veil records metrics and leaves the gate after the client has its answer, so
 * each check waits, within {@link #SETTLE}, for Veil to catch up.
 */
public final class Aftermath {
  public static final Duration SETTLE = Duration.ofSeconds(3);

  private final TestVeil veil;
  private final MetricsScrape before;

  private Aftermath(TestVeil veil) {
    this.veil = veil;
    this.before = MetricsScrape.of(veil.app().adminPort());
  }

  public static Aftermath of(TestVeil veil) {
    return new Aftermath(veil);
  }

  /** Asserts the settled state; {@code labels} pick the series that must have grown by exactly one. */
  public void assertSettled(String metric, Map<String, String> labels) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    double was = before.sum(metric, labels);
    double now = was;
    while (System.nanoTime() < deadline) {
      now = MetricsScrape.of(veil.app().adminPort()).sum(metric, labels);
      if (veil.app().inFlight() == 0 && now > was) {
        break;
      }
      Thread.sleep(20);
    }
    assertEquals(0, veil.app().inFlight(), "requests still in flight");
    assertEquals(was + 1, now, 0.0, metric + labels + " counts the fault once");
    List<String> left = ThreadCensus.awaitNoSuspects(SETTLE);
    assertTrue(left.isEmpty(), "leaked threads: " + left);
  }
}
