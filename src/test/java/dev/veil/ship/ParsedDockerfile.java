package dev.veil.ship;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dockerfile read into stages of instructions, enough to check what the build copies, runs and
 * exposes. Handles comments, parser directives and backslash line continuations; does not expand
 * ARG or ENV variables (Veil's Dockerfile uses none in the checked instructions).
 */
record ParsedDockerfile(List<Stage> stages) {

  /** One instruction; {@code keyword} is upper-case, {@code args} is the rest of the logical line. */
  record Instruction(String keyword, String args, int line) {}

  /** One {@code FROM} and what follows it; {@code name} is the {@code AS} name or null. */
  record Stage(String base, String name, List<Instruction> instructions) {

    List<Instruction> all(String keyword) {
      return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    Optional<Instruction> last(String keyword) {
      List<Instruction> found = all(keyword);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** The last WORKDIR of the stage, or "/" (absolute WORKDIRs only, as in Veil's file). */
    String workdir() {
      return last("WORKDIR").map(i -> i.args().trim()).orElse("/");
    }
  }

  /** A COPY's flags ({@code --from=build} gives {@code from = "build"}), sources and destination. */
  record Copy(String from, List<String> sources, String destination, int line) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static ParsedDockerfile parse(String text) {
    List<Stage> stages = new ArrayList<>();
    List<Instruction> current = null;
    String[] lines = text.split("\n", -1);
    StringBuilder logical = new StringBuilder();
    int start = -1;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].stripTrailing();
      if (logical.length() == 0 && (line.isBlank() || line.stripLeading().startsWith("#"))) {
        continue;
      }
      if (logical.length() > 0 && line.stripLeading().startsWith("#")) {
        continue; // a comment inside a continued instruction is dropped, as Docker does
      }
      if (start < 0) {
        start = n + 1;
      }
      if (line.endsWith("\\")) {
        logical.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      logical.append(line);
      String whole = logical.toString().strip();
      logical.setLength(0);
      int space = whole.indexOf(' ');
      String keyword = (space < 0 ? whole : whole.substring(0, space)).toUpperCase(Locale.ROOT);
      String args = space < 0 ? "" : whole.substring(space + 1).strip();
      if (keyword.equals("FROM")) {
        String[] parts = args.split("\\s+");
        String name = parts.length >= 3 && parts[parts.length - 2].equalsIgnoreCase("AS") ? parts[parts.length - 1] : null;
        current = new ArrayList<>();
        stages.add(new Stage(parts[0], name, current));
      } else if (current == null) {
        throw new IllegalArgumentException("line " + start + ": " + keyword + " before the first FROM");
      } else {
        current.add(new Instruction(keyword, args, start));
      }
      start = -1;
    }
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("no FROM");
    }
    return new ParsedDockerfile(List.copyOf(stages));
  }

  Stage last() {
    return stages.get(stages.size() - 1);
  }

  Optional<Stage> stage(String name) {
    return stages.stream().filter(s -> name.equals(s.name())).findFirst();
  }

  /** The COPY (and ADD) instructions of a stage. JSON-form COPY is read too. */
  static List<Copy> copies(Stage stage) {
    List<Copy> out = new ArrayList<>();
    for (Instruction i : stage.instructions()) {
      if (!i.keyword().equals("COPY") && !i.keyword().equals("ADD")) {
        continue;
      }
      List<String> words = new ArrayList<>(List.of(i.args().split("\\s+")));
      String from = null;
      while (!words.isEmpty() && words.get(0).startsWith("--")) {
        String flag = words.remove(0);
        if (flag.startsWith("--from=")) {
          from = flag.substring("--from=".length());
        }
      }
      String rest = String.join(" ", words);
      List<String> paths = rest.startsWith("[") ? execForm(rest, i.line()) : words;
      if (paths.size() < 2) {
        throw new IllegalArgumentException("line " + i.line() + ": COPY needs a source and a destination");
      }
      out.add(new Copy(from, List.copyOf(paths.subList(0, paths.size() - 1)), paths.get(paths.size() - 1), i.line()));
    }
    return out;
  }

  /** The JSON array of an exec-form instruction; fails if {@code args} is shell form. */
  static List<String> execForm(String args, int line) {
    if (!args.startsWith("[")) {
      throw new IllegalArgumentException("line " + line + ": shell form, not exec form (JSON array)");
    }
    try {
      return JSON.readValue(args, new TypeReference<List<String>>() {});
    } catch (IOException e) {
      throw new IllegalArgumentException("line " + line + ": not a JSON array of strings");
    }
  }
}
