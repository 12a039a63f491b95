package dev.veil.restore;

import dev.veil.detect.Span;
import java.util.List;

/**
 * Output scanning for one stream of text deltas, with a bounded hold-back: text is released only
 * when it can no longer be part of a finding that the following text completes.
 *
 * <p>Raw text waits until a line ends ({@code \n}) or a sentence ends ({@code . ! ?} followed by
 * whitespace, or {@code 。！？}); then everything up to the last such boundary is scanned together
 * with the text after it and with up to {@value #CONTEXT} chars of already released text before
 * it (context words such as "Dr." or "phone" count), and released with its findings replaced.
 * A finding that runs across the boundary stays held, from its start. When more than
 * {@link OutputScanner#maxHoldChars()} chars wait without a boundary, the text is scanned and
 * released up to its last whitespace (or whole, if that still leaves too much), so at most that
 * many chars wait after any delta. {@link #flush} scans and releases the rest.
 *
 * <p>Limits: a finding longer than the hold-back, or one the detectors only recognise once text
 * beyond a boundary has arrived, may be released in part before it is recognised; the rest is
 * then replaced. One instance per stream; not thread-safe.
 */
final class StreamingScanner implements DeltaStage {

  /** Released raw text kept as look-behind for the detectors, in chars. */
  static final int CONTEXT = 100;

  private final OutputScan scan;
  private final RestoreStats stats;
  private final int maxHold;
  private final StringBuilder pending = new StringBuilder();
  private String context = "";

  StreamingScanner(OutputScan scan, RestoreStats stats) {
    this.scan = scan;
    this.stats = stats;
    this.maxHold = scan.maxHoldChars();
  }

  @Override
  public String push(String delta) {
    pending.append(delta);
    int r = lastBoundary(pending);
    if (r == 0 && pending.length() <= maxHold) {
      return "";
    }
    return release(r, false);
  }

  @Override
  public String flush() {
    return pending.length() == 0 ? "" : release(pending.length(), true);
  }

  /**
   * Scans the window and releases {@code pending[0..r)}: less when a finding runs across r, more
   * when otherwise over {@code maxHold} chars would stay held.
   */
  private String release(int r, boolean atEnd) {
    String raw = pending.toString();
    int n = raw.length();
    int ctx = context.length();
    String window = context + raw;
    List<Span> spans;
    try {
      spans = scan.find(window);
    } catch (RuntimeException e) {
      spans = null;
    }
    if (!atEnd) {
      if (spans != null) {
        Span a = across(spans, ctx + r);
        r = a == null ? r : Math.max(0, a.start() - ctx);
      }
      if (n - r > maxHold) {
        int w = lastWhitespace(raw);
        r = w > r && n - w <= maxHold ? w : n;
        Span a = spans == null ? null : across(spans, ctx + r);
        if (a != null) {
          int b = a.start() - ctx;
          r = b > 0 && n - b <= maxHold ? b : a.end() - ctx;
        }
      }
      if (r == n && Character.isHighSurrogate(raw.charAt(n - 1))) {
        r--; // the pair may complete in the next delta
      }
    }
    if (r == 0) {
      return "";
    }
    String out = spans == null ? scan.failed(raw.substring(0, r), stats)
        : scan.apply(window, ctx, ctx + r, spans, stats);
    String released = window.substring(0, ctx + r);
    int cut = Math.max(0, released.length() - CONTEXT);
    if (cut > 0 && Character.isLowSurrogate(released.charAt(cut))) {
      cut--;
    }
    context = released.substring(cut);
    pending.delete(0, r);
    return out;
  }

  /** How many chars are held back now. */
  int held() {
    return pending.length();
  }

  /** The span that starts before {@code at} and ends after it, or null. */
  private static Span across(List<Span> spans, int at) {
    for (Span s : spans) {
      if (s.start() >= at) {
        return null;
      }
      if (s.end() > at) {
        return s;
      }
    }
    return null;
  }

  /** The index just after the last line or sentence end in {@code s}, or 0. */
  static int lastBoundary(CharSequence s) {
    for (int i = s.length(); i > 0; i--) {
      char c = s.charAt(i - 1);
      if (c == '\n' || c == '。' || c == '！' || c == '？') {
        return i;
      }
      if (i >= 2 && Character.isWhitespace(c)) {
        char p = s.charAt(i - 2);
        if (p == '.' || p == '!' || p == '?') {
          return i;
        }
      }
    }
    return 0;
  }

  /** The index just after the last whitespace char in {@code s}, or 0. */
  private static int lastWhitespace(CharSequence s) {
    for (int i = s.length(); i > 0; i--) {
      if (Character.isWhitespace(s.charAt(i - 1))) {
        return i;
      }
    }
    return 0;
  }
}
