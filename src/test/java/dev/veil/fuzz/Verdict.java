package dev.veil.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.body.Pipeline;
import dev.veil.redact.Vault;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fuzz properties, applied to what became of one {@link FuzzCase}:
 * (a) no 5xx of Veil's own; (b) what reaches the upstream is valid JSON, and nothing malformed
 * or over a limit reaches it; (c) no seeded secret in what reaches it; (d) a refusal is a 4xx
 * OpenAI-shaped error without seeded values. Also: a valid body within the limits that the
 * default policy does not block is forwarded. Counts every outcome for the summary.
 *
 * <p>A seed that shows in a forwarded body is a failure only if the pipeline also removes it
 * from the content string it was put in, scanned alone: otherwise the detectors miss it in that
 * context (say, digits right after a phone number), which is counted and shown, not failed,
 * since it is about the detectors and not about the body's way through Veil.
 */
final class Verdict {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ERROR_FIELDS = Set.of("message", "type", "param", "code");

  /**
   * What Veil did.
   *
   * @param status the HTTP status the client got (200 when forwarded)
   * @param forwarded the bytes the upstream received, or null when nothing reached it
   * @param error the answer body of a refusal, or null
   */
  record Outcome(int status, byte[] forwarded, byte[] error, String code) {}

  private final Pipeline pipeline;
  private int generated;
  private int forwarded;
  private int seedsInForwarded;
  private final Map<String, Integer> refusedByCode = new TreeMap<>();
  private final Map<String, Integer> shapes = new TreeMap<>();
  private final Map<String, Integer> seedKinds = new TreeMap<>();
  private final Map<String, Integer> problemCounts = new TreeMap<>();
  /** Problems and context misses by case number, so the summary shows the first ones in order. */
  private final Map<String, TreeMap<Integer, String>> problems = new TreeMap<>();
  private final Map<String, Integer> contextMisses = new TreeMap<>();
  private final TreeMap<Integer, String> contextMissExamples = new TreeMap<>();

