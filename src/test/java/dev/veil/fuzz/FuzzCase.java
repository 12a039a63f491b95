package dev.veil.fuzz;

import dev.veil.fuzz.JsonText.Arr;
import dev.veil.fuzz.JsonText.Field;
import dev.veil.fuzz.JsonText.Obj;
import dev.veil.fuzz.JsonText.Raw;
import dev.veil.testing.Gen;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One generated request body and what Veil must do with it. Most are valid requests
 * ({@link Requests}); the rest are variants: too deep, a repeated key, a top level that is not
 * an object, JSON extensions Jackson refuses by default, truncated, a flipped byte, invalid
 * UTF-8, trailing text, a byte-order mark or UTF-16.
 *
 * @param placed every seed in the body, with the content string it went into
 * @param shape the variant, for counts ("valid", "truncated", ...)
 * @param facts the fuzzer's own judgement of the bytes
 * @param mustForward a valid body within the limits that the default policy does not block
 * @param checkSeeds whether seeds must be absent from what is forwarded; false only for flipped
 *     bytes that left the JSON valid (a flip in a key can turn content into structure)
 */
record FuzzCase(String route, byte[] body, List<Pii.Placed> placed, String shape, StrictJson.Facts facts,
    boolean mustForward, boolean checkSeeds) {

  /** The distinct seeds in the body. */
  List<Pii.Seed> seeds() {
    return placed.stream().map(Pii.Placed::seed).distinct().toList();
  }

  /**
   * Whether to also generate the inputs of open findings ({@code FuzzFindingsTest}), which fail
   * the run until fixed: {@code -Dveil.fuzz.known=true}. CI leaves them out.
   */
  static final boolean KNOWN_FINDINGS = Boolean.getBoolean("veil.fuzz.known");

  /** Broken UTF-8: a lone lead byte, a stray continuation, cut sequences, an encoded surrogate. */
  private static final byte[][] BAD_UTF8 = {{(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
  /**
   * Open findings, Veil forwards them: overlong forms, a code point past U+10FFFF, and a 0xFF
   * byte (at the head of a short key it is read as the key without it, once that key was seen:
   * which makes the outcome depend on earlier requests).
   */
  private static final byte[][] BAD_UTF8_FORWARDED = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF},
      {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}};

  static FuzzCase generate(SplittableRandom r, Pii pii) {
    Texts texts = new Texts(r, pii);
    Requests.Request req = new Requests(r, texts).next();
    Obj root = (Obj) req.body();
    int pick = r.nextInt(100);
    String shape;
    byte[] body;
    if (pick < 62) {
      shape = "valid";
      body = bytes(r, root);
    } else if (pick < 67) {
      shape = "deep";
      root.put("nest_" + r.nextInt(1_000_000), deep(r, texts, r.nextInt(4) == 0 ? 60 + r.nextInt(300) : 55 + r.nextInt(15)));
      body = bytes(r, root);
    } else if (pick < 70) {
      shape = "duplicate-key";
      List<Field> fields = root.fields();
      if (fields.isEmpty()) {
        root.put("model", "gpt-4o");
      }
      Field f = fields.get(r.nextInt(fields.size()));
      fields.add(r.nextInt(fields.size() + 1), new Field(f.key(), r.nextBoolean() ? f.value() : texts.content()));
      body = bytes(r, root);
    } else if (pick < 73) {
      shape = "not-an-object";
      Object top = switch (r.nextInt(5)) {
        case 0 -> new Arr().add(root);
        case 1 -> texts.content();
        case 2 -> new Raw(Gen.oneOf(r, "42", "-1.5e3", "null", "true", "false"));
        case 3 -> new Arr();
        default -> new Arr().add(texts.content()).add(new Raw("1"));
      };
      body = bytes(r, top);
    } else if (pick < 76) {
      shape = "json-extension";
      body = extension(r, new String(bytes(r, root), StandardCharsets.UTF_8));
    } else if (pick < 82) {
      shape = "truncated";
      byte[] whole = bytes(r, root);
      body = java.util.Arrays.copyOf(whole, 1 + r.nextInt(whole.length - 1));
    } else if (pick < 88) {
      shape = "flipped-byte";
      byte[] whole = bytes(r, root);
      do {
        body = whole.clone();
        int at = r.nextInt(body.length);
        body[at] = r.nextBoolean() ? (byte) (body[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
      } while (!KNOWN_FINDINGS && forwardedBadUtf8(body));
    } else if (pick < 94) {
      shape = "invalid-utf8";
      byte[][] bad = KNOWN_FINDINGS && r.nextBoolean() ? BAD_UTF8_FORWARDED : BAD_UTF8;
      body = insertInString(r, bytes(r, root), Gen.oneOf(r, bad));
    } else if (pick < 97) {
      shape = "trailing";
      String json = new String(bytes(r, root), StandardCharsets.UTF_8);
      String tail = Gen.oneOf(r, "x", "{}", "[]", ",", "}", "\"", "null", " 1", "\u0000", "//");
      body = (json + tail).getBytes(StandardCharsets.UTF_8);
    } else {
      shape = r.nextBoolean() ? "bom" : "utf16";
      String json = new String(bytes(r, root), StandardCharsets.UTF_8);
      body = shape.equals("bom") ? ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8)
          : json.getBytes(r.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16);
    }
    StrictJson.Facts facts = StrictJson.judge(body);
    boolean flipped = shape.equals("flipped-byte");
    return new FuzzCase(req.route(), body, List.copyOf(texts.used), shape, facts,
        facts.acceptable() && !req.blocked() && !flipped, !flipped);
  }

  /**
   * Whether {@code b} holds UTF-8 that is invalid yet may be accepted by Veil (open findings): an
   * overlong form (lead C0/C1, E0 80-9F, F0 80-8F), a code point past U+10FFFF (F4 90-BF, F5-F7),
   * or a 0xFF byte.
   */
  static boolean forwardedBadUtf8(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      int lead = b[i] & 0xff;
      int next = i + 1 < b.length ? b[i + 1] & 0xff : 0;
      boolean overlong = lead == 0xC0 || lead == 0xC1 || (lead == 0xE0 && next >= 0x80 && next < 0xA0)
          || (lead == 0xF0 && next >= 0x80 && next < 0x90);
      boolean pastMax = (lead == 0xF4 && next >= 0x90) || (lead >= 0xF5 && lead <= 0xF7);
      if (overlong || pastMax || lead == 0xFF) {
        return true;
      }
    }
    return false;
  }

  private static byte[] bytes(SplittableRandom r, Object tree) {
    return new JsonText(r).write(tree).getBytes(StandardCharsets.UTF_8);
  }

  /** {@code levels} arrays and objects inside each other, with content at the bottom. */
  private static Object deep(SplittableRandom r, Texts texts, int levels) {
    Object v = texts.content();
    for (int i = 0; i < levels; i++) {
      v = r.nextBoolean() ? new Arr().add(v) : new Obj().put(texts.unknownKey(), v);
    }
    return v;
  }

  /** JSON as lenient parsers take it and strict ones refuse. */
  private static byte[] extension(SplittableRandom r, String json) {
    int brace = json.indexOf('{');
    String out = switch (r.nextInt(7)) {
      case 0 -> json.substring(0, brace + 1) + "/* c */" + json.substring(brace + 1);
      case 1 -> json.substring(0, json.lastIndexOf('}')) + ",}";
      case 2 -> json.substring(0, brace + 1) + "'k':'v'," + json.substring(brace + 1);
      case 3 -> json.substring(0, brace + 1) + "\"k\":NaN," + json.substring(brace + 1);
      case 4 -> json.substring(0, brace + 1) + "\"k\":007," + json.substring(brace + 1);
      case 5 -> json.substring(0, brace + 1) + "\"k\":\"a\tb\nc\"," + json.substring(brace + 1);
      default -> json.substring(0, brace + 1) + "k:1," + json.substring(brace + 1);
    };
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code bad} put right after a random quote (inside a key or string, mostly). */
  private static byte[] insertInString(SplittableRandom r, byte[] body, byte[] bad) {
    int at = r.nextInt(body.length);
    for (int i = 0; i < body.length; i++) {
      int k = (at + i) % body.length;
      if (body[k] == '"') {
        at = k + 1;
        break;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + bad.length);
    out.write(body, 0, at);
    out.writeBytes(bad);
    out.write(body, at, body.length - at);
    return out.toByteArray();
  }
}
