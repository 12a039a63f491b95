package dev.veil.detect.names;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-labelled evaluation set in the block format of {@code person-set.txt}: {@code === kind},
 * text lines, then {@code + } items to redact and {@code - } look-alikes to keep.
 */
record LabelledSet(List<Case> cases) {

  record Case(String kind, String text, List<String> pii, List<String> keep) {}

  static LabelledSet load(String resource) throws IOException {
    String all;
    try (InputStream in = LabelledSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing " + resource);
      }
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> out = new ArrayList<>();
    String kind = null;
    StringBuilder text = new StringBuilder();
    List<String> pii = new ArrayList<>();
    List<String> keep = new ArrayList<>();
    for (String line : (all + "\n=== end\n").split("\n", -1)) {
      if (line.startsWith("#") && kind == null) {
        continue;
      }
      if (line.startsWith("=== ")) {
        if (kind != null) {
          out.add(new Case(kind, text.toString().strip(), List.copyOf(pii), List.copyOf(keep)));
        }
        kind = line.substring(4).trim();
        text.setLength(0);
        pii.clear();
        keep.clear();
      } else if (line.startsWith("+ ")) {
        pii.addAll(items(line));
      } else if (line.startsWith("- ")) {
        keep.addAll(items(line));
      } else if (kind != null) {
        text.append(line).append('\n');
      }
    }
    return new LabelledSet(List.copyOf(out));
  }

  private static List<String> items(String line) {
    return Arrays.stream(line.substring(2).split(" ; ")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList();
  }
}
