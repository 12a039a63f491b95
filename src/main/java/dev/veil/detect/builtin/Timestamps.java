package dev.veil.detect.builtin;

/** Recognises digit strings that are more likely a date or time than an identifier. */
final class Timestamps {
  private Timestamps() {}

  /**
   * True when {@code d} (8, 12 or 14 digits) reads as yyyyMMdd[HHmm[ss]] with a year in
   * 1900..2099 and valid fields.
   */
  static boolean compactDateTime(String d) {
    int n = d.length();
    if (n != 8 && n != 12 && n != 14) {
      return false;
    }
    int year = Checksums.number(d, 0, 4);
    if (year < 1900 || year > 2099
        || !Checksums.validDate(year, Checksums.number(d, 4, 6), Checksums.number(d, 6, 8))) {
      return false;
    }
    if (n == 8) {
      return true;
    }
    boolean time = Checksums.number(d, 8, 10) <= 23 && Checksums.number(d, 10, 12) <= 59;
    return time && (n == 12 || Checksums.number(d, 12, 14) <= 59);
  }
}
