package dev.veil.detect.builtin;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values of credential keys ({@link SecretKeys}): {@code password=...}, {@code passwd: ...},
 * {@code "password": "..."}, {@code api_key => '...'}, {@code ?access_token=...}. Only the value
 * is covered. Quoted values are taken as they are; bare values must not look like code (a
 * variable, a call, a template {@code ${X}}) or, after a colon in prose, like a plain word.
 * Values in a URL query are {@code URL_CREDENTIALS}, others {@code SECRET}; both score
 * {@link Scores#FORMAT}.
 */
final class KeyValueSecretRule implements TextRule {
  private static final int MAX_KEY = 64;
  private static final int MAX_VALUE = 512;
  private static final Set<String> PLACEHOLDERS = Set.of("null", "none", "nil", "true", "false",
      "undefined", "empty", "redacted", "hidden", "masked", "required", "optional", "string", "str",
      "int", "bool", "any", "password", "secret", "token", "your_password", "your-password",
      "your_token", "your_api_key", "example", "placeholder", "<redacted>", "changeit");

  @Override
  public void find(String text, List<Span> out) {
    int n = text.length();
    int nextColon = text.indexOf(':');
    int nextEquals = text.indexOf('=');
    while (nextColon >= 0 || nextEquals >= 0) {
      int p;
      if (nextEquals < 0 || (nextColon >= 0 && nextColon < nextEquals)) {
        p = nextColon;
        nextColon = text.indexOf(':', p + 1);
      } else {
        p = nextEquals;
        nextEquals = text.indexOf('=', p + 1);
      }
      char c = text.charAt(p);
      int sepEnd = p + 1;
      if (c == '=') {
        if (sepEnd < n && text.charAt(sepEnd) == '>') {
          sepEnd++;
        } else if ((sepEnd < n && text.charAt(sepEnd) == '=')
            || (p > 0 && "=!<>".indexOf(text.charAt(p - 1)) >= 0)) {
          continue;
        }
      } else if ((sepEnd < n && (text.charAt(sepEnd) == ':' || text.charAt(sepEnd) == '/'))
          || (p > 0 && text.charAt(p - 1) == ':')) {
        continue;
      }
      match(text, p, sepEnd, out);
    }
  }

  private static void match(String text, int sep, int sepEnd, List<Span> out) {
    int q = sep;
    while (q > 0 && sep - q < 2 && text.charAt(q - 1) == ' ') {
      q--;
    }
    boolean spaced = q < sep;
    char keyQuote = q > 0 && (text.charAt(q - 1) == '"' || text.charAt(q - 1) == '\'') ? text.charAt(q - 1) : 0;
    int keyEnd = keyQuote != 0 ? q - 1 : q;
    int keyStart = keyEnd;
    while (keyStart > 0 && keyEnd - keyStart < MAX_KEY && isKeyChar(text.charAt(keyStart - 1))) {
      keyStart--;
    }
    if (keyEnd - keyStart < 2 || (keyQuote != 0 && (keyStart == 0 || text.charAt(keyStart - 1) != keyQuote))) {
      return;
    }
    int beforeAt = keyStart - (keyQuote != 0 ? 2 : 1);
    char before = beforeAt >= 0 ? text.charAt(beforeAt) : 0;
    boolean urlParam = keyQuote == 0 && (before == '?' || before == '&') && text.charAt(sep) == '=';
    String key = text.substring(keyStart, keyEnd);
    if (!(urlParam ? SecretKeys.isSecretParam(key) : SecretKeys.isSecret(key))) {
      return;
    }
    int v = sepEnd;
    while (v < text.length() && v - sepEnd < 3 && (text.charAt(v) == ' ' || text.charAt(v) == '\t')) {
      v++;
    }
    v = skipScheme(text, v);
    if (v >= text.length()) {
      return;
    }
    char quote = text.charAt(v);
    int start;
    int end;
    if (quote == '"' || quote == '\'' || quote == '`') {
      start = v + 1;
      end = start;
      while (end < text.length() && end - start <= MAX_VALUE && text.charAt(end) != quote
          && text.charAt(end) != '\n') {
        end++;
      }
      if (end >= text.length() || text.charAt(end) != quote) {
        return;
      }
    } else {
      start = v;
      end = bareEnd(text, start, urlParam);
      if (end < text.length() && text.charAt(end) == '(') {
        return; // a call: password = getpass()
      }
      String value = text.substring(start, end);
      if (text.charAt(sep) == '=' && spaced && !urlParam && looksLikeCode(value)) {
        return;
      }
      if (text.charAt(sep) == ':' && !atLineStart(text, keyStart - (keyQuote != 0 ? 1 : 0))
          && value.chars().allMatch(ch -> Glue.isLower((char) ch))) {
        return;
      }
    }
    if (end - start < 3 || placeholder(text.substring(start, end))) {
      return;
    }
    String entity = urlParam ? Entities.URL_CREDENTIALS : Entities.SECRET;
    out.add(new Span(entity, start, end, Scores.FORMAT, urlParam ? "url-token-param" : "secret-assignment"));
  }

  private static boolean isKeyChar(char c) {
    return Glue.isAsciiAlnum(c) || c == '_' || c == '-' || c == '.';
  }

  /** Skips an HTTP auth scheme word ("Bearer ", "Basic ", "Token "). */
  private static int skipScheme(String text, int v) {
    for (String scheme : new String[] {"bearer ", "basic ", "token "}) {
      if (text.regionMatches(true, v, scheme, 0, scheme.length())) {
        return v + scheme.length();
      }
    }
    return v;
  }

  private static int bareEnd(String text, int start, boolean urlParam) {
    int end = start;
    while (end < text.length() && end - start <= MAX_VALUE) {
      char c = text.charAt(end);
      if (Character.isWhitespace(c) || "\"'<>(){}[],;".indexOf(c) >= 0 || (urlParam && (c == '&' || c == '#'))) {
        break;
      }
      end++;
    }
    return end;
  }

  /** A bare identifier or dotted reference ({@code config.password}, {@code pw}) is code. */
  private static boolean looksLikeCode(String value) {
    return value.chars().allMatch(ch -> Glue.isAsciiAlnum((char) ch) && !Glue.isDigit((char) ch)
        || ch == '_' || ch == '.');
  }

  private static boolean atLineStart(String text, int i) {
    for (int k = i - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean placeholder(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return Checksums.allSame(v) || PLACEHOLDERS.contains(v) || v.startsWith("${")
        || v.startsWith("{{") || v.startsWith("$") || v.startsWith("%(") || v.startsWith("<")
        || v.startsWith("process.env") || v.startsWith("os.environ");
  }
}
