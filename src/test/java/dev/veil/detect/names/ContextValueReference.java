package dev.veil.detect.names;

import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test oracle: {@link ContextValueDetector} as it was before it looked only near digits, on
 * {@link KeywordsReference}, kept unchanged so differential tests can compare.
 *
 * <p>Finds a value that only counts as personal data next to a context keyword: after each
 * keyword (whole word), the first match of {@code value} that starts within {@code reach}
 * characters, on the same line, with only labels and punctuation in between ("Passport No.:",
 * "MRN #", "born on"). The span covers the value only. Pure and thread-safe.
 */
final class ContextValueReference implements Detector {
  private final String name;
  private final String entity;
  private final KeywordsReference keywords;
  private final Pattern value;
  private final int reach;
  private final double score;
  private final java.util.function.Predicate<String> check;

  ContextValueReference(String name, String entity, KeywordsReference keywords, Pattern value,
      int reach, double score, java.util.function.Predicate<String> check) {
    this.name = name;
    this.entity = entity;
    this.keywords = keywords;
    this.value = value;
    this.reach = reach;
    this.score = score;
    this.check = check;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    int[] ends = keywords.ends(text);
    int done = 0;
    for (int kwEnd : ends) {
      if (kwEnd < done) {
        continue;
      }
      int lineEnd = text.indexOf('\n', kwEnd);
      int limit = Math.min(lineEnd < 0 ? text.length() : lineEnd, kwEnd + reach + 40);
      Matcher m = value.matcher(text).region(kwEnd, limit);
      while (m.find()) {
        if (m.start() - kwEnd > reach || !gapOk(text, kwEnd, m.start())) {
          break;
        }
        if (check.test(m.group())) {
          out.add(new Span(entity, m.start(), m.end(), score, name));
          done = m.end();
          break;
        }
      }
    }
    return out;
  }

  /** Between keyword and value: labels and punctuation only, no sentence end. */
  private static boolean gapOk(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && i + 1 < to && text.charAt(i + 1) == ' '
          && i > from + 3) {
        return false;
      }
    }
    return true;
  }
}
