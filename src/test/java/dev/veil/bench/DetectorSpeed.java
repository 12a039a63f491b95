package dev.veil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.detect.Detector;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints each default detector's throughput (MB/s of chars) on the content strings of the 1 MB
 * bench prompt. A quick profile, not a JMH benchmark: run with
 * {@code java -cp ... dev.veil.bench.DetectorSpeed [seconds-per-detector [detector names]]}.
 */
public final class DetectorSpeed {
  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
    List<String> texts = new ArrayList<>();
    collect(new ObjectMapper().readTree(Prompts.chat(1 << 20)), texts);
    long chars = texts.stream().mapToLong(String::length).sum();
    List<Detector> all = Builtins.all();
    double total = 0;
    for (Detector d : all) {
      if (args.length > 1 && !java.util.Arrays.asList(args).subList(1, args.length).contains(d.name())) {
        continue;
      }
      run(d, texts, 0.5);
      double perMb = run(d, texts, seconds) / chars * 1e6;
      total += perMb;
      System.out.printf("%-24s %8.1f MB/s%n", d.name(), 1e3 / perMb);
    }
    System.out.printf("%-24s %8.1f MB/s (%.1f ms per MB)%n", "sum", 1e3 / total, total);
  }

  /**
   * Milliseconds of this thread's CPU time per pass over all texts: the best of the 0.2 s slices
   * run for {@code seconds}, which is robust to other work on a busy machine.
   */
  private static double run(Detector d, List<String> texts, double seconds) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    double best = Double.MAX_VALUE;
    int sink = 0;
    do {
      long sliceEnd = System.nanoTime() + 200_000_000L;
      long passes = 0;
      long t0 = mx.getCurrentThreadCpuTime();
      do {
        for (String t : texts) {
          sink += d.detect(t).size();
        }
        passes++;
      } while (System.nanoTime() < sliceEnd);
      best = Math.min(best, (mx.getCurrentThreadCpuTime() - t0) / 1e6 / passes);
    } while (System.nanoTime() < end);
    if (sink == 42) {
      System.out.print("");
    }
    return best;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.textValue());
    }
    node.forEach(child -> collect(child, out));
  }

  private DetectorSpeed() {}
}
