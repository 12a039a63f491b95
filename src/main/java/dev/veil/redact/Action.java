package dev.veil.redact;

/**
 * What replaces one finding of an entity type. Each action is a record checked when the policy
 * is built, so a request never meets a half-valid action.
 *
 * <p>Reversible actions ({@link Pseudonym}, {@link Placeholder}) record their token in the
 * request's {@link Vault}; {@code restore} says whether the answer gets the original back.
 */
public sealed interface Action {

  /** The action's YAML name, used in counts and findings. */
  String name();

  /** Whether the answer gets the original back for this action's tokens. */
  default boolean restore() {
    return false;
  }

  /**
   * {@code <ENTITY_xxxxxxxx>}: a keyed HMAC of the normalised value, so the same value gets the
   * same token in every request made with the same key.
   */
  record Pseudonym(boolean restore) implements Action {
    @Override
    public String name() {
      return "pseudonym";
    }
  }

  /** {@code <ENTITY_1>}: numbered per request, the same value gets the same number. */
  record Placeholder(boolean restore) implements Action {
    @Override
    public String name() {
      return "placeholder";
    }
  }

  /** Replaces every char but the last {@code keepLast} with {@code character}. */
  record Mask(int keepLast, char character) implements Action {
    public Mask {
      if (keepLast < 0) {
        throw new IllegalArgumentException("mask keep_last must not be negative");
      }
    }

    @Override
    public String name() {
      return "mask";
    }

    /** The mask that a {@code mask:} section of veil.yaml describes. */
    public static Mask of(dev.veil.config.RedactionConfig.MaskOptions options) {
      return new Mask(options.keepLast(), options.character().charAt(0));
    }

    /** {@code value} masked; a kept tail never starts inside a surrogate pair. */
    public String apply(String value) {
      int keep = value.length() <= keepLast ? 0 : keepLast;
      if (keep > 0 && keep < value.length() && Character.isLowSurrogate(value.charAt(value.length() - keep))) {
        keep++; // never keep half a character
      }
      StringBuilder sb = new StringBuilder(value.length());
      for (int i = 0; i < value.length() - keep; i++) {
        sb.append(character);
      }
      return sb.append(value, value.length() - keep, value.length()).toString();
    }
  }

  /** {@code <ENTITY#xxxxxxxxxxxx>}: a keyed HMAC, stable but never restored. */
  record Hash() implements Action {
    @Override
    public String name() {
      return "hash";
    }
  }

  /** {@code [ENTITY]}: the type label only. */
  record Redact() implements Action {
    @Override
    public String name() {
      return "redact";
    }

    /** The type label that replaces a finding: {@code [ENTITY]}. */
    public static String label(String entity) {
      return "[" + entity + "]";
    }
  }

  /** Refuses the whole request with {@link Blocked}, naming the entity types only. */
  record Block() implements Action {
    @Override
    public String name() {
      return "block";
    }
  }

  /** Leaves the value as it is; it is still counted. */
  record Keep() implements Action {
    @Override
    public String name() {
      return "keep";
    }
  }
}
