package dev.veil.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionTest {
  private static final String TEXT = "Mail jane.doe@example.com or call +1 555 010 0199 now";

  private static Redacted run(String policy, String text, Vault vault) {
    return new Redactor(Configs.keyed(policy), TestDetectors.all()).redact(text, vault);
  }

  @Test
  void aMaskNeverKeepsHalfACharacter() {
    Action.Mask m = new Action.Mask(4, '*');
    assertEquals("************1111", m.apply("4111111111111111"));
    assertEquals("**", m.apply("ab"), "too short to keep anything");
    assertEquals("**\uD83D\uDE00", new Action.Mask(1, '*').apply("ab\uD83D\uDE00"), "the whole emoji is kept");
    assertEquals("[EMAIL_ADDRESS]", Action.Redact.label("EMAIL_ADDRESS"));
  }

  @Test
  void pseudonymIsTheDefaultAndRestores() {
    Vault vault = new Vault();
    Redacted r = run("", TEXT, vault);
    assertTrue(r.text().matches("Mail <EMAIL_ADDRESS_[0-9a-f]{8}> or call <PHONE_NUMBER_[0-9a-f]{8}> now"), r.text());
    assertEquals(2, vault.size());
    String token = r.text().substring(5, 5 + "<EMAIL_ADDRESS_12345678>".length());
    assertEquals("jane.doe@example.com", vault.restore(token));
    assertEquals("EMAIL_ADDRESS=1,PHONE_NUMBER=1", r.counts().header());
    assertEquals(2, r.counts().actions().get("pseudonym"));
  }

  @Test
  void pseudonymWithoutRestoreIsRecordedButNotRestored() {
    Vault vault = new Vault();
    Redacted r = run("entities:\n  EMAIL_ADDRESS: {action: pseudonym, restore: false}", TEXT, vault);
    String token = r.text().substring(5, 5 + "<EMAIL_ADDRESS_12345678>".length());
    assertTrue(vault.contains(token));
    assertNull(vault.restore(token));
  }

  @Test
  void placeholderNumbersPerRequestAndRepeatsForTheSameValue() {
    Vault vault = new Vault();
    Redacted r = run("default_action: placeholder",
        "a@x.io, b@x.io, A@X.IO and +1 555 010 0199", vault);
    assertEquals("<EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_2>, <EMAIL_ADDRESS_1> and <PHONE_NUMBER_1>", r.text());
    assertEquals("a@x.io", vault.restore("<EMAIL_ADDRESS_1>"));
    assertEquals(3, vault.size());
  }

  @Test
  void maskKeepsTheLastChars() {
    Redacted r = run("entities:\n  CREDIT_CARD: {action: mask, mask: {keep_last: 4, char: '#'}}",
        "card 4111111111111111 ok", new Vault());
    assertEquals("card ############1111 ok", r.text());
    assertEquals(1, r.counts().actions().get("mask"));
  }

  @Test
  void maskHidesEverythingWhenTheValueIsShort() {
    Redacted r = run("entities:\n  EMAIL_ADDRESS: {action: mask, mask: {keep_last: 40}}", "to a@b.io", new Vault());
    assertEquals("to ******", r.text());
  }

  @Test
  void hashIsStableKeyedAndNotRestorable() {
    Vault vault = new Vault();
    Redacted a = run("entities:\n  EMAIL_ADDRESS: {action: hash}", "a@x.io", vault);
    Redacted b = run("entities:\n  EMAIL_ADDRESS: {action: hash}", "A@x.io", vault);
    assertTrue(a.text().matches("<EMAIL_ADDRESS#[0-9a-f]{12}>"), a.text());
    assertEquals(a.text(), b.text());
    assertTrue(vault.isEmpty());
    Redacted other = new Redactor(Configs.redaction("key: another-key-0123456789\nentities:\n  EMAIL_ADDRESS: {action: hash}"),
        TestDetectors.all()).redact("a@x.io", new Vault());
    assertFalse(other.text().equals(a.text()));
  }

  @Test
  void redactWritesTheTypeLabelAndSecretsDefaultToIt() {
    Vault vault = new Vault();
    Redacted r = run("", "key sk-abcdefghijklmnopqrstuvwx end", vault);
    assertEquals("key [SECRET] end", r.text());
    assertTrue(vault.isEmpty());
    assertEquals(1, r.counts().actions().get("redact"));
  }

  @Test
  void blockRefusesTheRequestNamingTypesOnly() {
    Blocked b = assertThrows(Blocked.class, () ->
        run("entities:\n  SECRET: {action: block}\n  CREDIT_CARD: {action: block}",
            "sk-abcdefghijklmnopqrstuvwx and 4111 1111 1111 1111", new Vault()));
    assertEquals(Set.of("CREDIT_CARD", "SECRET"), b.entities());
    assertFalse(b.getMessage().contains("sk-abc"));
    assertFalse(b.getMessage().contains("4111"));
  }

  @Test
  void keepLeavesTheValueButCountsIt() {
    Redacted r = run("entities:\n  EMAIL_ADDRESS: {action: keep}", "to a@x.io", new Vault());
    assertEquals("to a@x.io", r.text());
    assertEquals("EMAIL_ADDRESS=1", r.counts().header());
    assertEquals(1, r.counts().actions().get("keep"));
  }

  @Test
  void anEntityWithNoPolicyGetsTheDefaultActionNeverKeep() {
    Redacted r = run("default_action: redact\nentities:\n  EMAIL_ADDRESS: {action: keep}",
        "a@x.io +1 555 010 0199", new Vault());
    assertEquals("a@x.io [PHONE_NUMBER]", r.text());
  }

  @Test
  void dryRunChangesNothingButCountsWhatWouldHappen() {
    Vault vault = new Vault();
    Redacted r = run("mode: dry_run\nentities:\n  SECRET: {action: block}",
        "a@x.io sk-abcdefghijklmnopqrstuvwx", vault);
    assertEquals("a@x.io sk-abcdefghijklmnopqrstuvwx", r.text());
    assertTrue(vault.isEmpty());
    assertEquals(1, r.counts().actions().get("block"));
    assertEquals(1, r.counts().actions().get("pseudonym"));
  }

  @Test
  void findingsCarryPositionsAndActionsNotValues() {
    Redacted r = run("", "hi a@x.io", new Vault());
    assertEquals(List.of(new Finding("", 3, 9, "EMAIL_ADDRESS", "test_email", "pseudonym")), r.findings());
  }
}
