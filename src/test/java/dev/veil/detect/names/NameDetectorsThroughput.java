package dev.veil.detect.names;

import dev.veil.detect.Detector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Rough throughput of every detector of {@link NameDetectors#all()} on a ~32 KB realistic prompt
 * made of the labelled test texts. A main, not a test (no timed assertions): run with
 * {@code java -cp target/test-classes:target/classes dev.veil.detect.names.NameDetectorsThroughput}.
 */
public final class NameDetectorsThroughput {
  private NameDetectorsThroughput() {}

  public static void main(String[] args) throws IOException {
    StringBuilder sb = new StringBuilder();
    LabelledSet set = LabelledSet.load("person-set.txt");
    while (sb.length() < 32 * 1024) {
      for (LabelledSet.Case c : set.cases()) {
        sb.append(c.text()).append("\n\n");
      }
    }
    String prompt = sb.substring(0, 32 * 1024);
    double mb = prompt.getBytes(StandardCharsets.UTF_8).length / 1e6;
    long sink = 0;
    long totalNanos = 0;
    for (Detector d : NameDetectors.all()) {
      for (int i = 0; i < 300; i++) {
        sink += d.detect(prompt).size(); // warm-up
      }
      int rounds = 1500;
      long t0 = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        sink += d.detect(prompt).size();
      }
      long nanos = (System.nanoTime() - t0) / rounds;
      totalNanos += nanos;
      System.out.printf("%-24s %8.1f MB/s  (%d spans)%n", d.name(), mb / (nanos / 1e9),
          d.detect(prompt).size());
    }
    System.out.printf("%-24s %8.1f MB/s  (sink %d)%n", "all five, in sequence",
        mb / (totalNanos / 1e9), sink);
  }
}
