package dev.veil.restore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes altered forms of one vault's placeholders: {@code <Person 1>}, {@code PERSON_1},
 * {@code [PERSON_1]}, {@code <person_1>}. A match is only a candidate; {@link #canonical} gives
 * the exact token to look up, so only forms of tokens this request issued ever count.
 *
 * <p>Belongs to one exchange (the pattern is compiled lazily, without locking); matchers are
 * created per use.
 */
final class MangledForms {

  private final String regex;
  private Pattern pattern; // compiled on first use: most answers never need it
  private final boolean[] firstLetters = new boolean[26];

  private MangledForms(String regex, Collection<String> entities) {
    this.regex = regex;
    for (String e : entities) {
      char c = Character.toLowerCase(e.charAt(0));
      if (c >= 'a' && c <= 'z') {
        firstLetters[c - 'a'] = true;
      }
    }
  }

  /** The forms of these tokens, or null when no token has the {@code <ENTITY_suffix>} shape. */
  static MangledForms of(Collection<String> tokens) {
    Set<String> distinct = new HashSet<>();
    for (String t : tokens) {
      int u = t.lastIndexOf('_');
      if (t.length() > 3 && t.charAt(0) == '<' && t.charAt(t.length() - 1) == '>' && u > 1
          && isEntity(t, 1, u)) {
        distinct.add(t.substring(1, u));
      }
    }
    if (distinct.isEmpty()) {
      return null;
    }
    List<String> entities = new ArrayList<>(distinct);
    // longest first, so EMAIL_ADDRESS is tried before a shorter EMAIL
    entities.sort(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    StringBuilder alt = new StringBuilder();
    for (String e : entities) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      alt.append(e.replace("_", "[ _]"));
    }
    return new MangledForms("(?:([<\\[])|(?<![A-Za-z0-9_]))(" + alt
        + ")[ _]([A-Za-z0-9]+)(?:([>\\]])|(?![A-Za-z0-9_]))", entities);
  }

  /** ENTITY shape: [A-Z][A-Z0-9_]* over {@code s[from, to)}. */
  private static boolean isEntity(String s, int from, int to) {
    if (to <= from || s.charAt(from) < 'A' || s.charAt(from) > 'Z') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  Matcher matcher(CharSequence text) {
    if (pattern == null) {
      pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }

  /** True when a form could start at {@code p}: a bracket, or an entity's first letter at a word start. */
  boolean couldStartAt(CharSequence s, int p) {
    char c = s.charAt(p);
    if (c == '<' || c == '[') {
      return true;
    }
    char lower = (char) (c | 0x20);
    if (lower < 'a' || lower > 'z' || !firstLetters[lower - 'a']) {
      return false;
    }
    return p == 0 || !isWordChar(s.charAt(p - 1));
  }

  /** The exact token the current match stands for. */
  static String canonical(Matcher m) {
    return "<" + m.group(2).toUpperCase(Locale.ROOT).replace(' ', '_') + "_"
        + m.group(3).toLowerCase(Locale.ROOT) + ">";
  }

  /** True when the current match has a closing bracket (so more text cannot extend it). */
  static boolean closed(Matcher m) {
    return m.group(4) != null;
  }

  static boolean isWordChar(char c) {
    return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }
}
