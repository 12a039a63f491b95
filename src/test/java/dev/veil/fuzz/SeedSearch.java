package dev.veil.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Looks for seeded secrets in a forwarded body everywhere a reader could find them: the raw
 * bytes, every decoded string and key, JSON held in strings (decoded again, to any depth), and
 * strings with JSON escapes undone by hand (for JSON-like text that does not parse).
 */
final class SeedSearch {
  private static final JsonFactory FACTORY = new JsonFactory();

  private SeedSearch() {}

  /** Each seed whose secret shows in {@code body}, with where it first shows, e.g. {@code "decoded(level 0)"}. */
  static Map<Pii.Seed, String> leaks(byte[] body, Collection<Pii.Seed> seeds) {
    Map<Pii.Seed, String> found = new LinkedHashMap<>();
    if (seeds.isEmpty()) {
      return found;
    }
    in("raw", new String(body, StandardCharsets.UTF_8), seeds, found);
    try (JsonParser p = FACTORY.createParser(body)) {
      strings(p, seeds, 0, found);
    } catch (IOException e) {
      // not JSON: the validity check reports it
    }
    return found;
  }

  private static void strings(JsonParser p, Collection<Pii.Seed> seeds, int level, Map<Pii.Seed, String> found)
      throws IOException {
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      if (t != JsonToken.VALUE_STRING && t != JsonToken.FIELD_NAME) {
        continue;
      }
      String s = p.getText();
      in("decoded(level " + level + ")", s, seeds, found);
      if (s.indexOf('\\') >= 0) {
        in("unescaped(level " + level + ")", unescape(s), seeds, found);
      }
      if (level < 4 && looksLikeJson(s)) {
        try (JsonParser inner = FACTORY.createParser(s)) {
          strings(inner, seeds, level + 1, found);
        } catch (IOException notJson) {
          // scanned as text by Veil; the decoded and unescaped checks above covered it
        }
      }
    }
  }

  private static boolean looksLikeJson(String s) {
    String t = s.strip();
    return !t.isEmpty() && (t.charAt(0) == '{' || t.charAt(0) == '[' || t.charAt(0) == '"');
  }

  private static void in(String where, String text, Collection<Pii.Seed> seeds, Map<Pii.Seed, String> found) {
    for (Pii.Seed s : seeds) {
      if (!found.containsKey(s) && text.contains(s.secret())) {
        found.put(s, where);
      }
    }
  }

  /** JSON string escapes undone, leniently: what a model reading the text would see. */
  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          if (isHex(s, i + 1)) {
            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          } else {
            sb.append("\\u");
          }
        }
        default -> sb.append(e); // \" \\ \/ and anything else
      }
    }
    return sb.toString();
  }

  private static boolean isHex(String s, int from) {
    if (from + 4 > s.length()) {
      return false;
    }
    for (int i = from; i < from + 4; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
