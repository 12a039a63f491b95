package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.veil.testing.Gen;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Literal#indexIn} gives what {@code String.indexOf(String, int)} gives. */
class LiteralTest {
  private static final List<Literal> LITERALS = List.of(new Literal("eyJ", 'J'),
      new Literal("-----BEGIN ", 'G'), new Literal("://", ':'), new Literal("aXaXa", 'X'),
      new Literal("x", 'x'), Literal.of("hooks.slack.com/services/"), Literal.of("abc"));
  private static final List<String> STRINGS = List.of("eyJ", "-----BEGIN ", "://", "aXaXa", "x",
      "hooks.slack.com/services/", "abc");

  @Test
  void sameIndexAsStringIndexOf() {
    Gen.check("literal indexOf", 12L, 5000, r -> {
      int k = r.nextInt(LITERALS.size());
      String literal = STRINGS.get(k);
      StringBuilder sb = new StringBuilder();
      for (int pieces = Gen.length(r, 8); pieces > 0; pieces--) {
        String s = r.nextBoolean() ? literal : Gen.anyText(r, 12);
        sb.append(r.nextInt(4) == 0 ? s.substring(r.nextInt(s.length() + 1)) : s);
        sb.append(Gen.oneOf(r, "", "X", "a", "J", "ey", "-", ":", "/", "G"));
      }
      String text = sb.toString();
      int from = r.nextInt(text.length() + 4) - 2;
      assertEquals(text.indexOf(literal, from), LITERALS.get(k).indexIn(text, from),
          "literal " + k + " from " + from);
    });
  }

  @Test
  void findsAPathAndRefusesAnAnchorOutsideTheLiteral() {
    String text = "see https://hooks.slack.com/services/T0 and hooks.slack.com/services/T1";
    Literal path = Literal.of("hooks.slack.com/services/");
    assertEquals(12, path.indexIn(text, 0));
    assertEquals(44, path.indexIn(text, 13));
    assertEquals(-1, path.indexIn(text, 45));
    assertThrows(IllegalArgumentException.class, () -> new Literal("abc", 'z'));
  }
}
