package dev.veil.upstream;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/**
 * Enforces the upstream timeouts (headers, read, write) for every call in flight with one
 * periodic sweep, instead of OkHttp's per-read timeouts.
 *
 * <p>OkHttp implements its read and write timeouts with Okio's {@code AsyncTimeout}: every socket
 * read and write enters and leaves a queue shared by all calls, under one lock, with a watchdog
 * thread to wake. On a loaded proxy that was the largest single cost of forwarding. Here a call
 * only stores a deadline in a volatile field before a blocking read or write and clears it after;
 * the sweep cancels a call whose deadline has passed and marks it timed out, so the waiting thread
 * fails at once with a {@link java.net.SocketTimeoutException}. A timeout fires between its
 * deadline and one sweep period later.
 *
 * <p>Thread-safe.
 */
final class StallWatch implements AutoCloseable {
  private static final long MIN_PERIOD_MS = 10;
  private static final long MAX_PERIOD_MS = 250;

  private final Set<Watched> inFlight = ConcurrentHashMap.newKeySet();
  private final long headersNanos;
  private final long readNanos;
  private final long writeNanos;
  private final ScheduledFuture<?> sweep;

  StallWatch(Duration headers, Duration read, Duration write, ScheduledExecutorService timer) {
    this.headersNanos = headers.toNanos();
    this.readNanos = read.toNanos();
    this.writeNanos = write.toNanos();
    long shortest = Math.min(headers.toMillis(), Math.min(read.toMillis(), write.toMillis()));
    long period = Math.max(MIN_PERIOD_MS, Math.min(MAX_PERIOD_MS, shortest / 8));
    this.sweep = timer.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  /** A new entry for one call; {@link Watched#start} begins the watch. */
  Watched watch() {
    return new Watched();
  }

  private void sweep() {
    long now = System.nanoTime();
    for (Watched w : inFlight) {
      long headers = w.headersDeadline;
      long io = w.ioDeadline;
      if (headers != 0 && now - headers > 0 || io != 0 && now - io > 0) {
        w.timedOut = true;
        w.call.cancel();
      }
    }
  }

  @Override
  public void close() {
    sweep.cancel(false);
  }

  /** One call's deadlines. Each field is written by the call's own thread and read by the sweep. */
  final class Watched {
    private volatile Call call;
    private volatile long headersDeadline;
    private volatile long ioDeadline;
    private volatile boolean timedOut;

    private Watched() {}

    /** Watches {@code call} (set before the entry is visible to the sweep), with the headers deadline running from now. */
    void start(Call call) {
      this.call = call;
      headersDeadline = deadline(headersNanos);
      inFlight.add(this);
    }

    /** Whether the sweep cancelled this call because a deadline passed. */
    boolean timedOut() {
      return timedOut;
    }

    /** The headers arrived: from now on only reads are timed. */
    void headersArrived() {
      headersDeadline = 0;
    }

    void beginRead() {
      ioDeadline = deadline(readNanos);
    }

    void beginWrite() {
      ioDeadline = deadline(writeNanos);
    }

    void endIo() {
      ioDeadline = 0;
    }

    /** Stops watching; idempotent. */
    void done() {
      inFlight.remove(this);
    }

    private long deadline(long after) {
      long d = System.nanoTime() + after;
      return d == 0 ? 1 : d; // 0 means "no deadline"
    }
  }
}
