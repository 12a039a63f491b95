package dev.veil.redact;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Carries a PERSON found once to its other mentions in every string of a request: the name as
 * found, and once a full name was seen, its capitalised given and family names on their own
 * (whole word, case as written), plus {@code first.last@}, {@code firstlast@},
 * {@code first_last@} and {@code first-last@} email local parts (any case) when no email
 * finding already covers them. Existing findings always win over propagated ones.
 */
final class Names {
  static final String DETECTOR = "name_propagation";
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mx");

  /** Returns {@code found} with propagated PERSON spans added; the lists are sorted by start. */
  static List<List<Span>> propagate(List<String> texts, List<List<Span>> found) {
    Map<String, Double> persons = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      for (Span s : found.get(i)) {
        if (s.entity().equals(Entities.PERSON)) {
          persons.merge(texts.get(i).substring(s.start(), s.end()), s.score(), Math::max);
        }
      }
    }
    if (persons.isEmpty()) {
      return found;
    }
    Map<String, Double> names = new LinkedHashMap<>();
    Map<String, Double> locals = new LinkedHashMap<>();
    persons.forEach((name, score) -> collect(name, score, names, locals));
    List<String> nameTerms = new ArrayList<>(names.keySet());
    List<String> localTerms = new ArrayList<>(locals.keySet());
    AhoCorasick nameMatcher = new AhoCorasick(nameTerms, false);
    AhoCorasick localMatcher = localTerms.isEmpty() ? null : new AhoCorasick(localTerms, true);
    // Terms end with their only '@' (else, from a name part holding one, search everywhere).
    boolean oneAt = localTerms.stream().allMatch(t -> t.indexOf('@') == t.length() - 1);
    int longestLocal = localTerms.stream().mapToInt(String::length).max().orElse(0);
    List<List<Span>> result = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      List<Span> candidates = new ArrayList<>(0);
      nameMatcher.search(text, (t, start, end) -> {
        if (Bounds.wholeWord(text, start, end)) {
          candidates.add(new Span(Entities.PERSON, start, end, names.get(nameTerms.get(t)), DETECTOR));
        }
      });
      if (localMatcher != null) {
        // An occurrence ends just after an '@' of the text: search only the term length before each.
        AhoCorasick.Sink local = (t, start, end) -> {
          if (start == 0 || !isLocalChar(text.charAt(start - 1))) {
            candidates.add(new Span(Entities.PERSON, start, end - 1, locals.get(localTerms.get(t)), DETECTOR));
          }
        };
        if (!oneAt) {
          localMatcher.search(text, local);
        } else {
          int from = 0;
          for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            localMatcher.search(text, Math.max(from, at + 1 - longestLocal), at + 1, local);
            from = at + 1;
          }
        }
      }
      result.add(candidates.isEmpty() ? found.get(i) : Overlaps.addAround(found.get(i), candidates));
    }
    return result;
  }

  private static void collect(String name, double score, Map<String, Double> names, Map<String, Double> locals) {
    String[] parts = name.strip().split("\\s+");
    List<String> words = new ArrayList<>();
    for (String p : parts) {
      String w = p.replaceAll("[.,;:]+$", "");
      if (w.length() >= 2 && !TITLES.contains(w.toLowerCase(Locale.ROOT))) {
        words.add(w);
      }
    }
    names.merge(name.strip(), score, Math::max);
    if (words.size() < 2) {
      return;
    }
    for (String w : words) {
      if (Character.isUpperCase(w.codePointAt(0))) {
        names.merge(w, score, Math::max);
      }
    }
    String first = words.get(0).toLowerCase(Locale.ROOT);
    String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    for (String sep : new String[] {".", "", "_", "-"}) {
      locals.merge(first + sep + last + "@", score, Math::max);
    }
  }

  private static boolean isLocalChar(char c) {
    return Character.isLetterOrDigit(c) || ".-_+%".indexOf(c) >= 0;
  }

  private Names() {}
}
