package dev.veil.fuzz;

import dev.veil.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Content strings for generated requests: prose of many scripts (emoji, right-to-left,
 * combining marks, CJK), digits, quotes, backslashes, controls and lone surrogates, with seeded
 * PII dropped in at random points between separators. Every seed used is remembered.
 */
final class Texts {
  private static final List<String> WORDS = List.of("the", "invoice", "please", "summarise", "call", "meeting",
      "Montag", "über", "naïve", "café", "résumé", "order", "2024-05-01", "42", "3.14", "#123", "v1.2.3",
      "JSON", "{\"a\":1}", "[1,2]", "null", "true", "http://example.com/x?y=1", "a_b", "x=y", "C:\\temp\\f.txt",
      "\"quoted\"", "'single'", "\\", "\\n", "\\u0041", "<b>", "&amp;", "%20", "50%", "$9.99", "€12,50", "+", "-", "#");
  private static final List<String> SCRIPTS = List.of("😀", "👩‍💻", "🇩🇪", "🏳️‍🌈", "𝄞", "مرحبا بالعالم", "שלום",
      "\u202Eabc\u202C", "\u200F", "e\u0301", "a\u0308\u0304", "Z\u0335\u0321\u0322a\u0336l", "日本語のテキスト", "中文",
      "한국어", "ไทย", "Ελληνικά", "кириллица", "\u00A0", "\u200B", "\uFEFF", "\u2028", "\u0000", "\u001F", "\u007F",
      "\uD800", "\uDFFF", "\uFFFF", "\uFFFD");
  private static final List<String> SEPARATORS = List.of(" ", "\n", ", ", ". ", " (", ") ", ": ", "\t", " - ",
      "\n\n", " \"", "\" ", "; ");

  private final SplittableRandom r;
  private final Pii pii;
  /** Chance, out of 100, that a content string gets a seed. */
  private final int seedPercent;
  final List<Pii.Placed> used = new ArrayList<>();

  Texts(SplittableRandom r, Pii pii) {
    this.r = r;
    this.pii = pii;
    this.seedPercent = Gen.oneOf(r, 10, 30, 60, 90);
  }

  /** A content string: prose, maybe with seeds in it, each between separators (or at an end). */
  String content() {
    String prose = prose(12);
    if (r.nextInt(100) >= seedPercent) {
      return prose;
    }
    int n = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
    int[] cuts = new int[n];
    for (int i = 0; i < n; i++) {
      int at = r.nextInt(prose.length() + 1);
      if (at > 0 && at < prose.length() && Character.isLowSurrogate(prose.charAt(at))) {
        at--; // keep an emoji whole: a split pair would be two lone surrogates around the seed
      }
      cuts[i] = at;
    }
    java.util.Arrays.sort(cuts);
    List<Pii.Seed> seeds = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int from = 0;
    for (int i = 0; i < n; i++) {
      int at = cuts[i];
      Pii.Seed s = pii.pick(r);
      seeds.add(s);
      sb.append(prose, from, at);
      boolean first = i == 0 && at == 0;
      boolean last = i == n - 1 && at == prose.length();
      sb.append(first && r.nextBoolean() ? "" : Gen.oneOf(r, SEPARATORS)).append(s.text());
      sb.append(last && r.nextBoolean() ? "" : Gen.oneOf(r, SEPARATORS));
      from = at;
    }
    sb.append(prose, from, prose.length());
    String text = sb.toString();
    seeds.forEach(s -> used.add(new Pii.Placed(s, text)));
    return text;
  }

  /** Text without seeds, up to {@code maxPieces} pieces. */
  String prose(int maxPieces) {
    StringBuilder sb = new StringBuilder();
    for (int n = Gen.length(r, maxPieces); n > 0; n--) {
      if (sb.length() > 0) {
        sb.append(r.nextInt(5) == 0 ? Gen.oneOf(r, SEPARATORS) : " ");
      }
      switch (r.nextInt(10)) {
        case 0, 1 -> sb.append(Gen.oneOf(r, SCRIPTS));
        case 2 -> sb.append(Gen.anyText(r, 8));
        default -> sb.append(Gen.oneOf(r, WORDS));
      }
    }
    return sb.toString();
  }

  /** A harmless key for unknown fields: never one the body rules treat as structure or media. */
  String unknownKey() {
    String k = switch (r.nextInt(4)) {
      case 0 -> Gen.oneOf(r, "notes", "extra", "context", "x_custom", "annotations", "hints", "payload", "ctx");
      case 1 -> Gen.oneOf(r, "ключ", "キー", "clé", "🔑", "a b", "a\"b", "a\\b", "", "\u0000", "𝄞");
      case 2 -> "x" + r.nextInt(1000);
      default -> Gen.oneOf(r, "data", "text", "body", "content", "value", "items", "list");
    };
    return k;
  }
}