  Verdict(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Judges one case and counts it; safe to call from several threads. */
  void record(int index, FuzzCase c, Outcome o) {
    List<String> found = problems(index, c, o);
    synchronized (this) {
      generated++;
      shapes.merge(c.shape(), 1, Integer::sum);
      c.seeds().forEach(s -> seedKinds.merge(s.kind(), 1, Integer::sum));
      if (o.forwarded() != null) {
        forwarded++;
        seedsInForwarded += c.seeds().size();
      } else {
        refusedByCode.merge(o.status() + " " + o.code(), 1, Integer::sum);
      }
      found.forEach(p -> note(index, c, p));
    }
  }

  /** Records a problem found outside {@link #problems}; {@code c} may be null. */
  synchronized void note(int index, FuzzCase c, String problem) {
    String kind = problem.contains(":") ? problem.substring(0, problem.indexOf(':')) : problem;
    problemCounts.merge(kind, 1, Integer::sum);
    problems.computeIfAbsent(kind, k -> new TreeMap<>())
        .put(index, "case " + index + (c == null ? "" : " (" + c.route() + ", " + c.shape() + ")") + ": " + problem);
  }

  synchronized boolean passed() {
    return problemCounts.isEmpty();
  }

  /** What is wrong with the outcome of case {@code index}; empty when it is right. */
  List<String> problems(int index, FuzzCase c, Outcome o) {
    List<String> out = new ArrayList<>();
    if (o.status() >= 500) {
      out.add("(a) 5xx from Veil: " + o.status() + " " + o.code());
    }
    if (o.forwarded() != null) {
      if (!c.facts().valid() || !c.facts().object()) {
        out.add("(b) malformed body forwarded");
      } else if (!c.facts().acceptable()) {
        out.add("(b) body over a limit forwarded: depth " + c.facts().depth() + ", number " + c.facts().longestNumber());
      }
      StrictJson.Facts sent = StrictJson.judge(o.forwarded());
      if (!sent.valid() || !sent.object()) {
        out.add("(b) forwarded body is not a valid JSON object");
      }
      if (c.checkSeeds()) {
        SeedSearch.leaks(o.forwarded(), c.seeds()).forEach((seed, where) -> {
          String missed = missedInContext(c, seed);
          if (missed == null) {
            out.add("(c) seed forwarded: " + where + ": " + seed.kind() + " " + seed.secret());
          } else {
            contextMiss(index, seed, missed);
          }
        });
      }
      if (o.status() != 200) {
        out.add("(b) forwarded but the client got " + o.status());
      }
    } else if (o.status() < 500) {
      if (o.status() < 400) {
        out.add("(d) nothing forwarded yet status " + o.status());
      }
      if (c.mustForward()) {
        out.add("refused a valid body: " + o.status() + " " + o.code());
      }
      String shape = errorShape(o.error());
      if (shape != null) {
        out.add("(d) refusal not OpenAI-shaped: " + shape);
      }
      if (o.error() != null) {
        SeedSearch.leaks(o.error(), c.seeds()).forEach((seed, where) ->
            out.add("(d) seed in the refusal: " + where + ": " + seed.kind() + " " + seed.secret()));
      }
    }
    return out;
  }

  /** A content string holding {@code seed} from which the pipeline does not remove it, or null. */
  private String missedInContext(FuzzCase c, Pii.Seed seed) {
    for (Pii.Placed p : c.placed()) {
      if (p.seed().equals(seed) && pipeline.redactText(p.context(), new Vault()).text().contains(seed.secret())) {
        return p.context();
      }
    }
    return null;
  }

  private synchronized void contextMiss(int index, Pii.Seed seed, String context) {
    contextMisses.merge(seed.kind(), 1, Integer::sum);
    contextMissExamples.putIfAbsent(index, "case " + index + ": " + seed.kind() + " " + seed.secret() + " in: "
        + Replay.visible(context));
  }

  /** Why {@code body} is not {"error":{"message","type","param","code"}}, or null when it is. */
  static String errorShape(byte[] body) {
    if (body == null) {
      return "no body";
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return "not JSON";
    }
    if (root == null || !root.isObject() || root.size() != 1 || !root.path("error").isObject()) {
      return "no error object";
    }
    JsonNode error = root.get("error");
    Set<String> names = new java.util.HashSet<>();
    for (Iterator<String> it = error.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    if (!names.equals(ERROR_FIELDS)) {
      return "fields " + names;
    }
    if (!error.get("message").isTextual() || !error.get("type").isTextual()
        || !(error.get("param").isNull() || error.get("param").isTextual())
        || !(error.get("code").isNull() || error.get("code").isTextual())) {
      return "field types";
    }
    return null;
  }

  /** CPU time of this JVM so far, all threads: a machine shared with other work makes wall time noisy. */
  static long processCpuMillis() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
  }

  synchronized String summary(String name, long seed, long millis, long cpuMillis) {
    StringBuilder sb = new StringBuilder();
    sb.append(name).append(" seed=").append(seed).append(" in ").append(millis).append(" ms (cpu ").append(cpuMillis)
        .append(" ms): generated ")
        .append(generated).append(", forwarded ").append(forwarded).append(" (carrying ").append(seedsInForwarded)
        .append(" seeds), refused ").append(generated - forwarded).append('\n');
    sb.append("  refused by status/code: ").append(refusedByCode).append('\n');
    sb.append("  shapes: ").append(shapes).append('\n');
    sb.append("  seeds inserted by kind: ").append(seedKinds).append('\n');
    sb.append("  seeds the detectors miss in their string's context (not failures): ").append(contextMisses).append('\n');
    contextMissExamples.values().stream().limit(8).forEach(e -> sb.append("    ").append(e).append('\n'));
    sb.append("  problems: ").append(problemCounts.isEmpty() ? "none" : problemCounts).append('\n');
    problems.values().forEach(v -> v.values().stream().limit(5).forEach(p -> sb.append("    ").append(p).append('\n')));
    return sb.toString();
  }
}
