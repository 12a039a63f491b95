package dev.veil.http;

/**
 * A bounded name for a request path, fit for logs and metric labels: {@code /v1/} prefix kept,
 * path segments that look like ids ({@code resp_...}, {@code file-...}, digits, long tokens)
 * replaced by {@code {id}}, and at most four segments.
 */
final class RouteNames {

  static String of(String path) {
    if (path == null || !path.startsWith("/v1/")) {
      return "other";
    }
    StringBuilder sb = new StringBuilder("/v1");
    int segments = 0;
    int i = 4;
    while (i <= path.length() && segments < 4) {
      int slash = path.indexOf('/', i);
      String seg = slash < 0 ? path.substring(i) : path.substring(i, slash);
      if (!seg.isEmpty()) {
        sb.append('/').append(isWord(seg) ? seg : "{id}");
        segments++;
      }
      if (slash < 0) {
        break;
      }
      i = slash + 1;
    }
    return sb.toString();
  }

  /** API words are short lower-case words with '_' or '.'; anything else is treated as an id. */
  private static boolean isWord(String seg) {
    if (seg.length() > 32) {
      return false;
    }
    boolean underscore = false;
    for (int i = 0; i < seg.length(); i++) {
      char c = seg.charAt(i);
      if (c == '_') {
        underscore = true;
      } else if (!(c >= 'a' && c <= 'z') && c != '.') {
        return false;
      }
    }
    // "chat", "completions", "input_items", "tool_outputs" are words; "resp_abc" has an id prefix
    return !underscore || !seg.matches("(resp|msg|run|thread|asst|file|batch|call|vs|ftjob|cmpl|chatcmpl|item|rs|fc|step|upload|part)_.*");
  }

  private RouteNames() {}
}
