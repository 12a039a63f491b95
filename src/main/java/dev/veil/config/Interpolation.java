package dev.veil.config;

import java.util.Map;

/**
 * Expands {@code ${VAR}} and {@code ${VAR:-default}} in config strings from the environment.
 * {@code $$} is a literal dollar. An unset variable without a default is an error naming the
 * key path and the variable (names are not secret; values are never quoted).
 */
final class Interpolation {
  private final Map<String, String> env;

  Interpolation(Map<String, String> env) {
    this.env = env;
  }

  String expand(String path, String text) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
          throw new ConfigException(path, "unclosed ${ in value");
        }
        String expr = text.substring(i + 2, close);
        int sep = expr.indexOf(":-");
        String name = sep < 0 ? expr : expr.substring(0, sep);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          throw new ConfigException(path, "bad variable name in ${...}");
        }
        String value = env.get(name);
        if (value == null || (sep >= 0 && value.isEmpty())) {
          if (sep < 0) {
            throw new ConfigException(path, "environment variable " + name + " is not set");
          }
          value = expr.substring(sep + 2);
        }
        out.append(value);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
