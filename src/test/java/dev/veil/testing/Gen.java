package dev.veil.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded property checks without a framework: {@link #check} runs a property on a number of
 * cases, each drawing from its own {@link SplittableRandom} derived from the seed and the case
 * index, so one failing case can be replayed alone. A failure names the seed and the index.
 *
 * <p>Replay: {@code -Dveil.gen.seed=S} replaces every property's fixed seed and
 * {@code -Dveil.gen.case=I} runs only case {@code I}. Without them the fixed seeds run (as in CI).
 */
public final class Gen {

  /** One case of a property, drawing its input from {@code random}. */
  @FunctionalInterface
  public interface Case {
    void run(SplittableRandom random) throws Exception;
  }

  private Gen() {}

  /** Runs {@code property} on cases {@code 0..tries-1} of {@code seed} (or the replay override). */
  public static void check(String name, long seed, int tries, Case property) {
    long s = Long.getLong("veil.gen.seed", seed);
    Integer only = Integer.getInteger("veil.gen.case");
    for (int i = only == null ? 0 : only; i < (only == null ? tries : only + 1); i++) {
      try {
        property.run(random(s, i));
      } catch (Throwable t) {
        throw new AssertionError(name + " failed at seed=" + s + " case=" + i
            + " (replay: -Dveil.gen.seed=" + s + " -Dveil.gen.case=" + i + "): " + t, t);
      }
    }
  }

  /** The random source of case {@code index} of {@code seed}: independent of every other case. */
  public static SplittableRandom random(long seed, int index) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + index);
  }

  /** A length in {@code [0, max]}, biased to short: a third of draws are at most 3. */
  public static int length(SplittableRandom r, int max) {
    return r.nextInt(3) == 0 ? r.nextInt(Math.min(max, 3) + 1) : r.nextInt(max + 1);
  }

  /** One of {@code items}. */
  @SafeVarargs
  public static <T> T oneOf(SplittableRandom r, T... items) {
    return items[r.nextInt(items.length)];
  }

  /** One of {@code items}. */
  public static <T> T oneOf(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  /** A string of up to {@code maxPieces} pieces drawn from {@code pieces}, joined. */
  public static String joined(SplittableRandom r, int maxPieces, List<String> pieces) {
    StringBuilder sb = new StringBuilder();
    for (int n = length(r, maxPieces); n > 0; n--) {
      sb.append(oneOf(r, pieces));
    }
    return sb.toString();
  }

  /** Up to {@code maxSize} ints in {@code [0, bound)}. */
  public static List<Integer> ints(SplittableRandom r, int maxSize, int bound) {
    List<Integer> out = new ArrayList<>();
    for (int n = length(r, maxSize); n > 0; n--) {
      out.add(r.nextInt(bound));
    }
    return out;
  }

  /**
   * Arbitrary text of up to {@code maxLength} chars: ASCII, Latin-1, any BMP char (lone
   * surrogates included), astral pairs (emoji), whitespace and controls, and capitalised words.
   */
  public static String anyText(SplittableRandom r, int maxLength) {
    int n = length(r, maxLength);
    StringBuilder sb = new StringBuilder(n);
    while (sb.length() < n) {
      switch (r.nextInt(8)) {
        case 0, 1 -> sb.append((char) (0x20 + r.nextInt(0x5f)));
        case 2 -> sb.append((char) (0xa0 + r.nextInt(0x160)));
        case 3 -> sb.append((char) r.nextInt(0x10000));
        case 4 -> sb.appendCodePoint(0x1F300 + r.nextInt(0x300));
        case 5 -> sb.append(oneOf(r, ' ', '\n', '\t', '\r', '\u0000', '\u00a0', '\u200b', '\u2028', '\ufeff'));
        case 6 -> sb.append(oneOf(r, ".", ",", "'", "-", "’", ":", " Dr. ", " Mr. ", ", "));
        default -> sb.append(oneOf(r, "Jane", "Doe", "JANE", "O'Brien", "García-López", "van", "de la", "Zoë",
            "Will", "May", "Anna", "Müller", "al-Hassan", "Björn", "İstanbul", "ǅ", "ﬁ"));
      }
    }
    return sb.length() > n ? sb.substring(0, n) : sb.toString();
  }
}
