package dev.veil.body;

/** Strict UTF-8 validation, run on every request body before it is parsed. */
public final class Utf8 {

  /**
   * Whether {@code b} is well-formed UTF-8 as RFC 3629 defines it: no overlong forms, no
   * surrogates, nothing past U+10FFFF, no cut-off sequence. Jackson decodes overlong forms
   * (e.g. {@code C0 AF} as '/') without complaint, so the body walk alone would let them through.
   */
  public static boolean isWellFormed(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
      int lo = 0x80;
      int hi = 0xbf;
      int more;
      if (c >= 0xc2 && c <= 0xdf) {
        more = 1;
      } else if (c >= 0xe0 && c <= 0xef) {
        more = 2;
        lo = c == 0xe0 ? 0xa0 : lo;
        hi = c == 0xed ? 0x9f : hi;
      } else if (c >= 0xf0 && c <= 0xf4) {
        more = 3;
        lo = c == 0xf0 ? 0x90 : lo;
        hi = c == 0xf4 ? 0x8f : hi;
      } else {
        return false;
      }
      if (i + more >= n) {
        return false;
      }
      int c1 = b[i + 1] & 0xff;
      if (c1 < lo || c1 > hi) {
        return false;
      }
      for (int k = 2; k <= more; k++) {
        int ck = b[i + k] & 0xff;
        if (ck < 0x80 || ck > 0xbf) {
          return false;
        }
      }
      i += more + 1;
    }
    return true;
  }

  private Utf8() {}
}
