package dev.veil.restore;

import dev.veil.redact.Vault;

/** Shared vaults for restore tests. Originals hold quotes, backslashes, newlines and emoji. */
final class Fixtures {

  static final String PERSON = "<PERSON_1>";
  static final String PERSON_ORIGINAL = "Jürgen \"JJ\" Müller 😀";
  static final String EMAIL = "<EMAIL_ADDRESS_3f9a2c1e>";
  static final String EMAIL_ORIGINAL = "j\\m@exämple.com\nline2\t𝄞";
  static final String PERSON10 = "<PERSON_10>";
  static final String PERSON10_ORIGINAL = "Ann";
  static final String KEPT = "<IBAN_2>";

  private Fixtures() {}

  static Vault vault() {
    Vault v = new Vault();
    v.put(PERSON, PERSON_ORIGINAL, "PERSON", true);
    v.put(EMAIL, EMAIL_ORIGINAL, "EMAIL_ADDRESS", true);
    v.put(PERSON10, PERSON10_ORIGINAL, "PERSON", true);
    v.put(KEPT, "DE89370400440532013000", "IBAN", false);
    return v;
  }

  /** Whole-text oracle independent of the code under test: plain replace of each token. */
  static String naiveRestore(String text) {
    return text.replace(PERSON, PERSON_ORIGINAL).replace(EMAIL, EMAIL_ORIGINAL)
        .replace(PERSON10, PERSON10_ORIGINAL);
  }
}
