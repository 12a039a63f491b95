package dev.veil.redact;

import dev.veil.config.RedactionConfig;
import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * All term (deny-list) rules in one detector: the terms of every rule go into at most two
 * automata (case-sensitive and case-insensitive), so a string is read once or twice whatever
 * the number of terms or rules. Each span names the rule whose term matched.
 */
final class DictionaryRules implements Detector {

  private record Term(RedactionConfig.Rule rule, Context context) {}

  private final AhoCorasick exact;
  private final Term[] exactTerms;
  private final AhoCorasick folded;
  private final Term[] foldedTerms;

  DictionaryRules(List<RedactionConfig.Rule> rules) {
    List<String> exactWords = new ArrayList<>();
    List<Term> exactOwners = new ArrayList<>();
    List<String> foldedWords = new ArrayList<>();
    List<Term> foldedOwners = new ArrayList<>();
    for (RedactionConfig.Rule rule : rules) {
      Term owner = new Term(rule, new Context(rule.context(), rule.contextBoost()));
      for (String term : rule.terms()) {
        String t = term.strip();
        (rule.ignoreCase() ? foldedWords : exactWords).add(t);
        (rule.ignoreCase() ? foldedOwners : exactOwners).add(owner);
      }
    }
    exact = exactWords.isEmpty() ? null : new AhoCorasick(exactWords, false);
    exactTerms = exactOwners.toArray(Term[]::new);
    folded = foldedWords.isEmpty() ? null : new AhoCorasick(foldedWords, true);
    foldedTerms = foldedOwners.toArray(Term[]::new);
  }

  @Override
  public String name() {
    return "dictionary";
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> spans = new ArrayList<>(0);
    if (exact != null) {
      exact.search(text, (t, start, end) -> add(text, exactTerms[t], start, end, spans));
    }
    if (folded != null) {
      folded.search(text, (t, start, end) -> add(text, foldedTerms[t], start, end, spans));
    }
    return spans;
  }

  private static void add(String text, Term term, int start, int end, List<Span> spans) {
    RedactionConfig.Rule rule = term.rule();
    if (rule.wholeWord() && !Bounds.wholeWord(text, start, end)) {
      return;
    }
    spans.add(new Span(rule.entity(), start, end, term.context().score(text, start, end, rule.score()), rule.name()));
  }
}
