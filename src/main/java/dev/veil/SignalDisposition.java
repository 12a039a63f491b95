package dev.veil;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this process ignores SIGHUP, read from {@code /proc/self/status} ({@code SigIgn}).
 *
 * <p>An ignored signal is inherited from the parent ({@code nohup}, some service runners), and the
 * JVM then leaves it ignored: a SIGHUP handler registers without error but never runs. Veil says
 * so at start instead of silently not reloading.
 */
public final class SignalDisposition {
  private static final int SIGHUP = 1;

  /** True when SIGHUP is ignored; false when it is not, or when the platform does not say. */
  public static boolean hangupIgnored() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("SigIgn:")) {
          return new BigInteger(line.substring("SigIgn:".length()).strip(), 16).testBit(SIGHUP - 1);
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }

  private SignalDisposition() {}
}
