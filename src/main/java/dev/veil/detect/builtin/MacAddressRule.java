package dev.veil.detect.builtin;

import dev.veil.detect.ContextWords;
import dev.veil.detect.Entities;
import dev.veil.detect.Span;
import java.util.List;

/**
 * MAC addresses: six hex pairs joined by one kind of separator ({@code :} or {@code -}), or
 * three hex quads joined by dots (Cisco). The all-zero and broadcast addresses are left alone,
 * as are dotted forms of decimal digits only unless a MAC word is near.
 */
final class MacAddressRule implements CodeRule {
  private static final ContextWords CONTEXT = ContextWords.of("mac", "mac address",
      "hardware address", "physical address", "ethernet", "bssid", "wifi", "wi-fi", "nic");

  @Override
  public boolean needsDigit() {
    return false;
  }

  /** A hex group of letters only is followed by its separator. */
  @Override
  public String lettersTriggers() {
    return ":-.";
  }

  /** The separator and then the next group's first hex digit. */
  @Override
  public boolean lettersMayMatch(String text, int tokenEnd) {
    if (tokenEnd + 1 >= text.length()) {
      return false;
    }
    char sep = text.charAt(tokenEnd);
    return (sep == ':' || sep == '-' || sep == '.') && Glue.isHex(text.charAt(tokenEnd + 1));
  }

  @Override
  public long tokenLengths() {
    return CodeRule.lengths(2, 2) | CodeRule.lengths(4, 4);
  }

  @Override
  public void find(String text, int start, int tokenEnd, List<Span> out) {
    int len = tokenEnd - start;
    if ((len != 2 && len != 4) || tokenEnd >= text.length()) {
      return;
    }
    if (start > 1 && ":-.".indexOf(text.charAt(start - 1)) >= 0 && Glue.isHex(text.charAt(start - 2))) {
      return;
    }
    char sep = text.charAt(tokenEnd);
    int groups = len == 2 ? 6 : 3;
    if (len == 2 ? sep != ':' && sep != '-' : sep != '.') {
      return;
    }
    int end = start + groups * len + (groups - 1);
    if (end > text.length()) {
      return;
    }
    boolean digitsOnly = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean sepSlot = (i - start) % (len + 1) == len;
      if (sepSlot ? c != sep : !Glue.isHex(c)) {
        return;
      }
      digitsOnly &= sepSlot || Glue.isDigit(c);
    }
    if (end < text.length() && (Glue.isWordChar(text.charAt(end))
        || (text.charAt(end) == sep && end + 1 < text.length() && Glue.isHex(text.charAt(end + 1))))) {
      return;
    }
    String hex = text.substring(start, end).replace(String.valueOf(sep), "");
    if (Checksums.allSame(hex) && (hex.charAt(0) == '0' || hex.charAt(0) == 'f' || hex.charAt(0) == 'F')) {
      return;
    }
    double base = len == 4 && digitsOnly ? Scores.WEAK : Scores.FORMAT;
    out.add(new Span(Entities.MAC_ADDRESS, start, end,
        Scores.boost(base, CONTEXT, text, start, end), "mac-address"));
  }
}
