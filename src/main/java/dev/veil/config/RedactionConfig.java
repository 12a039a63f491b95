package dev.veil.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The redaction policy: what counts as an entity beyond the built-in detectors (custom rules),
 * what is never redacted (allow-list), and what happens to each entity type (action).
 * Bound from the {@code redaction:} section of veil.yaml; {@link RedactionValidator} checks the
 * structure at load, and the pipeline checks each rule's examples when it compiles the rules.
 *
 * @param enabled whether request content is scanned at all
 * @param mode {@code enforce} rewrites requests; {@code dry_run} forwards them unchanged and only
 *     counts what would have been done
 * @param key HMAC key for pseudonyms and hashes; empty means a random key per process (tokens
 *     are then not stable across restarts or replicas)
 * @param defaultAction the action of an entity type with no entry in {@code entities}
 * @param minScore findings scoring below this are dropped (per-entity {@code min_score} wins)
 * @param entities per-entity-type policy, keyed by entity name (e.g. {@code PERSON})
 * @param rules custom rules: a regex ({@code pattern}) or a term list ({@code terms}) each
 * @param allow values never redacted, by exact term or by full-match pattern
 * @param media what to do with images, files and audio, which cannot be scanned
 * @param forceStoreFalse set {@code "store": false} on chat and responses requests
 * @param hashUserIds replace {@code user}, {@code safety_identifier} and {@code prompt_cache_key}
 *     values with a keyed hash
 * @param restoreTolerant also restore altered forms of issued placeholders in answers
 *     ({@code <Person 1>}, {@code PERSON_1}, {@code [PERSON_1]}); when false (the default) only
 *     exact tokens are restored and altered ones are only counted
 * @param phoneRegions ISO 3166 regions whose national phone formats are recognised (numbers
 *     written with a {@code +} or {@code 00} country code are recognised in any case)
 */
