package dev.veil.body;

/**
 * Recognises embedded media: a string that is a {@code data:type/subtype[;param...];base64,} URL.
 * Such strings are never scanned as text and are copied byte for byte when allowed. Plain-text
 * data URLs (no {@code ;base64}) and prose that merely starts with "data:" are content.
 */
final class DataUrl {
  private static final int MAX_HEADER = 256;

  /** IMAGE, AUDIO or FILE for a base64 data URL by its MIME type; null for anything else. */
  static Treatment kind(String text) {
    if (text.length() < 12 || !text.regionMatches(true, 0, "data:", 0, 5)) {
      return null;
    }
    int comma = text.indexOf(',', 5);
    if (comma < 0 || comma > MAX_HEADER) {
      return null;
    }
    String header = text.substring(5, comma);
    if (!header.regionMatches(true, header.length() - 7, ";base64", 0, 7)) {
      return null;
    }
    int slash = header.indexOf('/');
    int semi = header.indexOf(';');
    if (slash <= 0 || slash > semi) {
      return null;
    }
    for (int i = 0; i < semi; i++) {
      char c = header.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128) && "/.+-_".indexOf(c) < 0) {
        return null;
      }
    }
    String type = header.substring(0, slash);
    if (type.equalsIgnoreCase("image")) {
      return Treatment.IMAGE;
    }
    if (type.equalsIgnoreCase("audio")) {
      return Treatment.AUDIO;
    }
    return Treatment.FILE;
  }

  private DataUrl() {}
}
