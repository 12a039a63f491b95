package dev.veil.body;

/**
 * A request body Veil will not forward: not JSON, over a limit, or not scannable in time. The
 * request fails closed. {@link #code()} is stable (for clients and the audit log) and the
 * message never contains input text: parser messages, which quote input, are never passed on.
 */
public final class BodyException extends RuntimeException {

  /** The stable codes, each with its HTTP status and a fixed message. */
  public enum Code {
    INVALID_JSON(400, "request body is not valid JSON"),
    INVALID_UTF8(400, "request body is not valid UTF-8"),
    NOT_AN_OBJECT(400, "request body must be a JSON object"),
    DUPLICATE_KEY(400, "request body has a duplicate key in one object"),
    DUPLICATE_KEY_AFTER_REDACTION(400, "redaction would give two keys of one object the same name;"
        + " a pseudonym or placeholder action keeps distinct keys distinct"),
    TOO_DEEP(400, "request body nests deeper than limits.max_json_depth"),
    STRING_TOO_LONG(400, "a string in the request body is longer than limits.max_string_length"),
    TOO_MANY_ITEMS(400, "an array in the request body has more than limits.max_items elements"),
    NUMBER_TOO_LONG(400, "a number in the request body is longer than limits.max_number_length"),
    SCAN_BUDGET_EXCEEDED(422, "scanning the request took longer than limits.scan_budget_millis"),
    DETECTOR_FAILED(422, "a detector failed on the request; it was not forwarded");

    private final int status;
    private final String message;

    Code(int status, String message) {
      this.status = status;
      this.message = message;
    }

    /** The code as sent to clients, e.g. {@code invalid_json}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Code code;

  public BodyException(Code code) {
    this(code, null);
  }

  /** {@code detail} must not contain input text: a limit, a position, a detector name. */
  public BodyException(Code code, String detail) {
    super(detail == null ? code.message : code.message + " (" + detail + ")", null, false, false);
    this.code = code;
  }

  /** The stable code, e.g. {@code invalid_json}. */
  public String code() {
    return code.id();
  }

  public Code kind() {
    return code;
  }

  /** The HTTP status to answer with: 400, or 422 when the body is valid but cannot be scanned. */
  public int status() {
    return code.status;
  }
}
