package dev.veil.redact;

import com.google.re2j.Pattern;
import dev.veil.config.ConfigException;
import dev.veil.config.RedactionConfig;
import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Redacts strings: runs every detector (built-in and custom rules), drops findings below their
 * entity's minimum score and allow-listed values, resolves overlaps (higher score, then longer
 * wins), and replaces each finding per {@link Policy}, filling the request's {@link Vault} for
 * reversible actions.
 *
 * <p>{@link #redact(String, Vault)} does all of it for one string. A request with many strings
 * uses the steps: {@link #find} per string, {@link #propagateNames} across them,
 * {@link #blocked} over all of them, then {@link #apply} per string with one
 * {@link #scope(Vault)}. Thread-safe; per-request state lives in the scope.
 */
public final class Redactor {
  private final Policy policy;
  private final List<Detector> detectors;
  private final AllowList allow;
  private final Tokens tokens;

  /**
   * Compiles the custom rules of {@code cfg} and checks their examples.
   *
   * @throws ConfigException naming the rule path when an example fails
   */
  public Redactor(RedactionConfig cfg, List<Detector> builtins) {
    this(cfg, builtins, ProcessKey.of(cfg.key()), 8);
  }

  Redactor(RedactionConfig cfg, List<Detector> builtins, byte[] key, int pseudonymHex) {
    this.policy = Policy.from(cfg);
    this.allow = new AllowList(cfg.allow());
    this.tokens = new Tokens(key, pseudonymHex);
    List<Detector> all = new ArrayList<>(builtins);
    List<RedactionConfig.Rule> termRules = new ArrayList<>();
    for (RedactionConfig.Rule rule : cfg.rules()) {
      if (rule.pattern() != null) {
        Pattern p = Pattern.compile(rule.pattern(), rule.ignoreCase() ? Pattern.CASE_INSENSITIVE : 0);
        all.add(new RegexRule(rule.name(), rule.entity(), p, rule.score(), rule.wholeWord(),
            new Context(rule.context(), rule.contextBoost())));
      } else {
        termRules.add(rule);
      }
    }
    if (!termRules.isEmpty()) {
      all.add(new DictionaryRules(termRules));
    }
    this.detectors = List.copyOf(all);
    checkExamples(cfg.rules());
  }

  public Policy policy() {
    return policy;
  }

  /** Fresh per-request state writing into {@code vault}. */
  public RedactionScope scope(Vault vault) {
    return new RedactionScope(vault, tokens);
  }

  /**
   * The findings to act on in {@code text}: non-overlapping, sorted by start.
   *
   * @throws DetectorFailed when a detector throws or returns a span outside the text
   */
  public List<Span> find(String text) {
    return Overlaps.resolve(candidates(text));
  }

  /** Adds propagated PERSON mentions across all strings of one request (see {@link Names}). */
  public List<List<Span>> propagateNames(List<String> texts, List<List<Span>> found) {
    return Names.propagate(texts, found);
  }

  /** The entity types among {@code spans} whose action is block. */
  public Set<String> blocked(List<Span> spans) {
    Set<String> types = null;
    for (Span s : spans) {
      if (policy.action(s.entity()) instanceof Action.Block) {
        if (types == null) {
          types = new TreeSet<>();
        }
        types.add(s.entity());
      }
    }
    return types == null ? Set.of() : types;
  }

  /**
   * Counts {@code spans} (from {@link #find}) and replaces them in {@code text}; in dry-run mode
   * only counts.
   *
   * @throws Blocked when a span's action is block (call {@link #blocked} first to name all types)
   */
  public String apply(String text, List<Span> spans, RedactionScope scope) {
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = policy.dryRun() ? null : new StringBuilder(text.length() + 16 * spans.size());
    int at = 0;
    for (Span s : spans) {
      if (s.start() < at || s.end() > text.length()) {
        throw new IllegalArgumentException("spans overlap or leave the text at " + s.start() + ".." + s.end());
      }
      Action action = policy.action(s.entity());
      scope.count(s.entity(), action);
      if (out != null) {
        out.append(text, at, s.start()).append(scope.replacement(s.entity(), action, text.substring(s.start(), s.end())));
      }
      at = s.end();
    }
    return out == null ? text : out.append(text, at, text.length()).toString();
  }

  /** One string, start to end: find, propagate names within it, check blocks, apply. */
  public Redacted redact(String text, Vault vault) {
    List<Span> spans = propagateNames(List.of(text), List.of(find(text))).get(0);
    Set<String> blocked = blocked(spans);
    if (!blocked.isEmpty() && !policy.dryRun()) {
      throw new Blocked(blocked);
    }
    RedactionScope scope = scope(vault);
    String out = apply(text, spans, scope);
    return new Redacted(out, scope.counts(), findings("", spans));
  }

  /** The operator's view of {@code spans} found in the string at {@code path}. */
  public List<Finding> findings(String path, List<Span> spans) {
    List<Finding> list = new ArrayList<>(spans.size());
    for (Span s : spans) {
      list.add(new Finding(path, s.start(), s.end(), s.entity(), s.detector(), policy.action(s.entity()).name()));
    }
    return list;
  }

  private List<Span> candidates(String text) {
    List<Span> kept = new ArrayList<>();
    for (Detector d : detectors) {
      List<Span> spans;
      try {
        spans = d.detect(text);
      } catch (RuntimeException | StackOverflowError e) {
        throw new DetectorFailed(d.name(), "threw " + e.getClass().getSimpleName());
      }
      if (spans == null) {
        throw new DetectorFailed(d.name(), "returned null");
      }
      for (Span s : spans) {
        if (s.end() > text.length()) {
          throw new DetectorFailed(d.name(), "returned a span outside the text");
        }
        if (s.score() < policy.minScore(s.entity())) {
          continue;
        }
        if (!allow.isEmpty() && allow.allows(text.substring(s.start(), s.end()))) {
          continue;
        }
        kept.add(s);
      }
    }
    return kept;
  }

  private void checkExamples(List<RedactionConfig.Rule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      RedactionConfig.Rule rule = rules.get(i);
      String path = "redaction.rules[" + i + "].examples";
      List<String> redact = rule.examples().redact();
      for (int j = 0; j < redact.size(); j++) {
        if (candidates(redact.get(j)).stream().noneMatch(s -> s.detector().equals(rule.name()))) {
          throw new ConfigException(path + ".redact[" + j + "]",
              "rule " + rule.name() + " does not find it (check pattern, score, min_score and allow-list)");
        }
      }
      List<String> keep = rule.examples().keep();
      for (int j = 0; j < keep.size(); j++) {
        if (find(keep.get(j)).stream().anyMatch(s -> s.entity().equals(rule.entity()))) {
          throw new ConfigException(path + ".keep[" + j + "]", "is found as " + rule.entity() + " but must be kept");
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Redactor[" + detectors.size() + " detectors]";
  }
}
