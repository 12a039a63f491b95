package dev.veil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.veil.config.ConfigLoader;
import dev.veil.config.VeilConfig;
import dev.veil.detect.Span;
import dev.veil.restore.OutputScanner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputPolicyTest {
  private static final String TEXT = "Mail bob.smith@example.org or call +1 415 555 0132.";

  private static OutputScanner scanner(String yaml) {
    VeilConfig c = new ConfigLoader(Map.of()).parse(yaml);
    return OutputPolicy.of(c.output(), VeilApp.pipeline(c).redactor());
  }

  @Test
  void offMeansNoScanner() {
    assertNull(scanner("output: {enabled: false}"));
  }

  @Test
  void theEntityListNarrowsWhatIsActedOn() {
    List<Span> all = scanner("output: {enabled: true}").find(TEXT);
    assertEquals(List.of("EMAIL_ADDRESS", "PHONE_NUMBER"), all.stream().map(Span::entity).toList());
    List<Span> mail = scanner("output: {enabled: true, entities: [EMAIL_ADDRESS]}").find(TEXT);
    assertEquals(List.of("EMAIL_ADDRESS"), mail.stream().map(Span::entity).toList());
  }

  @Test
  void replacementsPerAction() {
    assertEquals("[EMAIL_ADDRESS]", scanner("output: {enabled: true}").replacement("EMAIL_ADDRESS", "a@b.cd"));
    assertEquals("a@b.cd", scanner("output: {enabled: true, action: keep}").replacement("EMAIL_ADDRESS", "a@b.cd"));
    OutputScanner mask = scanner("output: {enabled: true, action: mask, mask: {keep_last: 2, char: '#'}}");
    assertEquals("####cd", mask.replacement("EMAIL_ADDRESS", "a@b.cd"));
    assertEquals("#😀b", mask.replacement("PERSON", "a😀b"), "half a character is never kept");
    assertEquals("a@b.cd", scanner("redaction: {mode: dry_run}\noutput: {enabled: true}")
        .replacement("EMAIL_ADDRESS", "a@b.cd"), "dry_run only counts");
  }
}
