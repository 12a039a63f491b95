package dev.veil.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OutputConfigTest {

  private static VeilConfig parse(String yaml) {
    return new ConfigLoader(Map.of()).parse(yaml);
  }

  @Test
  void offByDefaultWithRedactAllAndA256CharHold() {
    OutputConfig o = parse("{}").output();
    assertFalse(o.enabled());
    assertEquals(RedactionConfig.ActionName.REDACT, o.action());
    assertNull(o.mask());
    assertEquals(4, o.maskOptions().keepLast());
    assertEquals(List.of(), o.entities());
    assertEquals(256, o.maxHoldChars());
  }

  @Test
  void aFullSectionBinds() {
    OutputConfig o = parse("output: {enabled: true, action: mask, mask: {keep_last: 2, char: '#'},"
        + " entities: [EMAIL_ADDRESS], max_hold_chars: 64}").output();
    assertTrue(o.enabled());
    assertEquals("#", o.maskOptions().character());
    assertEquals(List.of("EMAIL_ADDRESS"), o.entities());
    assertEquals(64, o.maxHoldChars());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "output: {action: block}|output.action|must be redact, mask or keep",
      "output: {action: pseudonym}|output.action|must be redact, mask or keep",
      "output: {action: redact, mask: {keep_last: 2}}|output.mask|only goes with action: mask",
      "output: {action: mask, mask: {keep_last: 99}}|output.mask.keep_last|must be 0-64",
      "output: {action: mask, mask: {char: '<'}}|output.mask.char|must be one printable",
      "output: {entities: [email]}|output.entities[0]|upper case",
      "output: {max_hold_chars: 8}|output.max_hold_chars|must be 16-65536",
      "output: {max_hold_chars: 100000}|output.max_hold_chars|must be 16-65536",
      "output: {hold: 3}|output.hold|unknown key"})
  void badValuesNameTheirKey(String yaml, String path, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> parse(yaml));
    assertTrue(e.getMessage().contains(path), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
