package dev.veil.ship;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a {@code .dockerignore}: which context paths the builder can see. As in Docker,
 * the last matching line wins, a {@code !} line re-includes, and a line matching a directory
 * matches everything under it. Glob syntax is Java's, which agrees with Docker's for the
 * {@code *}, {@code ?} and literal patterns used here.
 */
final class DockerIgnore {
  private record Rule(PathMatcher matcher, boolean include) {}

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = rules;
  }

  static DockerIgnore parse(String text) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean include = line.startsWith("!");
      String pattern = (include ? line.substring(1) : line).strip();
      pattern = pattern.replaceAll("^/+", "").replaceAll("/+$", "");
      rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + pattern), include));
    }
    return new DockerIgnore(List.copyOf(rules));
  }

  /** Whether {@code relative} (a path inside the build context, '/'-separated) reaches the build. */
  boolean sends(String relative) {
    Path path = Path.of(relative.replaceAll("^\\./", "").replaceAll("/+$", ""));
    boolean sent = true;
    for (Rule rule : rules) {
      if (matchesItselfOrParent(rule.matcher(), path)) {
        sent = rule.include();
      }
    }
    return sent;
  }

  private static boolean matchesItselfOrParent(PathMatcher matcher, Path path) {
    for (int n = 1; n <= path.getNameCount(); n++) {
      if (matcher.matches(path.subpath(0, n))) {
        return true;
      }
    }
    return false;
  }
}
