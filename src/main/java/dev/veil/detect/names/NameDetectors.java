package dev.veil.detect.names;

import dev.veil.detect.Detector;
import java.util.ArrayList;
import java.util.List;

/**
 * The detectors for personal data that has no checksum: {@code PERSON}, {@code STREET_ADDRESS},
 * {@code DATE_OF_BIRTH}, {@code PASSPORT} and {@code MEDICAL_RECORD_NUMBER}.
 *
 * <p>All detectors are pure and thread-safe; the word lists load once, on first use, and a
 * missing list fails that first call loudly.
 */
public final class NameDetectors {
  private NameDetectors() {}

  /** Every detector of this package, in a fixed order. */
  public static List<Detector> all() {
    NameLexicon lex = NameLexicon.get();
    return List.of(new PersonDetector(lex), new StreetAddressDetector(),
        ContextRules.dateOfBirth(), ContextRules.passport(), ContextRules.medicalRecordNumber());
  }

  /**
   * The tokens of a detected full name worth looking for elsewhere in the same request: given
   * and family names of three or more letters, without titles, particles, initials or
   * possessive endings, in their original spelling and order, without duplicates. Example:
   * {@code "Dr. Ana de la Cruz-Ortiz"} gives {@code [Ana, Cruz-Ortiz, Cruz, Ortiz]}.
   */
  public static List<String> mentionTokens(String fullName) {
    NameLexicon lex = NameLexicon.get();
    List<String> out = new ArrayList<>();
    Tokens t = Tokens.of(fullName, lex);
    for (int i = 0; i < t.size(); i++) {
      String tok = fullName.substring(t.start(i), t.end(i));
      int f = t.flags(i);
      boolean title = (f & (NameLexicon.TITLE | NameLexicon.TITLE_WORD)) != 0
          && (f & NameLexicon.NAME) == 0;
      if (tok.length() < 3 || title || (f & NameLexicon.PARTICLE) != 0 && (f & NameLexicon.NAME) == 0
          || (f & NameLexicon.STOP) != 0 && (f & NameLexicon.NAME) == 0) {
        continue;
      }
      addOnce(out, tok);
      int dash = tok.indexOf('-');
      if (dash > 0) {
        for (String part : tok.split("-")) {
          if (part.length() >= 3 && !NameLexicon.isParticle(part)) {
            addOnce(out, part);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static void addOnce(List<String> out, String tok) {
    if (!out.contains(tok)) {
      out.add(tok);
    }
  }
}
