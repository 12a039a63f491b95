package dev.veil.restore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.veil.detect.Span;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Output scanning for one exchange: an {@link OutputScanner} plus the request's
 * {@link Placeholders}, applied to raw answer text (before restoring).
 *
 * <p>Only text the model writes for a reader is scanned: string values under {@code content},
 * {@code refusal}, {@code text} and {@code transcript}. Ids, model names, tool-call
 * {@code arguments} (JSON the app executes) and everything else are left alone. A finding that
 * overlaps a placeholder (one this request issued, or any placeholder-shaped token) is dropped:
 * placeholders stand for the user's own data and are restored after scanning. Immutable;
 * counts go to the stats each call is given.
 */
final class OutputScan {

  private static final Set<String> FIELDS = Set.of("content", "refusal", "text", "transcript");

  private final OutputScanner scanner;
  private final Placeholders placeholders;

  OutputScan(OutputScanner scanner, Placeholders placeholders) {
    this.scanner = scanner;
    this.placeholders = placeholders;
  }

  /** Whether a string under {@code name} is reader-facing text that is scanned. */
  static boolean scanned(String name) {
    return name != null && FIELDS.contains(name);
  }

  int maxHoldChars() {
    return scanner.maxHoldChars();
  }

  /** A fresh stage for one streamed text field, feeding {@code next}. */
  DeltaStage stage(StreamingRestorer next, RestoreStats stats) {
    return new ScannedDeltas(new StreamingScanner(this, stats), next);
  }

  /**
   * {@code raw} with every finding replaced, counted into {@code stats} unless null. Returns
   * {@code raw} itself when nothing changed. Fails closed: text that cannot be scanned is
   * replaced whole, as one {@link OutputScanner#UNSCANNED} finding.
   */
  String whole(String raw, RestoreStats stats) {
    if (raw.isEmpty()) {
      return raw;
    }
    List<Span> spans;
    try {
      spans = find(raw);
    } catch (RuntimeException e) {
      return failed(raw, stats);
    }
    return spans.isEmpty() ? raw : apply(raw, 0, raw.length(), spans, stats);
  }

  /**
   * Scans, in place, every reader-facing string in {@code node} (texts repeated whole at the end
   * of a stream; not counted again). True when something changed.
   */
  boolean tree(JsonNode node) {
    boolean changed = false;
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> it = object.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode value = field.getValue();
        if (value.isTextual() && scanned(field.getKey())) {
          String s = value.textValue();
          String r = whole(s, null);
          if (r != s) {
            field.setValue(TextNode.valueOf(r));
            changed = true;
          }
        } else if (value.isContainerNode()) {
          changed |= tree(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (JsonNode item : array) {
        changed |= tree(item);
      }
    }
    return changed;
  }

  /**
   * The findings in {@code text} that do not touch a placeholder.
   *
   * @throws RuntimeException when the scanner fails or returns a span outside the text
   */
  List<Span> find(String text) {
    List<Span> found = scanner.find(text);
    List<Span> kept = null;
    for (int k = 0; k < found.size(); k++) {
      Span s = found.get(k);
      if (s.end() > text.length()) {
        throw new IllegalStateException("output scanner returned a span outside the text");
      }
      boolean drop = touchesToken(text, s);
      if (drop && kept == null) {
        kept = new ArrayList<>(found.subList(0, k));
      } else if (!drop && kept != null) {
        kept.add(s);
      }
    }
    return kept == null ? found : kept;
  }

  /**
   * {@code text[from..to)} with the parts of {@code spans} inside it replaced (a span that
   * begins before {@code from} is replaced from {@code from} on), each counted into {@code stats}
   * unless null. Spans are sorted and non-overlapping.
   */
  String apply(String text, int from, int to, List<Span> spans, RestoreStats stats) {
    StringBuilder out = null;
    int at = from;
    for (Span s : spans) {
      if (s.end() <= from) {
        continue;
      }
      if (s.start() >= to) {
        break;
      }
      int start = Math.max(s.start(), from);
      int end = Math.min(s.end(), to);
      if (stats != null) {
        stats.addOutput(s.entity());
      }
      String value = text.substring(start, end);
      String replacement = scanner.replacement(s.entity(), value);
      if (replacement.equals(value)) {
        continue;
      }
      out = out == null ? new StringBuilder(to - from + 16) : out;
      out.append(text, at, start).append(replacement);
      at = end;
    }
    if (out == null) {
      return from == 0 && to == text.length() ? text : text.substring(from, to);
    }
    return out.append(text, at, to).toString();
  }

  /** {@code raw} replaced whole, as text that could not be scanned; counted once. */
  String failed(String raw, RestoreStats stats) {
    if (stats != null) {
      stats.addOutput(OutputScanner.UNSCANNED);
    }
    return scanner.replacement(OutputScanner.UNSCANNED, raw);
  }

  /**
   * True when {@code s} overlaps a token {@code <...>} that this request issued, that is
   * placeholder-shaped ({@code <ENTITY_1>}, {@code <ENTITY_1a2b3c4d>}) or hash-shaped
   * ({@code <ENTITY#a1b2c3d4e5f6>}).
   */
  private boolean touchesToken(String text, Span s) {
    int from = Math.max(0, s.start() - Placeholders.MAX_SHAPE);
    for (int i = text.indexOf('<', from); i >= 0 && i < s.end(); i = text.indexOf('<', i + 1)) {
      int j = close(text, i);
      if (j >= s.start() && (Placeholders.wellFormed(text, i, j) || hashShaped(text, i, j)
          || placeholders.issued(text.substring(i, j + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static int close(String text, int i) {
    int end = Math.min(text.length(), i + Placeholders.MAX_SHAPE);
    for (int k = i + 1; k < end; k++) {
      char c = text.charAt(k);
      if (c == '>') {
        return k;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** {@code <ENTITY#hex>}, the shape of a hash action's token. */
  private static boolean hashShaped(String text, int i, int j) {
    int hash = text.lastIndexOf('#', j);
    if (hash <= i + 1 || j - hash - 1 < 8 || text.charAt(i + 1) < 'A' || text.charAt(i + 1) > 'Z') {
      return false;
    }
    for (int k = i + 1; k < hash; k++) {
      char c = text.charAt(k);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    for (int k = hash + 1; k < j; k++) {
      char c = text.charAt(k);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
