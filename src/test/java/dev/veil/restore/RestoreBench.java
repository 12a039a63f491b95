package dev.veil.restore;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.veil.redact.Vault;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A small measurement, not a test (no JMH): per-event cost of relaying a chat stream (restoring,
 * empty vault, plain copy) and the time until the first event is flushed. Run after
 * {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt} with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.veil.restore.RestoreBench}
 * ({@code -Drounds=N}, default 60). Prints timings only, no content.
 */
public final class RestoreBench {

  private static final int EVENTS = 2_000;

  public static void main(String[] args) throws IOException {
    Vault vault = new Vault();
    for (int i = 1; i <= 20; i++) {
      vault.put("<PERSON_" + i + ">", "Person Number " + i, "PERSON", true);
      vault.put("<EMAIL_ADDRESS_" + String.format("%08x", i * 7919) + ">", "p" + i + "@ex.com",
          "EMAIL_ADDRESS", true);
    }
    byte[] plain = stream(false);
    byte[] withTokens = stream(true);
    Restore restore = new Restore(false);
    Restore tolerant = new Restore(true);
    Vault empty = new Vault();
    int rounds = Integer.getInteger("rounds", 60);
    long[] direct = new long[rounds];
    long[] emptyVault = new long[rounds];
    long[] plainDeltas = new long[rounds];
    long[] tokenDeltas = new long[rounds];
    long[] tolerantDeltas = new long[rounds];
    long[] firstDirect = new long[rounds];
    long[] firstRelay = new long[rounds];
    long[] firstEmpty = new long[rounds];
    long[] setup = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      direct[r] = time(() -> copy(new ByteArrayInputStream(plain), new NullOut()));
      emptyVault[r] = time(() -> restore.relayStream(new ByteArrayInputStream(plain),
          new NullOut(), StreamKind.CHAT, empty, new RestoreStats()));
      plainDeltas[r] = time(() -> restore.relayStream(new ByteArrayInputStream(plain),
          new NullOut(), StreamKind.CHAT, vault, new RestoreStats()));
      tokenDeltas[r] = time(() -> restore.relayStream(new ByteArrayInputStream(withTokens),
          new NullOut(), StreamKind.CHAT, vault, new RestoreStats()));
      tolerantDeltas[r] = time(() -> tolerant.relayStream(new ByteArrayInputStream(withTokens),
          new NullOut(), StreamKind.CHAT, vault, new RestoreStats()));
      FirstFlush d = new FirstFlush();
      long t0 = System.nanoTime();
      copy(new ByteArrayInputStream(plain), d);
      firstDirect[r] = d.at - t0;
      FirstFlush f = new FirstFlush();
      t0 = System.nanoTime();
      restore.relayStream(new ByteArrayInputStream(plain), f, StreamKind.CHAT, vault,
          new RestoreStats());
      firstRelay[r] = f.at - t0;
      FirstFlush e = new FirstFlush();
      t0 = System.nanoTime();
      restore.relayStream(new ByteArrayInputStream(plain), e, StreamKind.CHAT, empty,
          new RestoreStats());
      firstEmpty[r] = e.at - t0;
      t0 = System.nanoTime();
      for (int k = 0; k < 1000; k++) {
        new Placeholders(vault, false);
      }
      setup[r] = (System.nanoTime() - t0) / 1000;
    }
    System.out.printf("events per stream: %d, chunk size ~%d bytes, vault %d tokens%n", EVENTS,
        plain.length / EVENTS, vault.size());
    report("direct copy (read/write/flush)", direct);
    report("relay, empty vault", emptyVault);
    report("relay, vault, no placeholder", plainDeltas);
    report("relay, vault, 10% deltas split tokens", tokenDeltas);
    report("relay, tolerant, 10% split tokens", tolerantDeltas);
    System.out.printf("time to first flush: direct %.1f us, relay with empty vault %.1f us, "
        + "relay with vault %.1f us; vault view setup, warm: %.1f us (medians)%n",
        median(firstDirect) / 1e3, median(firstEmpty) / 1e3, median(firstRelay) / 1e3,
        median(setup) / 1e3);
  }

  private static byte[] stream(boolean tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < EVENTS; i++) {
      String content = tokens && i % 10 == 0 ? "Dear <PERSON_" : tokens && i % 10 == 1
          ? (i % 20) + 1 + ">, " : " word" + (i % 7);
      sb.append("data: {\"id\":\"chatcmpl-AbCdEf0123456789\",\"object\":\"chat.completion.chunk\","
          + "\"created\":1730000000,\"model\":\"gpt-4o-2024-08-06\",\"system_fingerprint\":"
          + "\"fp_abc123\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"")
          .append(content).append("\"},\"logprobs\":null,\"finish_reason\":null}],"
          + "\"obfuscation\":\"x7Yz\"}\n\n");
    }
    sb.append("data: [DONE]\n\n");
    return sb.toString().getBytes(UTF_8);
  }

  private interface Run {
    void run() throws IOException;
  }

  private static long time(Run r) throws IOException {
    long t0 = System.nanoTime();
    r.run();
    return System.nanoTime() - t0;
  }

  private static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buf = new byte[8192];
    // read one event-sized piece at a time, as a non-parsing proxy would flush per read
    for (int n; (n = in.read(buf, 0, 256)) > 0; ) {
      out.write(buf, 0, n);
      out.flush();
    }
  }

  private static void report(String name, long[] nanos) {
    System.out.printf("%-40s %7.2f us/event (median of %d runs after warm-up)%n", name,
        median(nanos) / 1e3 / EVENTS, nanos.length / 2);
  }

  private static double median(long[] all) {
    long[] warm = Arrays.copyOfRange(all, all.length / 2, all.length);
    Arrays.sort(warm);
    return warm[warm.length / 2];
  }

  private static class NullOut extends OutputStream {
    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }

  private static final class FirstFlush extends NullOut {
    long at;

    @Override
    public void flush() {
      if (at == 0) {
        at = System.nanoTime();
      }
    }
  }
}
