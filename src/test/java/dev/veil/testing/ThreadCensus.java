package dev.veil.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Looks for threads a request left behind. A leak after a fault is one of: a thread still inside
 * Veil's request handler (the request never finished), a thread blocked reading an upstream
 * socket through OkHttp, or an OkHttp call thread ({@code OkHttp http...}, {@code OkHttp
 * Dispatcher}); Veil calls the upstream synchronously, so none of these should outlive an answer.
 *
 * <p>OkHttp's housekeeping threads ({@code OkHttp TaskRunner}, renamed after their task while
 * they run one, e.g. {@code OkHttp ConnectionPool connection closer}) are left out on purpose:
 * they are one JVM-wide pool that keeps an idle thread for 60 s, so their number moves with
 * timing and pooled connections, not with leaks (a first version that flagged every
 * {@code OkHttp*} thread failed on the pool's closer task after a plain, healthy answer).
 */
public final class ThreadCensus {

  /** Names and reasons of threads that look leaked right now. */
  public static List<String> suspects() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      Thread t = e.getKey();
      if (!t.isAlive() || t == Thread.currentThread()) {
        continue;
      }
      String name = t.getName();
      if (name.equals("OkHttp Dispatcher") || name.startsWith("OkHttp http")) {
        out.add(name + ": OkHttp call thread");
        continue;
      }
      boolean inHandler = false;
      boolean inOkHttp = false;
      boolean inSocketRead = false;
      for (StackTraceElement f : e.getValue()) {
        String c = f.getClassName();
        inHandler |= c.equals("dev.veil.http.ProxyHandler");
        inOkHttp |= c.startsWith("okhttp3.");
        inSocketRead |= c.startsWith("sun.nio.ch.NioSocketImpl") && f.getMethodName().startsWith("read")
            || c.equals("java.net.SocketInputStream");
      }
      if (inHandler) {
        out.add(name + ": still in ProxyHandler");
      } else if (inOkHttp && inSocketRead) {
        out.add(name + ": reading an upstream socket");
      }
    }
    return out;
  }

  /** Waits up to {@code max} for {@link #suspects()} to be empty and returns what is left. */
  public static List<String> awaitNoSuspects(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    List<String> left = suspects();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(25);
      left = suspects();
    }
    return left;
  }

  private ThreadCensus() {}
}
