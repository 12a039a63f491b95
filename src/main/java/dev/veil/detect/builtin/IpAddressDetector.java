package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * IPv4 and IPv6 addresses with an optional CIDR prefix (and IPv6 zone id). IPv4: four octets
 * 0-255, not continuing a longer number, and not a version ("v1.2.3.4", "version 10.0.0.1",
 * "1.2.3.4-beta"). IPv6: every compressed form, embedded IPv4 included, validated by
 * {@link Ipv6}; a run that is not a whole valid address (a C++ {@code std::cout}, a time
 * {@code 12:34:56}, a MAC) is left alone. A bare {@code ::} scores only {@link Scores#WEAK}.
 *
 * <p>Stateless and thread-safe; linear in the text length.
 */
final class IpAddressDetector implements Detector {
  static final String NAME = "ip-address";
  /** Words that, right before a dotted quad, make it a version number. */
  private static final Set<String> VERSION_WORDS = Set.of("version", "versions", "ver", "v",
      "release", "released", "build", "firmware", "fw", "patch", "rev", "revision", "sdk",
      "kernel", "tag", "changelog", "upgrade", "upgraded", "downgrade", "bump", "bumped");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    if (text.indexOf('.') >= 0) {
      findIpv4(text, out);
    }
    if (text.indexOf(':') >= 0) {
      findIpv6(text, out);
    }
    return out;
  }

  private static void findIpv4(String text, List<Span> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Glue.isDigit(c) || (i > 0 && (Glue.isDigit(text.charAt(i - 1))
          || (text.charAt(i - 1) == '.' && i > 1 && Glue.isDigit(text.charAt(i - 2)))))) {
        i++;
        continue;
      }
      int end = Ipv6.ipv4End(text, i, n);
      if (end < 0) {
        while (i < n && (Glue.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        continue;
      }
      if (!isVersion(text, i, end)) {
        out.add(new Span(Entities.IP_ADDRESS, i, withPrefix(text, end, 32), Scores.FORMAT, NAME));
      }
      i = end;
    }
  }

  private static boolean isVersion(String text, int start, int end) {
    if (start > 0 && (text.charAt(start - 1) == 'v' || text.charAt(start - 1) == 'V')
        && (start == 1 || !Glue.isWordChar(text.charAt(start - 2)))) {
      return true;
    }
    if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1))) {
      return true;
    }
    String word = previousWord(text, start);
    if (CONNECTORS.contains(word)) {
      word = previousWord(text, wordStart(text, start));
    }
    return VERSION_WORDS.contains(word);
  }

  /** Where the word returned by {@link #previousWord} starts. */
  private static int wordStart(String text, int start) {
    int i = start;
    while (i > 0 && " \t:=#".indexOf(text.charAt(i - 1)) >= 0 && start - i < 4) {
      i--;
    }
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Short words allowed between a version word and the number ("upgrade to 1.2.3.4"). */
  private static final Set<String> CONNECTORS = Set.of("to", "is", "as", "from", "of", "at", "now");

  /** The lower-cased word just before {@code start}, skipping spaces and {@code : = #}. */
  private static String previousWord(String text, int start) {
    int i = start;
    while (i > 0 && " \t:=#".indexOf(text.charAt(i - 1)) >= 0 && start - i < 4) {
      i--;
    }
    int end = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1)) && end - i < 12) {
      i--;
    }
    return text.substring(i, end).toLowerCase(java.util.Locale.ROOT);
  }

  private static void findIpv6(String text, List<Span> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!(Glue.isHex(c) || c == ':')
          || (i > 0 && (Glue.isWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == ':'
              || text.charAt(i - 1) == '.'))) {
        i++;
        continue;
      }
      int runEnd = i;
      int colons = 0;
      while (runEnd < n && (Glue.isHex(text.charAt(runEnd)) || text.charAt(runEnd) == ':'
          || text.charAt(runEnd) == '.')) {
        colons += text.charAt(runEnd) == ':' ? 1 : 0;
        runEnd++;
      }
      if (colons < 2) {
        i = Math.max(runEnd, i + 1);
        continue;
      }
      int coreEnd = runEnd;
      while (coreEnd > i && text.charAt(coreEnd - 1) == '.') {
        coreEnd--; // sentence punctuation
      }
      String core = text.substring(i, coreEnd);
      boolean indexing = i > 1 && text.charAt(i - 1) == '[' && Glue.isWordChar(text.charAt(i - 2));
      if (core.indexOf(':') >= 0 && !indexing && Ipv6.valid(core)) {
        int end = coreEnd;
        if (end == runEnd) {
          end = zone(text, end);
        }
        if (end >= n || !Glue.isWordChar(text.charAt(end))) {
          double score = Ipv6.minimal(core) ? Scores.WEAK : Scores.FORMAT;
          out.add(new Span(Entities.IP_ADDRESS, i, withPrefix(text, end, 128), score, NAME));
        }
      }
      i = Math.max(runEnd, i + 1);
    }
  }

  /** Extends past a {@code %zone} id when one follows. */
  private static int zone(String text, int end) {
    if (end + 1 < text.length() && text.charAt(end) == '%' && Glue.isAsciiAlnum(text.charAt(end + 1))) {
      int z = end + 1;
      while (z < text.length() && (Glue.isAsciiAlnum(text.charAt(z)) || text.charAt(z) == '_')) {
        z++;
      }
      return z;
    }
    return end;
  }

  /** Extends past a {@code /prefix} of at most {@code max} bits when one follows. */
  private static int withPrefix(String text, int end, int max) {
    if (end + 1 >= text.length() || text.charAt(end) != '/' || !Glue.isDigit(text.charAt(end + 1))) {
      return end;
    }
    int p = end + 1;
    while (p < text.length() && Glue.isDigit(text.charAt(p)) && p - end <= 3) {
      p++;
    }
    if (p < text.length() && Glue.isAsciiAlnum(text.charAt(p))) {
      return end;
    }
    int bits = Checksums.number(text, end + 1, p);
    return p - end - 1 <= 3 && bits <= max ? p : end;
  }
}
