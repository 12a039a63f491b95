package dev.veil.restore;

import static dev.veil.restore.Fixtures.PERSON_ORIGINAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.redact.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholdersTest {

  private static final Placeholders EXACT = new Placeholders(Fixtures.vault(), false);
  private static final Placeholders TOLERANT = new Placeholders(Fixtures.vault(), true);

  @ParameterizedTest(name = "[{0}] mangled={1}")
  @CsvSource(delimiter = '|', value = {
      "<Person 1>|true",
      "<person_1>|true",
      "[PERSON_1]|true",
      "PERSON_1|true",
      "Person_1|true",
      "<Email Address 3F9A2C1E>|true",
      "email_address_3f9a2c1e|true",
      "PERSON_12|false",        // another number: not an issued token
      "XPERSON_1|false",        // inside a word
      "PERSON_1x|false",
      "PERSON 2|false",
      "PERSONA_1|false",
      "<PERSON_1>|false",       // the exact token is restored, not mangled
  })
  void mangledFormsAreCountedAndRestoredOnlyWhenTolerant(String form, boolean mangled) {
    String text = "to " + form + ".";
    RestoreStats exactStats = new RestoreStats();
    String exact = EXACT.restore(text, false, exactStats);
    EXACT.countStrays(text, 0, true, exactStats);
    assertEquals(mangled ? 1 : 0, exactStats.mangled());
    if (mangled) {
      assertEquals(text, exact, "exact matching leaves mangled forms alone");
    }
    RestoreStats tolerantStats = new RestoreStats();
    String tolerant = TOLERANT.restore(text, false, tolerantStats);
    TOLERANT.countStrays(text, 0, true, tolerantStats);
    assertEquals(mangled ? 1 : 0, tolerantStats.mangled());
    if (mangled) {
      assertFalse(tolerant.contains(form), "tolerant matching restores " + form);
      assertEquals(1, tolerantStats.restored());
    }
  }

  @Test
  void tolerantStreamingHoldsBackAFormThatCouldStillGrow() {
    StreamingRestorer r = new StreamingRestorer(TOLERANT, false, new RestoreStats());
    assertEquals("Hi ", r.push("Hi Per"));
    assertEquals("", r.push("son 1"));
    assertEquals(PERSON_ORIGINAL + "!", r.push("!"));
    assertEquals("", r.flush());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<PERSON_99>|true", "<EMAIL_ADDRESS_0123abcd>|true", "<CREDIT_CARD_7>|true",
      "<EMAIL_ADDRESS_0123abc>|false", "<person_99>|false", "<PERSON_>|false", "<_1>|false",
      "<IBAN_2>|false", "<PERSON_1>|false", "<PERSON_12ab>|false",
  })
  void inventedIsAWellFormedTokenThisRequestDidNotIssue(String token, boolean invented) {
    RestoreStats stats = new RestoreStats();
    EXACT.countStrays("x " + token + " y", 0, true, stats);
    assertEquals(invented ? 1 : 0, stats.invented());
  }

  @Test
  void tokensNotRestorableStayAndAreNotInvented() {
    RestoreStats stats = new RestoreStats();
    assertEquals("keep <IBAN_2>", EXACT.restore("keep <IBAN_2>", false, stats));
    assertEquals(0, stats.restored());
  }

  @Test
  void emptyVaultRestoresNothing() {
    Placeholders none = new Placeholders(new Vault(), true);
    String text = "<PERSON_1> PERSON_1";
    assertTrue(text == none.restore(text, false, new RestoreStats()));
    assertEquals(text.length(), none.holdFrom(text));
  }
}
