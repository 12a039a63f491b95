package dev.veil.ship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Kubernetes manifests under docker/k8s, one {@link Doc} per YAML document. */
record Manifests(List<Doc> docs) {
  static final String DIR = "docker/k8s";
  static final ObjectMapper YAML = new YAMLMapper();

  /** One YAML document of {@code file} (its name inside docker/k8s), at position {@code index}. */
  record Doc(String file, int index, JsonNode node) {
    String kind() {
      return node.path("kind").asText();
    }

    String name() {
      return node.path("metadata").path("name").asText();
    }

    @Override
    public String toString() {
      return file + "#" + index + " " + kind() + "/" + name();
    }
  }

  static Manifests load() {
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Repo.path(DIR))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
          int index = 0;
          while (it.hasNextValue()) {
            JsonNode node = it.nextValue();
            if (node != null && !node.isNull() && !node.isMissingNode()) {
              docs.add(new Doc(file.getFileName().toString(), index, node));
            }
            index++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Manifests(List.copyOf(docs));
  }

  /** The Kubernetes objects: every document except the kustomization. */
  List<Doc> objects() {
    return docs.stream().filter(d -> !d.kind().equals("Kustomization")).toList();
  }

  List<Doc> ofKind(String kind) {
    return docs.stream().filter(d -> d.kind().equals(kind)).toList();
  }

  /** The only object of {@code kind}; fails if there is none or more than one. */
  JsonNode one(String kind) {
    List<Doc> found = ofKind(kind);
    if (found.size() != 1) {
      throw new AssertionError("expected one " + kind + " in " + DIR + ", found " + found.size());
    }
    return found.get(0).node();
  }
}
