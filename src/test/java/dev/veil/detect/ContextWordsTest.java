package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextWordsTest {
  private final ContextWords words = ContextWords.of("lic", "social security", "ss#", "NIE");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "my lic: X; true",
      "LIC X; true",
      "public X; false",
      "licence X; false",
      "Social-Security X; true",
      "social  security X; true",
      "socialsecurity X; false",
      "ss# X; true",
      "mi nie es X; true",
      "nieve X; false",
      "X; false",
  })
  void matchesWholeWordsOnly(String text, boolean expected) {
    int at = text.indexOf('X');
    assertEquals(expected, words.near(text, at, at + 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {"X lic; true", "X public; false"})
  void looksAfterTheSpanToo(String text, boolean expected) {
    assertEquals(expected, words.near(text, 0, 1));
  }

  @org.junit.jupiter.api.Test
  void doesNotMatchInsideTheSpanOrFarAway() {
    String text = "lic" + " ".repeat(ContextWords.BEFORE + 1) + "X";
    assertEquals(false, words.near(text, text.length() - 1, text.length()));
    assertEquals(false, words.near("lic", 0, 3));
    assertThrows(IllegalArgumentException.class, () -> ContextWords.of(" "));
  }
}
