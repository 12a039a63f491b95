package dev.veil.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.VeilApp;
import dev.veil.body.BodyException;
import dev.veil.body.Pipeline;
import dev.veil.http.OpenAiError;
import dev.veil.redact.Blocked;
import dev.veil.redact.Vault;
import dev.veil.testing.Gen;
import dev.veil.testing.TestVeil;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The bulk of the body fuzzing: generated requests ({@link FuzzCase}) straight through the
 * production {@link Pipeline} (the one {@link VeilApp} builds from the default config), checked
 * by {@link Verdict}. A refusal is turned into the error the proxy would send, the way the
 * proxy's redaction step does; any other exception would be a 500 and is a failure.
 *
 * <p>CI runs the fixed {@link #SEED}. For exploration: {@code -Dveil.fuzz.seed=N} (another
 * seed), {@code -Dveil.fuzz.cases=N} (another count; {@code veil.fuzz.http.cases} for
 * {@link ProxyFuzzTest}), {@code -Dveil.gen.case=I} (replay case
 * {@code I} alone and print it), {@code -Dveil.fuzz.known=true} (also the inputs of open
 * findings, see {@link FuzzFindingsTest}).
 */
class PipelineFuzzTest {
  static final long SEED = 0x5EED_F022L;
  static final int CASES = 20_000;

  @Test
  void generatedBodiesNeverLeakNorFailOpen() {
    long seed = Long.getLong("veil.fuzz.seed", SEED);
    Pipeline pipeline = VeilApp.pipeline(TestVeil.config("http://127.0.0.1:9", ""));
    Pii pii = new Pii(pipeline, seed, 60);
    Verdict verdict = new Verdict(pipeline);
    long start = System.nanoTime();
    long cpu = Verdict.processCpuMillis();
    forEachCase(Integer.getInteger("veil.fuzz.cases", CASES), i -> {
      FuzzCase c = FuzzCase.generate(Gen.random(seed, i), pii);
      Verdict.Outcome o = run(pipeline, c);
      verdict.record(i, c, o);
      if (replaying()) {
        System.out.println(Replay.describe(verdict, c, o));
      }
    });
    String summary = verdict.summary("pipeline fuzz", seed, (System.nanoTime() - start) / 1_000_000,
        Verdict.processCpuMillis() - cpu)
        + "  pii candidates not found alone (left out): " + pii.rejected + "\n"
        + "  replay one case: -Dveil.fuzz.seed=" + seed + " -Dveil.gen.case=<case>\n";
    System.out.print(summary);
    assertTrue(verdict.passed(), summary);
  }

  static boolean replaying() {
    return Integer.getInteger("veil.gen.case") != null;
  }

  /** Cases {@code 0..cases-1} on both cores (each case has its own random), or the one replayed. */
  static void forEachCase(int cases, IntConsumer body) {
    Integer only = Integer.getInteger("veil.gen.case");
    if (only != null) {
      body.accept(only);
    } else {
      IntStream.range(0, cases).parallel().forEach(body);
    }
  }

  static Verdict.Outcome run(Pipeline pipeline, FuzzCase c) {
    try {
      byte[] out = pipeline.redact(c.route(), c.body(), new Vault()).body();
      return new Verdict.Outcome(200, out, null, null);
    } catch (BodyException e) {
      OpenAiError error = OpenAiError.invalidRequest(e.status(), e.code(), "Veil refused the request: " + e.getMessage() + ".");
      return new Verdict.Outcome(e.status(), null, error.body(), e.code());
    } catch (Blocked e) {
      OpenAiError error = OpenAiError.invalidRequest(400, "blocked_by_policy",
          "Veil's policy blocks requests containing " + String.join(", ", e.entities()) + ".");
      return new Verdict.Outcome(400, null, error.body(), "blocked_by_policy");
    } catch (RuntimeException e) {
      OpenAiError error = OpenAiError.internal();
      return new Verdict.Outcome(500, null, error.body(), "veil_internal_error(" + e.getClass().getSimpleName() + ")");
    }
  }
}
