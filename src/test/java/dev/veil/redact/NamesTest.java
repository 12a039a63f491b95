package dev.veil.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  private final Redactor redactor = new Redactor(Configs.keyed("default_action: placeholder"), TestDetectors.all());

  private List<String> redactAll(String... texts) {
    List<String> list = List.of(texts);
    List<List<dev.veil.detect.Span>> found = list.stream().map(redactor::find).toList();
    found = redactor.propagateNames(list, found);
    RedactionScope scope = redactor.scope(new Vault());
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(redactor.apply(list.get(i), found.get(i), scope));
    }
    return out;
  }

  @Test
  void aNameFoundOnceIsReplacedEverywhere() {
    List<String> out = redactAll("Write to Jane Doe today.", "Did Doe answer? Jane said yes.", "jane and DOE stay (not capitalised)");
    assertEquals("Write to <PERSON_1> today.", out.get(0));
    assertEquals("Did <PERSON_2> answer? <PERSON_3> said yes.", out.get(1));
    assertEquals("jane and DOE stay (not capitalised)", out.get(2));
  }

  @Test
  void tokensMatchWholeWordsOnly() {
    List<String> out = redactAll("Maria Lopez called.", "Marianne and Lopezia are others; Maria is her.");
    assertEquals("Marianne and Lopezia are others; <PERSON_3> is her.", out.get(1).replace("<PERSON_2>", "<PERSON_3>"));
  }

  @Test
  void theFullNameWinsOverItsTokens() {
    List<String> out = redactAll("From Olga Petrova.", "Olga Petrova again, and Petrova alone.");
    assertEquals("<PERSON_1> again, and <PERSON_2> alone.", out.get(1));
  }

  @Test
  void emailLocalPartsOfTheNameAreCaught() {
    // No email detector here: the propagated PERSON covers the local part.
    Redactor names = new Redactor(Configs.keyed("default_action: placeholder"), List.of(TestDetectors.person()));
    List<String> texts = List.of("Ahmed Khan joined.", "mail ahmed.khan@corp.example or AhmedKhan@corp.example");
    List<List<dev.veil.detect.Span>> found = names.propagateNames(texts, texts.stream().map(names::find).toList());
    RedactionScope scope = names.scope(new Vault());
    String out = names.apply(texts.get(1), found.get(1), scope);
    assertEquals("mail <PERSON_1>@corp.example or <PERSON_2>@corp.example", out);
    // With an email detector the whole address is an EMAIL_ADDRESS finding, which wins.
    assertEquals("mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>", redactAll("Ahmed Khan", texts.get(1)).get(1));
  }

  @Test
  void localPartsNextToOtherAtSignsAndAtTheEdges() {
    // Only the stretch before each '@' is searched: local parts right after another address,
    // at the very start, and an '@' with less text before it than a term's length.
    Redactor names = new Redactor(Configs.keyed("default_action: redact"), List.of(TestDetectors.person()));
    List<String> texts = List.of("Ahmed Khan joined.",
        "ahmed.khan@a.io,ahmed_khan@b.io@ahmed-khan@c.io", "@x ahmedkhan@", "n@ahmed.khan@d.io");
    List<List<dev.veil.detect.Span>> found = names.propagateNames(texts, texts.stream().map(names::find).toList());
    RedactionScope scope = names.scope(new Vault());
    assertEquals("[PERSON]@a.io,[PERSON]@b.io@[PERSON]@c.io", names.apply(texts.get(1), found.get(1), scope));
    assertEquals("@x [PERSON]@", names.apply(texts.get(2), found.get(2), scope));
    assertEquals("n@[PERSON]@d.io", names.apply(texts.get(3), found.get(3), scope));
  }

  @Test
  void titlesAreNotPropagatedAlone() {
    Redactor r = new Redactor(Configs.keyed("default_action: redact\nrules:\n  - {name: dr, entity: PERSON, pattern: 'Dr\\. [A-Z][a-z]+ [A-Z][a-z]+'}"), List.of());
    List<String> texts = List.of("Dr. Anna Berg wrote", "Dr. Smith and Anna");
    List<List<dev.veil.detect.Span>> found = r.propagateNames(texts, texts.stream().map(r::find).toList());
    assertEquals("Dr. Smith and [PERSON]", r.apply(texts.get(1), found.get(1), r.scope(new Vault())));
  }

  @Test
  void singleStringRedactPropagatesWithinIt() {
    Redacted r = redactor.redact("Jane Doe here. Regards, Jane", new Vault());
    assertTrue(r.text().matches("<PERSON_1> here\\. Regards, <PERSON_2>"), r.text());
  }
}
