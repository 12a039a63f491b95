package dev.veil.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.VeilApp;
import dev.veil.body.Pipeline;
import dev.veil.testing.Fixtures;
import dev.veil.testing.Gen;
import dev.veil.testing.SocketUpstream;
import dev.veil.testing.TestVeil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Generated bodies through a real Veil over HTTP, in front of a capture upstream that records
 * every body it receives and always answers 200 with a chat completion, so every 5xx the client
 * sees is Veil's own. The case number travels in the query string (Veil forwards it), which
 * ties what the upstream got to the request. Same properties as {@link PipelineFuzzTest}, on
 * the real error bodies, media types and (sometimes) gzip-encoded requests.
 */
class ProxyFuzzTest {
  static final int CASES = 2_500;
  private static final Pattern CASE = Pattern.compile("[?&]fuzz=(\\d+)");
  private static final String[] JSON_TYPES = {"application/json", "application/json; charset=utf-8",
      "Application/JSON", "application/vnd.api+json"};

  @Test
  void generatedBodiesThroughTheProxyNeverLeakNorFailOpen() throws Exception {
    long seed = Long.getLong("veil.fuzz.seed", PipelineFuzzTest.SEED) + 1; // other cases than the pipeline run
    Map<Integer, byte[]> received = new ConcurrentHashMap<>();
    byte[] answer = Fixtures.chatCompletion("Hello!").getBytes(StandardCharsets.UTF_8);
    try (SocketUpstream upstream = new SocketUpstream((head, body, out) -> {
          Matcher m = CASE.matcher(head.substring(0, head.indexOf('\r')));
          received.put(m.find() ? Integer.parseInt(m.group(1)) : -1, body);
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + answer.length
              + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.write(answer);
          out.flush();
        });
        TestVeil veil = TestVeil.start(upstream.url(), "audit: {enabled: false}")) {
      Pipeline pipeline = VeilApp.pipeline(veil.app().config());
      Pii pii = new Pii(pipeline, seed, 60);
      Verdict verdict = new Verdict(pipeline);
      long start = System.nanoTime();
      long cpu = Verdict.processCpuMillis();
      PipelineFuzzTest.forEachCase(Integer.getInteger("veil.fuzz.http.cases", CASES), i -> {
        SplittableRandom r = Gen.random(seed, i);
        FuzzCase c = FuzzCase.generate(r, pii);
        HttpResponse<byte[]> res = send(veil, c, i, r);
        byte[] forwarded = received.remove(i);
        boolean ok = res.statusCode() == 200;
        Verdict.Outcome o = new Verdict.Outcome(res.statusCode(), forwarded, ok ? null : res.body(),
            ok ? null : code(res.body()));
        verdict.record(i, c, o);
        if (forwarded == null && ok) {
          verdict.note(i, c, "(b) 200 without reaching the upstream");
        }
        if (PipelineFuzzTest.replaying()) {
          System.out.println(Replay.describe(verdict, c, o));
        }
      });
      if (received.containsKey(-1)) {
        verdict.note(-1, null, "(b) a body reached the upstream without its case number");
      }
      String summary = verdict.summary("proxy fuzz (HTTP)", seed, (System.nanoTime() - start) / 1_000_000,
          Verdict.processCpuMillis() - cpu)
          + "  replay one case: -Dveil.fuzz.seed=" + (seed - 1) + " -Dveil.gen.case=<case>\n";
      System.out.print(summary);
      assertTrue(verdict.passed(), summary);
    }
  }

  private static HttpResponse<byte[]> send(TestVeil veil, FuzzCase c, int i, SplittableRandom r) {
    byte[] body = c.body();
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(veil.url("/v1" + c.route() + "?fuzz=" + i)))
        .header("Content-Type", Gen.oneOf(r, JSON_TYPES))
        .header("Authorization", "Bearer sk-test-client");
    if (r.nextInt(10) == 0) {
      body = gzip(body);
      b.header("Content-Encoding", "gzip");
    }
    b.POST(HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      return veil.http().send(b.timeout(java.time.Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String code(byte[] error) {
    Matcher m = Pattern.compile("\"code\":\"([a-z0-9_]+)\"").matcher(new String(error, StandardCharsets.UTF_8));
    return m.find() ? m.group(1) : "?";
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
