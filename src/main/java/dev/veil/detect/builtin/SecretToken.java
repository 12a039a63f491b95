package dev.veil.detect.builtin;

/**
 * The shape of a vendor token: a literal prefix, then {@code min..max} chars of one class.
 *
 * @param name rule name reported in spans, e.g. {@code github-pat}
 * @param prefix literal, case-sensitive
 * @param body the allowed body chars
 * @param min minimum body length
 * @param max maximum body length; a longer run is not this token
 * @param mixed whether the body must hold both a letter and a digit (for loose shapes)
 */
record SecretToken(String name, String prefix, Charset body, int min, int max, boolean mixed) {

  /** Character classes of token bodies. */
  enum Charset {
    ALNUM, ALNUM_UNDERSCORE, BASE64URL, HEX, UPPER_ALNUM, BASE64, DOTTED_BASE64URL, SLACK_PATH;

    boolean contains(char c) {
      boolean alnum = Glue.isAsciiAlnum(c);
      switch (this) {
        case ALNUM:
          return alnum;
        case ALNUM_UNDERSCORE:
          return alnum || c == '_';
        case BASE64URL:
          return alnum || c == '_' || c == '-';
        case HEX:
          return Glue.isHex(c);
        case UPPER_ALNUM:
          return Glue.isUpper(c) || Glue.isDigit(c);
        case BASE64:
          return alnum || c == '+' || c == '/' || c == '=';
        case DOTTED_BASE64URL:
          return alnum || c == '_' || c == '-' || c == '.';
        case SLACK_PATH:
          return alnum || c == '/' || c == '_';
        default:
          return false;
      }
    }
  }
}
