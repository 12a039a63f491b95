package dev.veil.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the {@code redaction:} section for values that bind but cannot work: scores outside
 * [0, 1], restore on an action that cannot restore, bad mask options, rules without a name,
 * entity or matcher, patterns that RE2 rejects, a short key. Each failure is a
 * {@link ConfigException} naming the key path; patterns, terms and the key are never quoted.
 * Rule examples are checked later, when the pipeline compiles the rules with the detectors.
 */
final class RedactionValidator {
  static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final java.util.regex.Pattern RULE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  /** The shortest accepted HMAC key, in bytes: shorter keys make tokens guessable. */
  static final int MIN_KEY_BYTES = 16;

  static void validate(RedactionConfig r) {
    if (!r.key().isEmpty() && r.key().getBytes(StandardCharsets.UTF_8).length < MIN_KEY_BYTES) {
      throw new ConfigException("redaction.key", "must be at least " + MIN_KEY_BYTES + " bytes (or empty for a per-process key)");
    }
    score("redaction.min_score", r.minScore());
    for (Map.Entry<String, RedactionConfig.EntityPolicy> e : r.entities().entrySet()) {
      entityPolicy("redaction.entities." + e.getKey(), e.getKey(), e.getValue());
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < r.rules().size(); i++) {
      String path = "redaction.rules[" + i + "]";
      RedactionConfig.Rule rule = r.rules().get(i);
      if (rule == null) {
        throw new ConfigException(path, "is empty");
      }
      rule(path, rule);
      if (!names.add(rule.name())) {
        throw new ConfigException(path + ".name", "duplicate rule name " + rule.name());
      }
    }
    phoneRegions(r.phoneRegions());
    strings("redaction.allow.terms", r.allow().terms());
    for (int i = 0; i < r.allow().patterns().size(); i++) {
      pattern("redaction.allow.patterns[" + i + "]", r.allow().patterns().get(i), false);
    }
  }

  private static void phoneRegions(List<String> regions) {
    if (regions.isEmpty()) {
      throw new ConfigException("redaction.phone_regions", "must name at least one region (numbers with a +country code"
          + " are found whatever it says)");
    }
    Set<String> supported = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance().getSupportedRegions();
    for (int i = 0; i < regions.size(); i++) {
      String region = regions.get(i);
      if (region == null || !supported.contains(region)) {
        throw new ConfigException("redaction.phone_regions[" + i + "]",
            "is not a region libphonenumber knows (use ISO 3166 alpha-2 codes in upper case, e.g. US, GB, DE)");
      }
    }
  }

  private static void entityPolicy(String path, String entity, RedactionConfig.EntityPolicy p) {
    if (!ENTITY.matcher(entity).matches()) {
      throw new ConfigException(path, "entity names are upper case letters, digits and _");
    }
    if (p == null) {
      throw new ConfigException(path, "is empty");
    }
    if (p.minScore() != null) {
      score(path + ".min_score", p.minScore());
    }
    if (Boolean.TRUE.equals(p.restore()) && (p.action() == null || !p.action().reversible())) {
      throw new ConfigException(path + ".restore", "only pseudonym and placeholder can restore");
    }
    if (p.mask() != null) {
      if (p.action() != RedactionConfig.ActionName.MASK) {
        throw new ConfigException(path + ".mask", "only goes with action: mask");
      }
      mask(path + ".mask", p.mask());
    }
  }

  /** Checks mask options at {@code path}: keep_last 0-64, one printable char other than " \ < >. */
  static void mask(String path, RedactionConfig.MaskOptions mask) {
    if (mask.keepLast() < 0 || mask.keepLast() > 64) {
      throw new ConfigException(path + ".keep_last", "must be 0-64");
    }
    String c = mask.character();
    if (c.length() != 1 || c.charAt(0) < 0x20 || "\"\\<>".indexOf(c.charAt(0)) >= 0) {
      throw new ConfigException(path + ".char", "must be one printable character other than \" \\ < >");
    }
  }

  private static void rule(String path, RedactionConfig.Rule rule) {
    if (rule.name() == null || !RULE_NAME.matcher(rule.name()).matches()) {
      throw new ConfigException(path + ".name", "is required: letters, digits, _ . - (up to 64)");
    }
    if (rule.entity() == null || !ENTITY.matcher(rule.entity()).matches()) {
      throw new ConfigException(path + ".entity", "is required: upper case letters, digits and _");
    }
    boolean hasPattern = rule.pattern() != null;
    boolean hasTerms = rule.terms() != null;
    if (hasPattern == hasTerms) {
      throw new ConfigException(path, "needs exactly one of pattern or terms");
    }
    if (hasPattern) {
      pattern(path + ".pattern", rule.pattern(), rule.ignoreCase());
    } else {
      if (rule.terms().isEmpty()) {
        throw new ConfigException(path + ".terms", "must not be empty");
      }
      strings(path + ".terms", rule.terms());
    }
    score(path + ".score", rule.score());
    score(path + ".context_boost", rule.contextBoost());
    strings(path + ".context", rule.context());
    strings(path + ".examples.redact", rule.examples().redact());
    strings(path + ".examples.keep", rule.examples().keep());
  }

  private static void pattern(String path, String regex, boolean ignoreCase) {
    if (regex == null || regex.isEmpty()) {
      throw new ConfigException(path, "must not be empty");
    }
    Pattern compiled;
    try {
      compiled = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    } catch (PatternSyntaxException e) {
      throw new ConfigException(path, "not a valid RE2 pattern (" + e.getDescription() + ")");
    }
    if (compiled.matches("")) {
      throw new ConfigException(path, "matches the empty string");
    }
  }

  private static void strings(String path, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null || values.get(i).isBlank()) {
        throw new ConfigException(path + "[" + i + "]", "must not be empty");
      }
    }
  }

  private static void score(String path, double score) {
    if (!(score >= 0 && score <= 1)) {
      throw new ConfigException(path, "must be between 0 and 1");
    }
  }

  private RedactionValidator() {}
}
