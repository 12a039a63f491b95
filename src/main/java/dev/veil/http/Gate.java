package dev.veil.http;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission for the public port: at most {@code limit} requests in flight (streams included),
 * the rest shed at once rather than queued; and draining for graceful shutdown, when new
 * requests are refused and the in-flight ones are waited for.
 */
public final class Gate {
  private final Semaphore permits;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean draining;

  public Gate(int limit) {
    this.permits = new Semaphore(limit);
  }

  /** Admits a request, or returns false when at the limit or draining. */
  boolean enter() {
    if (draining || !permits.tryAcquire()) {
      return false;
    }
    inFlight.incrementAndGet();
    return true;
  }

  void leave() {
    inFlight.decrementAndGet();
    permits.release();
  }

  public boolean draining() {
    return draining;
  }

  public int inFlight() {
    return inFlight.get();
  }

  /** Refuses new requests from now on, then waits up to {@code grace} for the in-flight ones. */
  public boolean drain(long grace, TimeUnit unit) throws InterruptedException {
    draining = true;
    long deadline = System.nanoTime() + unit.toNanos(grace);
    while (inFlight.get() > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }
}
