package dev.veil.redact;

import com.google.re2j.Pattern;
import dev.veil.config.RedactionConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values never redacted, whatever found them: exact terms (ignoring case and surrounding
 * whitespace) or RE2 patterns that match the whole value.
 */
final class AllowList {
  private final Set<String> terms = new HashSet<>();
  private final List<Pattern> patterns;

  AllowList(RedactionConfig.Allow allow) {
    for (String t : allow.terms()) {
      terms.add(t.strip().toLowerCase(Locale.ROOT));
    }
    patterns = allow.patterns().stream().map(Pattern::compile).toList();
  }

  boolean isEmpty() {
    return terms.isEmpty() && patterns.isEmpty();
  }

  boolean allows(String value) {
    if (!terms.isEmpty() && terms.contains(value.strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (Pattern p : patterns) {
      if (p.matches(value)) {
        return true;
      }
    }
    return false;
  }
}
