package dev.veil.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A documentation file of the repository, read as lines, with the pieces the doc tests check:
 * fenced code blocks (with the HTML comments just above each) and rows of pipe tables.
 */
final class Markdown {
  /** The repository root: the directory holding pom.xml and config/veil.yaml. */
  static final Path ROOT = findRoot();

  /**
   * One fenced block.
   *
   * @param lang the info string after the opening fence ({@code yaml}, {@code sh}, ...)
   * @param text the block's lines, joined with newlines, with a trailing newline
   * @param line the 1-based line number of the opening fence
   * @param comments the {@code <!-- ... -->} lines directly above the fence (blank lines between allowed)
   */
  record Block(String lang, String text, int line, List<String> comments) {}

  private final String name;
  private final List<String> lines;

  private Markdown(String name, List<String> lines) {
    this.name = name;
    this.lines = lines;
  }

  static Markdown read(String relative) {
    return new Markdown(relative, List.of(text(relative).split("\n", -1)));
  }

  static String text(String relative) {
    try {
      return Files.readString(ROOT.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(relative, e);
    }
  }

  String name() {
    return name;
  }

  List<String> lines() {
    return lines;
  }

  /** Every fenced block, in order. */
  List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String open = lines.get(i);
      if (!open.startsWith("```")) {
        continue;
      }
      String lang = open.substring(3).trim();
      StringBuilder body = new StringBuilder();
      int j = i + 1;
      while (j < lines.size() && !lines.get(j).startsWith("```")) {
        body.append(lines.get(j)).append('\n');
        j++;
      }
      if (j == lines.size()) {
        throw new IllegalStateException(name + ":" + (i + 1) + ": unclosed code block");
      }
      out.add(new Block(lang, body.toString(), i + 1, commentsAbove(i)));
      i = j;
    }
    return out;
  }

  /** The blocks of one language. */
  List<Block> blocks(String lang) {
    return blocks().stream().filter(b -> b.lang().equals(lang)).toList();
  }

  private List<String> commentsAbove(int fence) {
    List<String> out = new ArrayList<>();
    for (int k = fence - 1; k >= 0; k--) {
      String l = lines.get(k).trim();
      if (l.isEmpty()) {
        continue;
      }
      if (l.startsWith("<!--") && l.endsWith("-->")) {
        out.add(0, l.substring(4, l.length() - 3).trim());
        continue;
      }
      break;
    }
    return out;
  }

  /**
   * One pipe table.
   *
   * @param line the 1-based line number of its header row
   * @param rows the body rows, each split into trimmed cells
   */
  record Table(int line, List<List<String>> rows) {}

  /** Every pipe table whose header row is {@code header} (e.g. {@code | key | default | meaning |}), outside code blocks. */
  List<Table> tables(String header) {
    List<Table> out = new ArrayList<>();
    boolean inCode = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("```")) {
        inCode = !inCode;
      }
      if (inCode || !cells(l).equals(cells(header))) {
        continue;
      }
      List<List<String>> rows = new ArrayList<>();
      int j = i + 1;
      if (j < lines.size() && lines.get(j).trim().startsWith("|---")) {
        j++;
      }
      while (j < lines.size() && lines.get(j).trim().startsWith("|")) {
        rows.add(cells(lines.get(j)));
        j++;
      }
      out.add(new Table(i + 1, rows));
      i = j - 1;
    }
    return out;
  }

  /** The body rows of every table with this header, in order. */
  List<List<String>> tableRows(String header) {
    List<List<String>> rows = new ArrayList<>();
    for (Table t : tables(header)) {
      rows.addAll(t.rows());
    }
    return rows;
  }

  /** The cells of a table row; pipes inside backticks do not split. */
  static List<String> cells(String row) {
    String r = row.trim();
    if (!r.startsWith("|")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean code = false;
    for (int i = 1; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '`') {
        code = !code;
      }
      if (c == '|' && !code) {
        out.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return out;
  }

  /** The text between the heading line {@code heading} and the next heading of the same or higher level. */
  String section(String heading) {
    int level = heading.indexOf(' ');
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new IllegalStateException(name + ": no heading " + heading);
    }
    StringBuilder sb = new StringBuilder();
    boolean inCode = false;
    for (int i = start + 1; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("```")) {
        inCode = !inCode;
      }
      if (!inCode && l.startsWith("#")) {
        int h = l.indexOf(' ');
        if (h > 0 && h <= level && l.substring(0, h).chars().allMatch(ch -> ch == '#')) {
          break;
        }
      }
      sb.append(l).append('\n');
    }
    return sb.toString();
  }

  private static Path findRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isRegularFile(p.resolve("config/veil.yaml"))) {
        return p;
      }
    }
    throw new IllegalStateException("run the tests from inside the repository");
  }
}
