package dev.veil.detect.builtin;

import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IBANs: a country code with its registered length, upper-case, compact or in groups of four
 * joined by single spaces or dashes, and the ISO 13616 mod-97 check. A compact IBAN must be a
 * whole token (not part of a longer run of letters and digits); a grouped one ends where its
 * country's length is reached.
 */
final class IbanRule implements CodeRule {
  static final String NAME = "iban";
  private static final Map<String, Integer> LENGTHS = lengths();

  @Override
  public long tokenLengths() {
    return CodeRule.lengths(4, 4) | CodeRule.lengths(15, 34);
  }

  @Override
  public void find(String text, int start, int tokenEnd, List<Span> out) {
    if (tokenEnd - start < 4 || !Glue.isUpper(text.charAt(start))
        || !Glue.isUpper(text.charAt(start + 1)) || !Glue.isDigit(text.charAt(start + 2))
        || !Glue.isDigit(text.charAt(start + 3))) {
      return;
    }
    Integer length = LENGTHS.get(text.substring(start, start + 2));
    if (length == null) {
      return;
    }
    int end = tokenEnd - start == length ? tokenEnd : tokenEnd - start == 4 ? grouped(text, tokenEnd, length - 4) : -1;
    if (end < 0 || Glue.gluedRight(text, end)) {
      return;
    }
    StringBuilder compact = new StringBuilder(length);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Glue.isUpper(c) || Glue.isDigit(c)) {
        compact.append(c);
      } else if (c != ' ' && c != '-') {
        return;
      }
    }
    if (compact.length() == length && Checksums.ibanMod97(compact)) {
      out.add(new Span(Entities.IBAN_CODE, start, end, Scores.VALIDATED, NAME));
    }
  }

  /** Reads {@code remaining} chars in groups of 4 after {@code pos}; returns the end or -1. */
  private static int grouped(String text, int pos, int remaining) {
    if (pos >= text.length()) {
      return -1;
    }
    char sep = text.charAt(pos);
    if (sep != ' ' && sep != '-') {
      return -1;
    }
    while (remaining > 0) {
      if (pos >= text.length() || text.charAt(pos) != sep) {
        return -1;
      }
      pos++;
      int want = Math.min(4, remaining);
      int s = pos;
      while (pos < text.length() && pos - s < want
          && (Glue.isUpper(text.charAt(pos)) || Glue.isDigit(text.charAt(pos)))) {
        pos++;
      }
      if (pos - s != want || (pos < text.length() && Glue.isAsciiAlnum(text.charAt(pos)))) {
        return -1;
      }
      remaining -= want;
    }
    return pos;
  }

  private static Map<String, Integer> lengths() {
    String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28"
        + " CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18"
        + " GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21"
        + " LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23"
        + " PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23"
        + " ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
    Map<String, Integer> map = new HashMap<>();
    for (String entry : table.split(" ")) {
      map.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
    }
    return Map.copyOf(map);
  }
}
