package dev.veil.roundtrip;

import dev.veil.testing.TestVeil;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Measures (not a test) what Veil adds to a stream's latency, against a loopback upstream
 * ({@link ProbeUpstream}) with keep-alive on every hop:
 *
 * <ol>
 *   <li>time to the first streamed event, through Veil and direct to the same upstream, with and
 *       without PII in the request; the four kinds are interleaved request by request, N each,
 *       sequential, after a warm-up that is not counted;
 *   <li>the delay of a held-back placeholder: the upstream sends {@code "Hi <PER"}, waits 50 ms,
 *       sends {@code "SON_..>!"}; the gap between the client's first and second event minus
 *       50 ms is ε, through Veil (which restores the name) and direct (the baseline: sleep and
 *       scheduling overshoot).
 * </ol>
 *
 * Run: {@code java -cp target/classes:target/test-classes:<test classpath> dev.veil.roundtrip.StreamLatencyProbe [N] [holdN]}.
 * Results go to stderr; stdout carries Veil's audit lines.
 */
public final class StreamLatencyProbe {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String PII = "Please draft a short reply to Maria Gonzalez (maria.gonzalez@example.com, phone "
      + "+1 415 555 0132) confirming that the quarterly review moves to Thursday at 10am, that the budget figures "
      + "from the last meeting still stand, and that her colleague Tom Hale will send the updated slides beforehand. "
      + "Keep it friendly and under one hundred words.";
  private static final String PLAIN = "Please draft a short reply to the project team confirming that the quarterly "
      + "review moves to Thursday at 10am, that the budget figures from the last meeting still stand, and that the "
      + "updated slides will be sent beforehand by the usual channel. Keep the tone friendly, mention the agenda "
      + "briefly and stay under one hundred words.";

  private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build();
  /** The data line of the event {@link #nextEvent} read last. */
  private String lastData = "";

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int holdN = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    try (ProbeUpstream upstream = new ProbeUpstream(); TestVeil veil = TestVeil.start(upstream.url())) {
      new StreamLatencyProbe().run(veil.url("/v1/chat/completions"), upstream.url() + "/v1/chat/completions", n, holdN);
    }
    System.exit(0);
  }

  private void run(String viaVeil, String direct, int n, int holdN) throws IOException {
    String[] urls = {viaVeil, direct, viaVeil, direct};
    String[] bodies = {body("probe-first", PII), body("probe-first", PII), body("probe-first", PLAIN), body("probe-first", PLAIN)};
    String[] names = {"veil, PII", "direct, PII", "veil, no PII", "direct, no PII"};
    int warmup = Math.max(100, n / 5);
    long[][] t = new long[4][n];
    for (int round = -warmup; round < n; round++) {
      for (int k = 0; k < 4; k++) {
        int which = (k + Math.floorMod(round, 4)) % 4; // rotate the order so no kind always goes first
        long took = firstEvent(urls[which], bodies[which]);
        if (round >= 0) {
          t[which][round] = took;
        }
      }
    }
    System.err.printf(Locale.ROOT, "time to first event, N=%d each, interleaved, after %d warm-up rounds (ms)%n", n, warmup);
    System.err.printf(Locale.ROOT, "  %-16s %8s %8s %8s%n", "", "p50", "p99", "max");
    for (int k = 0; k < 4; k++) {
      System.err.printf(Locale.ROOT, "  %-16s %8.3f %8.3f %8.3f%n", names[k], pct(t[k], 50), pct(t[k], 99), pct(t[k], 100));
    }
    for (int k = 0; k < 4; k += 2) {
      long[] paired = new long[n];
      for (int i = 0; i < n; i++) {
        paired[i] = t[k][i] - t[k + 1][i];
      }
      System.err.printf(Locale.ROOT, "  added by Veil (%s): p50 %+.3f, p99 %+.3f (difference of percentiles); "
          + "per-round paired difference p50 %+.3f, p99 %+.3f%n", names[k].substring(6),
          pct(t[k], 50) - pct(t[k + 1], 50), pct(t[k], 99) - pct(t[k + 1], 99), pct(paired, 50), pct(paired, 99));
    }

    String hold = body("probe-hold", PII);
    long[][] gaps = new long[2][holdN];
    for (int i = -10; i < holdN; i++) {
      for (int k = 0; k < 2; k++) {
        int which = (k + Math.floorMod(i, 2)) % 2;
        long gap = secondEventGap(which == 0 ? viaVeil : direct, hold, which == 0);
        if (i >= 0) {
          gaps[which][i] = gap - TimeUnit.MILLISECONDS.toNanos(ProbeUpstream.HOLD_MILLIS);
        }
      }
    }
    System.err.printf(Locale.ROOT, "held-back placeholder, upstream pause %d ms, N=%d each: ε = gap between first and second "
        + "event - %d ms (ms)%n", ProbeUpstream.HOLD_MILLIS, holdN, ProbeUpstream.HOLD_MILLIS);
    System.err.printf(Locale.ROOT, "  %-16s ε p50 %.3f, p99 %.3f, max %.3f%n", "veil (restores)", pct(gaps[0], 50), pct(gaps[0], 99), pct(gaps[0], 100));
    System.err.printf(Locale.ROOT, "  %-16s ε p50 %.3f, p99 %.3f, max %.3f%n", "direct", pct(gaps[1], 50), pct(gaps[1], 99), pct(gaps[1], 100));
  }

  private static String body(String model, String text) {
    return "{\"model\":\"" + model + "\",\"stream\":true,\"messages\":[{\"role\":\"system\",\"content\":\"You are a helpful "
        + "assistant.\"},{\"role\":\"user\",\"content\":\"" + text + "\"}]}";
  }

  private Request request(String url, String body) {
    return new Request.Builder().url(url).header("Authorization", "Bearer sk-probe")
        .post(RequestBody.create(body, JSON)).build();
  }

  /** Nanoseconds from sending the request to the end of the first event; reads the stream to its end. */
  private long firstEvent(String url, String body) throws IOException {
    long start = System.nanoTime();
    try (Response r = http.newCall(request(url, body)).execute()) {
      BufferedSource in = r.body().source();
      long first = nextEvent(in);
      drain(in);
      return first - start;
    }
  }

  /** Nanoseconds between the end of the first and of the second event. */
  private long secondEventGap(String url, String body, boolean expectName) throws IOException {
    try (Response r = http.newCall(request(url, body)).execute()) {
      BufferedSource in = r.body().source();
      long first = nextEvent(in);
      long second = nextEvent(in);
      if (expectName && !lastData.contains("Maria Gonzalez")) {
        throw new IllegalStateException("the second event did not carry the restored name");
      }
      drain(in);
      return second - first;
    }
  }

  /** Reads up to the blank line that ends the next event with data; returns the time it ended. */
  private long nextEvent(BufferedSource in) throws IOException {
    boolean data = false;
    String line;
    while ((line = in.readUtf8Line()) != null) {
      if (line.startsWith("data:")) {
        data = true;
        lastData = line;
      } else if (line.isEmpty() && data) {
        return System.nanoTime();
      }
    }
    throw new IOException("stream ended before an event");
  }

  private static void drain(BufferedSource in) throws IOException {
    while (in.readUtf8Line() != null) {
      // to the end, so the connection goes back to the pool
    }
  }

  private static double pct(long[] nanos, int p) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    int i = p >= 100 ? s.length - 1 : Math.max(0, (int) Math.ceil(p / 100.0 * s.length) - 1);
    return s[i] / 1e6;
  }
}
