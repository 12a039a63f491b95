package dev.veil.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A resolver that hangs cannot hold a call past the bound; answers and failures pass through. */
class BoundedDnsTest {
  final ExecutorService lookups = Executors.newCachedThreadPool();
  final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    lookups.shutdownNow();
  }

  @Test
  void aLookupThatHangsFailsAsUnknownHostWithinTheBound() throws Exception {
    Dns hanging = host -> {
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of(InetAddress.getLoopbackAddress());
    };
    BoundedDns dns = new BoundedDns(hanging, Duration.ofMillis(200), lookups);
    long start = System.nanoTime();
    UnknownHostException e = assertThrows(UnknownHostException.class, () -> dns.lookup("upstream.example"));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "bounded");
    assertFalse(e.getMessage().contains("upstream.example"), "the message names no host");
    assertEquals(UpstreamException.Kind.DNS, Upstream.classify(e));
  }

  @Test
  void answersAndFailuresOfTheResolverPassThrough() throws Exception {
    BoundedDns ok = new BoundedDns(host -> List.of(InetAddress.getLoopbackAddress()), Duration.ofSeconds(5), lookups);
    assertEquals(List.of(InetAddress.getLoopbackAddress()), ok.lookup("upstream.example"));
    BoundedDns failing = new BoundedDns(host -> {
      throw new UnknownHostException("no such host");
    }, Duration.ofSeconds(5), lookups);
    assertThrows(UnknownHostException.class, () -> failing.lookup("upstream.example"));
  }

  @Test
  void ipLiteralsAreNotLookedUpOnAnotherThread() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    BoundedDns dns = new BoundedDns(host -> {
      calls.incrementAndGet();
      return List.of(InetAddress.getByName(host));
    }, Duration.ofSeconds(5), Executors.newSingleThreadExecutor(r -> {
      throw new AssertionError("no thread for an IP literal");
    }));
    dns.lookup("127.0.0.1");
    dns.lookup("::1");
    assertEquals(2, calls.get());
    assertTrue(BoundedDns.isIpLiteral("10.0.0.1"));
    assertFalse(BoundedDns.isIpLiteral("api.openai.com"));
  }
}
