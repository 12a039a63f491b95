package dev.veil.bench;

import dev.veil.body.Pipeline;
import dev.veil.body.RedactedBody;
import dev.veil.config.LimitsConfig;
import dev.veil.config.RedactionConfig;
import dev.veil.detect.Detector;
import dev.veil.redact.Configs;
import dev.veil.redact.TestDetectors;
import dev.veil.redact.Vault;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the whole body pipeline (parse, scan, propagate, rewrite) on chat bodies of
 * 2 KB, 32 KB and 1 MB. MB/s = ops/s x size. {@code detectors=none} measures Veil's own walk;
 * {@code builtin} runs Veil's default detectors (structured ids, secrets, names);
 * {@code test} adds the regex test detectors; {@code terms} adds a dictionary rule of that many
 * terms, whose cost should not grow with the count. Goal: >= 50 MB/s per core with the built-ins.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PipelineBench {

  @Param({"2048", "32768", "1048576"})
  public int size;

  @Param({"none", "builtin"})
  public String detectors;

  @Param({"0"})
  public int terms;

  private Pipeline pipeline;
  private byte[] body;

  @Setup
  public void setup() {
    StringBuilder yaml = new StringBuilder("key: bench-key-0123456789abcdef\n");
    if (terms > 0) {
      yaml.append("rules:\n  - name: deny\n    entity: CODENAME\n    terms:\n");
      for (int i = 0; i < terms; i++) {
        yaml.append("      - codename").append(i).append('\n');
      }
    }
    RedactionConfig cfg = Configs.redaction(yaml.toString());
    List<Detector> builtins = switch (detectors) {
      case "test" -> TestDetectors.all();
      case "builtin" -> Builtins.all();
      default -> List.of();
    };
    pipeline = new Pipeline(cfg, new LimitsConfig(null, null, null, null, null, null), builtins);
    body = Prompts.chat(size);
  }

  @Benchmark
  public RedactedBody redact() {
    return pipeline.redact("/chat/completions", body, new Vault());
  }
}
