package dev.veil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VeilCommandTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Map<String, String> env, String... args) {
    return Veil.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void checkConfigAcceptsTheShippedFile() {
    assertEquals(0, run(Map.of(), "--check-config", "config/veil.yaml"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("config OK"));
  }

  @Test
  void checkConfigRejectsABadFileWithOneLineNamingTheKey(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "server:\n  port: -1\n");
    assertEquals(1, run(Map.of(), "--check-config", bad.toString()));
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, e.lines().count(), e);
    assertTrue(e.contains("server.port: must be 0-65535"), e);
  }

  @Test
  void unknownArgumentsAreRefused() {
    assertEquals(2, run(Map.of(), "--frobnicate"));
  }
}
