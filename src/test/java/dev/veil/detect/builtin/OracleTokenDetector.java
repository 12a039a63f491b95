package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Test oracle: {@link TokenDetector} as it was before its trigger-char pass (commit d8bafc9),
 * cutting every word into a token; the fast pass must give exactly its spans, in its order.
 *
 * <p>Finds alphanumeric codes (IBANs, tax codes, passport numbers, wallet addresses, MAC addresses)
 * in one pass: the text is cut into ASCII letter-and-digit tokens once, and each
 * {@link CodeRule} is tried at the start of every token that is not glued to a longer
 * identifier. A token such as {@code is030594W903B} (a lower-case word glued to a code) is also
 * tried from its first digit.
 *
 * <p>Stateless and thread-safe; linear in the text length.
 */
final class OracleTokenDetector implements Detector {
  /** For each token length (63 = 63 and longer): the rules that may start there. */
  private final CodeRule[][] byLength = new CodeRule[64][];

  OracleTokenDetector(List<CodeRule> rules) {
    for (int len = 0; len < 64; len++) {
      long bit = 1L << len;
      byLength[len] = rules.stream().filter(r -> (r.tokenLengths() & bit) != 0)
          .toArray(CodeRule[]::new);
    }
  }

  @Override
  public String name() {
    return "code-ids";
  }

  @Override
  public List<Span> detect(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Glue.isAsciiAlnum(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean digit = false;
      int firstDigit = -1;
      while (i < n && Glue.isAsciiAlnum(text.charAt(i))) {
        if (!digit && Glue.isDigit(text.charAt(i))) {
          digit = true;
          firstDigit = i;
        }
        i++;
      }
      if (!Glue.gluedLeft(text, start)) {
        dispatch(text, start, i, digit, out);
      }
      if (digit && firstDigit > start + 1 && Glue.afterLowerWord(text, firstDigit)) {
        dispatch(text, firstDigit, i, true, out);
      }
    }
    return out;
  }

  private void dispatch(String text, int start, int end, boolean digit, List<Span> out) {
    for (CodeRule rule : byLength[Math.min(end - start, 63)]) {
      if (digit || !rule.needsDigit()) {
        rule.find(text, start, end, out);
      }
    }
  }
}
