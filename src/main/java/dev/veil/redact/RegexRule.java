package dev.veil.redact;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A custom regex rule on RE2/J: matching is linear in the text, so no user pattern can stall a
 * request. Empty matches are skipped; {@code whole_word} drops matches glued to a letter or digit.
 */
final class RegexRule implements Detector {
  private final String name;
  private final String entity;
  private final Pattern pattern;
  private final double score;
  private final boolean wholeWord;
  private final Context context;

  RegexRule(String name, String entity, Pattern pattern, double score, boolean wholeWord, Context context) {
    this.name = name;
    this.entity = entity;
    this.pattern = pattern;
    this.score = score;
    this.wholeWord = wholeWord;
    this.context = context;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> spans = null;
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (end == start || (wholeWord && !Bounds.wholeWord(text, start, end))) {
        continue;
      }
      if (spans == null) {
        spans = new ArrayList<>();
      }
      spans.add(new Span(entity, start, end, context.score(text, start, end, score), name));
    }
    return spans == null ? List.of() : spans;
  }

  @Override
  public String toString() {
    return "RegexRule[" + name + "]";
  }
}