public record RedactionConfig(
    Boolean enabled,
    Mode mode,
    String key,
    ActionName defaultAction,
    Double minScore,
    Map<String, EntityPolicy> entities,
    List<Rule> rules,
    Allow allow,
    Media media,
    Boolean forceStoreFalse,
    Boolean hashUserIds,
    Boolean restoreTolerant,
    List<String> phoneRegions) {

  /** Regions recognised by default: North America, the larger EU markets, UK, IN, BR, JP, CN, IL, AU, MX. */
  public static final List<String> DEFAULT_PHONE_REGIONS = List.of("US", "CA", "GB", "DE", "FR",
      "ES", "IT", "NL", "IN", "BR", "JP", "CN", "IL", "AU", "MX");

  public RedactionConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    mode = mode == null ? Mode.ENFORCE : mode;
    key = key == null ? "" : key;
    defaultAction = defaultAction == null ? ActionName.PSEUDONYM : defaultAction;
    minScore = minScore == null ? 0.5 : minScore;
    entities = entities == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    rules = rules == null ? List.of() : List.copyOf(rules);
    allow = allow == null ? new Allow(null, null) : allow;
    media = media == null ? new Media(null, null, null) : media;
    forceStoreFalse = forceStoreFalse == null ? Boolean.FALSE : forceStoreFalse;
    hashUserIds = hashUserIds == null ? Boolean.TRUE : hashUserIds;
    restoreTolerant = restoreTolerant == null ? Boolean.FALSE : restoreTolerant;
    phoneRegions = phoneRegions == null ? DEFAULT_PHONE_REGIONS : List.copyOf(phoneRegions);
  }

  /** All defaults: what an absent {@code redaction:} section means. */
  public static RedactionConfig defaults() {
    return new RedactionConfig(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  @Override
  public String toString() {
    return "RedactionConfig[enabled=" + enabled + ", mode=" + mode + ", keyConfigured=" + !key.isEmpty()
        + ", rules=" + rules.size() + ", entities=" + entities.keySet() + "]";
  }

  /** Whether requests are rewritten or only measured. */
  public enum Mode {
    @JsonProperty("enforce") ENFORCE,
    @JsonProperty("dry_run") DRY_RUN
  }

  /** The actions an entity type can get; see {@code dev.veil.redact.Action}. */
  public enum ActionName {
    @JsonProperty("pseudonym") PSEUDONYM,
    @JsonProperty("placeholder") PLACEHOLDER,
    @JsonProperty("mask") MASK,
    @JsonProperty("hash") HASH,
    @JsonProperty("redact") REDACT,
    @JsonProperty("block") BLOCK,
    @JsonProperty("keep") KEEP;

    /** Whether the answer can get the original back (the token is recorded in the vault). */
    public boolean reversible() {
      return this == PSEUDONYM || this == PLACEHOLDER;
    }
  }

  /** What happens to a kind of media that cannot be scanned. */
  public enum MediaAction {
    @JsonProperty("allow") ALLOW,
    @JsonProperty("strip") STRIP,
    @JsonProperty("block") BLOCK
  }

  /**
   * The policy of one entity type.
   *
   * @param action what replaces a finding (default: {@code redaction.default_action}, or
   *     {@code redact} for SECRET and URL_CREDENTIALS)
   * @param restore whether answers get the original back; only for pseudonym and placeholder
   *     (default true for those)
   * @param minScore threshold for this type (default {@code redaction.min_score})
   * @param mask options of the {@code mask} action
   */
  public record EntityPolicy(ActionName action, Boolean restore, Double minScore, MaskOptions mask) {}

  /**
   * How {@code mask} hides a value.
   *
   * @param keepLast how many trailing characters stay readable (default 4)
   * @param character the mask character (default {@code *})
   */
  public record MaskOptions(Integer keepLast, @JsonProperty("char") String character) {
    public MaskOptions {
      keepLast = keepLast == null ? 4 : keepLast;
      character = character == null ? "*" : character;
    }
  }

  /**
   * A custom rule: exactly one of {@code pattern} (RE2 syntax, linear time) or {@code terms}
   * (a deny-list matched all at once).
   *
   * @param name unique rule name, shown in findings
   * @param entity the entity type it reports, e.g. {@code EMPLOYEE_ID}
   * @param pattern an RE2 regular expression
   * @param terms literal terms
   * @param score score of a match (default 0.8)
   * @param ignoreCase case-insensitive matching (default: true for terms, false for patterns)
   * @param wholeWord a match must not touch a letter or digit on either side (default: true for
   *     terms, false for patterns)
   * @param context words that raise the score when found near a match (whole word, any case)
   * @param contextBoost how much {@code context} adds (default 0.3, capped at 1.0)
   * @param examples texts that must be redacted and texts that must be kept, checked at load
   */
  public record Rule(
      String name,
      String entity,
      String pattern,
      List<String> terms,
      Double score,
      Boolean ignoreCase,
      Boolean wholeWord,
      List<String> context,
      Double contextBoost,
      Examples examples) {
    public Rule {
      terms = terms == null ? null : List.copyOf(terms);
      score = score == null ? 0.8 : score;
      ignoreCase = ignoreCase == null ? pattern == null : ignoreCase;
      wholeWord = wholeWord == null ? pattern == null : wholeWord;
      context = context == null ? List.of() : List.copyOf(context);
      contextBoost = contextBoost == null ? 0.3 : contextBoost;
      examples = examples == null ? new Examples(null, null) : examples;
    }

    @Override
    public String toString() {
      return "Rule[" + name + "]";
    }
  }

  /**
   * Texts a rule must catch ({@code redact}) and must leave alone ({@code keep}).
   *
   * @param redact each must yield a finding of the rule's entity
   * @param keep none may yield a finding of the rule's entity
   */
  public record Examples(List<String> redact, List<String> keep) {
    public Examples {
      redact = redact == null ? List.of() : List.copyOf(redact);
      keep = keep == null ? List.of() : List.copyOf(keep);
    }
  }

  /**
   * Values that are never redacted, whatever found them.
   *
   * @param terms exact values (compared ignoring case and surrounding whitespace)
   * @param patterns RE2 patterns that must match the whole value
   */
  public record Allow(List<String> terms, List<String> patterns) {
    public Allow {
      terms = terms == null ? List.of() : List.copyOf(terms);
      patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }

    @Override
    public String toString() {
      return "Allow[" + terms.size() + " terms, " + patterns.size() + " patterns]";
    }
  }

  /**
   * Media Veil cannot scan.
   *
   * @param images {@code image_url}, {@code input_image}, {@code data:image/...} (default allow)
   * @param files {@code file_data}, {@code file_url}, {@code file} parts (default block)
   * @param audio {@code input_audio} parts (default block)
   */
  public record Media(MediaAction images, MediaAction files, MediaAction audio) {
    public Media {
      images = images == null ? MediaAction.ALLOW : images;
      files = files == null ? MediaAction.BLOCK : files;
      audio = audio == null ? MediaAction.BLOCK : audio;
    }
  }
}
