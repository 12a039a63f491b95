package dev.veil.upstream;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.Dns;

/**
 * Name lookups that give up after {@code connect_timeout}. The JDK's resolver blocks for as long
 * as the system resolver takes (seconds per server and attempt) and cannot be interrupted, so a
 * lookup runs on its own thread and the call waits for it at most the bound; past it the call
 * fails as a DNS failure (the lookup thread finishes on its own). IP literals skip all this.
 *
 * <p>Thread-safe. Lookups happen only when a new connection is opened.
 */
final class BoundedDns implements Dns {
  private final Dns delegate;
  private final Duration bound;
  private final ExecutorService lookups;

  BoundedDns(Dns delegate, Duration bound, ExecutorService lookups) {
    this.delegate = delegate;
    this.bound = bound;
    this.lookups = lookups;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    if (isIpLiteral(hostname)) {
      return delegate.lookup(hostname);
    }
    Future<List<InetAddress>> answer = lookups.submit(() -> delegate.lookup(hostname));
    try {
      return answer.get(bound.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new UnknownHostException("name lookup did not finish within connect_timeout");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownHostException u) {
        throw u;
      }
      UnknownHostException u = new UnknownHostException("name lookup failed");
      u.initCause(e.getCause());
      throw u;
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new UnknownHostException("name lookup interrupted");
    }
  }

  static boolean isIpLiteral(String host) {
    if (host.indexOf(':') >= 0) {
      return true; // IPv6 (OkHttp passes it without brackets)
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return false;
      }
    }
    return !host.isEmpty();
  }
}
