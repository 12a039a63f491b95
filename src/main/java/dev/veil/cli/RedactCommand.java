package dev.veil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.body.BodyException;
import dev.veil.body.Pipeline;
import dev.veil.body.RedactedBody;
import dev.veil.redact.Blocked;
import dev.veil.redact.Finding;
import dev.veil.redact.Redacted;
import dev.veil.redact.RedactionCounts;
import dev.veil.redact.Vault;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code veil redact}: reads a prompt or a request body on stdin and shows what Veil would send.
 * A JSON object is redacted as a {@code /chat/completions} body (or {@code --route}); anything
 * else as plain text. The redacted result goes to stdout, the findings table (entity, detector,
 * path, position, length, action) and counts to stderr, so stdout can be piped. Values appear
 * only with {@code --show-values}.
 *
 * <p>Exit status: 0 done, 1 body rejected, 2 usage, 3 blocked by policy.
 */
public final class RedactCommand {
  static final String USAGE = "usage: veil redact [--config FILE] [--route /chat/completions|/responses|...] [--show-values] < input";

  /** Runs the command; returns the exit status. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Pipeline pipeline) {
    String route = "/chat/completions";
    boolean showValues = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--show-values" -> showValues = true;
        case "--route", "--config" -> {
          if (i + 1 >= args.length) {
            err.println(USAGE);
            return 2;
          }
          String v = args[++i];
          if (args[i - 1].equals("--route")) {
            route = v.startsWith("/v1/") ? v.substring(3) : v.startsWith("/") ? v : "/" + v;
          }
        }
        case "redact" -> { }
        default -> {
          err.println(USAGE);
          return 2;
        }
      }
    }
    byte[] input;
    try {
      input = in.readAllBytes();
    } catch (IOException e) {
      err.println("cannot read stdin (" + e.getClass().getSimpleName() + ")");
      return 1;
    }
    try {
      if (looksLikeObject(input)) {
        try {
          RedactedBody result = pipeline.inspect(route, input, new Vault());
          out.println(new String(result.body(), StandardCharsets.UTF_8));
          table(err, result.findings(), result.counts(), showValues ? input : null, true);
          return 0;
        } catch (BodyException e) {
          if (!e.code().equals("invalid_json") && !e.code().equals("not_an_object")) {
            throw e;
          }
        }
      }
      String text = new String(input, StandardCharsets.UTF_8);
      Redacted result = pipeline.redactText(text, new Vault());
      out.print(result.text());
      if (!result.text().endsWith("\n")) {
        out.println();
      }
      table(err, result.findings(), result.counts(), showValues ? input : null, false);
      return 0;
    } catch (BodyException e) {
      err.println("rejected: " + e.code() + ": " + e.getMessage());
      return 1;
    } catch (Blocked e) {
      err.println("blocked by policy: " + String.join(", ", e.entities()));
      return 3;
    }
  }

  private static boolean looksLikeObject(byte[] input) {
    for (byte b : input) {
      if (b == '{') {
        return true;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return false;
  }

  private static void table(PrintStream err, List<Finding> findings, RedactionCounts counts, byte[] input, boolean json) {
    if (findings.isEmpty()) {
      err.println("no findings" + (counts.isEmpty() ? "" : " (" + counts.header() + ")"));
      return;
    }
    String format = "%-22s %-22s %-32s %7s %7s  %-11s%s%n";
    err.printf(format, "ENTITY", "DETECTOR", "PATH", "START", "LENGTH", "ACTION", input == null ? "" : "  VALUE");
    ObjectMapper mapper = new ObjectMapper();
    for (Finding f : findings) {
      String value = "";
      if (input != null) {
        String source = json ? stringAt(mapper, input, f.path()) : new String(input, StandardCharsets.UTF_8);
        value = source == null || f.end() > source.length() ? "  ?" : "  " + printable(source.substring(f.start(), f.end()));
      }
      err.printf(format, f.entity(), f.detector(), f.path().isEmpty() ? "-" : f.path(), f.start(), f.end() - f.start(), f.action(), value);
    }
    err.println("counts: " + counts.header());
  }

  /** The string at a finding's path: a JSON Pointer, with {@code #} and a pointer into JSON held in a string. */
  private static String stringAt(ObjectMapper mapper, byte[] input, String path) {
    try {
      int hash = path.indexOf('#');
      JsonNode node = mapper.readTree(input).at(hash < 0 ? path : path.substring(0, hash));
      if (hash >= 0 && node.isTextual()) {
        node = mapper.readTree(node.textValue()).at(path.substring(hash + 1));
      }
      return node.isTextual() ? node.textValue() : null;
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }

  private RedactCommand() {}
}
