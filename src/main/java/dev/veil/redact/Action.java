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
