package dev.veil.fuzz;

import dev.veil.fuzz.JsonText.Arr;
import dev.veil.fuzz.JsonText.Nested;
import dev.veil.fuzz.JsonText.Obj;
import dev.veil.fuzz.JsonText.Raw;
import dev.veil.testing.Gen;
import java.util.SplittableRandom;

/**
 * Realistic OpenAI request bodies with random extras: chat completions (every role, content
 * parts, tool calls with JSON {@code arguments}), Responses input items, embeddings (strings and
 * token arrays), moderations, legacy completions and unknown routes; unknown fields with nested
 * values, odd numbers, and now and then a part the default policy blocks. Content strings come
 * from {@link Texts}, so seeds only go where Veil promises to look.
 */
final class Requests {
  private static final String[] NUMBERS = {"0", "-0", "1", "-1", "0.7", "1.0", "1e308", "-1E-308", "4.9e-324",
      "123456789012345678901234567890", "1.7976931348623157e308", "0.000000000000000000000001", "2E+2", "-12.5e-3",
      "9223372036854775808", "-9223372036854775809", "1" + "0".repeat(99)};

  /** A request: where it goes and its tree; {@link #blocked} when the default policy must refuse it. */
  record Request(String route, Object body, boolean blocked) {}

  private final SplittableRandom r;
  private final Texts t;
  private boolean blocked;

  Requests(SplittableRandom r, Texts texts) {
    this.r = r;
    this.t = texts;
  }

  Request next() {
    blocked = false;
    int kind = r.nextInt(20);
    String route;
    Obj body;
    if (kind < 8) {
      route = "/chat/completions";
      body = chat();
    } else if (kind < 13) {
      route = "/responses";
      body = responses();
    } else if (kind < 15) {
      route = "/embeddings";
      body = embeddings();
    } else if (kind < 17) {
      route = "/moderations";
      body = moderations();
    } else if (kind < 18) {
      route = "/completions";
      body = new Obj().put("model", "gpt-3.5-turbo-instruct").put("prompt", r.nextBoolean() ? t.content() : strings(4))
          .put("max_tokens", new Raw("16"));
    } else {
      route = Gen.oneOf(r, "/assistants", "/threads/thread_abc/messages", "/batches", "/vector_stores", "/x/y");
      body = unknownObject(3);
    }
    extras(body);
    return new Request(route, body, blocked);
  }

  private Obj chat() {
    Obj body = new Obj().put("model", Gen.oneOf(r, "gpt-4o", "gpt-4.1-mini", "o3", "gpt-5"));
    Arr messages = new Arr();
    for (int n = 1 + Gen.length(r, 7); n > 0; n--) {
      messages.add(message());
    }
    body.put("messages", messages);
    if (r.nextInt(3) == 0) {
      body.put("tools", new Arr().add(new Obj().put("type", "function").put("function", new Obj()
          .put("name", "lookup_customer").put("description", t.content()).put("parameters", schema()))));
    }
    if (r.nextInt(4) == 0) {
      body.put("response_format", new Obj().put("type", "json_schema").put("json_schema",
          new Obj().put("name", "answer").put("schema", schema()).put("strict", new Raw("true"))));
    }
    if (r.nextBoolean()) {
      body.put("temperature", number());
    }
    if (r.nextInt(4) == 0) {
      body.put("stream", new Raw(Gen.oneOf(r, "true", "false")));
    }
    if (r.nextInt(5) == 0) {
      body.put("logit_bias", new Obj().put("50256", new Raw("-100")));
    }
    return body;
  }

  private Obj message() {
    String role = Gen.oneOf(r, "system", "developer", "user", "user", "assistant", "tool", "function");
    Obj m = new Obj().put("role", role);
    switch (role) {
      case "assistant" -> {
        m.put("content", r.nextBoolean() ? t.content() : JsonText.NULL);
        if (r.nextBoolean()) {
          Arr calls = new Arr();
          for (int n = 1 + r.nextInt(3); n > 0; n--) {
            calls.add(new Obj().put("id", "call_" + r.nextInt(1_000_000)).put("type", "function")
                .put("function", new Obj().put("name", "send_email").put("arguments", arguments())));
          }
          m.put("tool_calls", calls);
        }
        if (r.nextInt(6) == 0) {
          m.put("refusal", t.content());
        }
      }
      case "tool" -> m.put("tool_call_id", "call_" + r.nextInt(1000)).put("content", r.nextBoolean() ? t.content() : parts());
      case "function" -> m.put("name", "get_weather").put("content", t.content());
      default -> {
        m.put("content", r.nextBoolean() ? t.content() : parts());
        if (r.nextInt(5) == 0) {
          m.put("name", t.content());
        }
      }
    }
    return m;
  }

  /** Chat content parts: text, image URLs, and now and then audio or a file (blocked by default). */
  private Arr parts() {
    Arr parts = new Arr();
    for (int n = Gen.length(r, 4); n > 0; n--) {
      int k = r.nextInt(12);
      if (k < 8) {
        parts.add(new Obj().put("type", "text").put("text", t.content()));
      } else if (k < 10) {
        parts.add(new Obj().put("type", "image_url").put("image_url", new Obj()
            .put("url", Gen.oneOf(r, "https://example.com/cat.png", "data:image/png;base64,iVBORw0KGgo="))
            .put("detail", "auto")));
      } else if (k == 10) {
        blocked = true;
        parts.add(new Obj().put("type", "input_audio")
            .put("input_audio", new Obj().put("data", "UklGRg==").put("format", "wav")));
      } else {
        blocked = true;
        parts.add(new Obj().put("type", "file").put("file", new Obj().put("filename", "a.pdf")
            .put("file_data", "data:application/pdf;base64,JVBERi0xLjQK")));
      }
    }
    return parts;
  }

  /**
   * Tool-call arguments: JSON in a string, sometimes not JSON at all. JSON with a repeated key
   * is an open finding (scanned as raw text, so escapes hide values) and only comes with
   * {@link FuzzCase#KNOWN_FINDINGS}.
   */
  private Object arguments() {
    return switch (r.nextInt(8)) {
      case 0 -> t.content();
      case 1 -> "{\"to\": \"" + t.prose(3) + "\""; // cut off: scanned as text
      case 2 -> FuzzCase.KNOWN_FINDINGS
          ? new Nested(new Obj().put("to", t.content()).put("to", t.content()))
          : new Nested(new Arr().add(t.content()).add(new Obj().put("to", t.content())));
      default -> new Nested(new Obj().put("to", t.content()).put("subject", t.content())
          .put("cc", strings(3)).put("n", number()).put("deep", unknownValue(3)));
    };
  }

  private Obj schema() {
    return new Obj().put("type", "object").put("description", t.content()).put("properties", new Obj()
        .put("email", new Obj().put("type", "string").put("description", t.content()))
        .put("kind", new Obj().put("type", "string").put("enum", strings(3))))
        .put("required", new Arr().add("email"));
  }

  private Obj responses() {
    Obj body = new Obj().put("model", "gpt-4o");
    if (r.nextInt(4) == 0) {
      body.put("input", t.content());
    } else {
      Arr input = new Arr();
      for (int n = 1 + Gen.length(r, 6); n > 0; n--) {
        input.add(inputItem());
      }
      body.put("input", input);
    }
    if (r.nextBoolean()) {
      body.put("instructions", t.content());
    }
    if (r.nextInt(3) == 0) {
      body.put("tools", new Arr().add(new Obj().put("type", "function").put("name", "lookup")
          .put("description", t.content()).put("parameters", schema())));
    }
    if (r.nextInt(4) == 0) {
      body.put("text", new Obj().put("format", new Obj().put("type", "json_schema").put("name", "out").put("schema", schema())));
    }
    if (r.nextInt(4) == 0) {
      body.put("reasoning", new Obj().put("effort", "low").put("summary", "auto"));
    }
    if (r.nextInt(4) == 0) {
      body.put("previous_response_id", "resp_" + r.nextInt(1_000_000)).put("store", new Raw(Gen.oneOf(r, "true", "false")));
    }
    return body;
  }

  private Obj inputItem() {
    return switch (r.nextInt(6)) {
      case 0 -> new Obj().put("type", "function_call").put("call_id", "call_" + r.nextInt(1000))
          .put("name", "send_email").put("arguments", arguments());
      case 1 -> new Obj().put("type", "function_call_output").put("call_id", "call_" + r.nextInt(1000))
          .put("output", arguments());
      case 2 -> new Obj().put("type", "message").put("role", Gen.oneOf(r, "user", "assistant", "system", "developer"))
          .put("content", new Arr().add(new Obj().put("type", "input_text").put("text", t.content())));
      default -> {
        Obj item = new Obj().put("role", Gen.oneOf(r, "user", "assistant", "system", "developer"));
        if (r.nextBoolean()) {
          item.put("content", t.content());
        } else {
          Arr content = new Arr();
          for (int n = Gen.length(r, 3); n > 0; n--) {
            content.add(r.nextInt(5) == 0
                ? new Obj().put("type", "input_image").put("image_url", "https://example.com/a.jpg")
                : new Obj().put("type", r.nextBoolean() ? "input_text" : "output_text").put("text", t.content()));
          }
          item.put("content", content);
        }
        yield item;
      }
    };
  }

  private Obj embeddings() {
    Object input = switch (r.nextInt(4)) {
      case 0 -> t.content();
      case 1 -> strings(5);
      case 2 -> tokens();
      default -> new Arr().add(tokens()).add(tokens());
    };
    Obj body = new Obj().put("model", "text-embedding-3-small").put("input", input);
    if (r.nextBoolean()) {
      body.put("encoding_format", Gen.oneOf(r, "float", "base64")).put("dimensions", new Raw("256"));
    }
    return body;
  }

  private Arr tokens() {
    Arr a = new Arr();
    for (int n = Gen.length(r, 20); n > 0; n--) {
      a.add(new Raw(Integer.toString(r.nextInt(200_000))));
    }
    return a;
  }

  private Obj moderations() {
    Object input = switch (r.nextInt(3)) {
      case 0 -> t.content();
      case 1 -> strings(4);
      default -> new Arr().add(new Obj().put("type", "text").put("text", t.content()))
          .add(new Obj().put("type", "image_url").put("image_url", new Obj().put("url", "https://example.com/i.png")));
    };
    return new Obj().put("model", "omni-moderation-latest").put("input", input);
  }

  /** End-user ids, metadata and unknown fields, any of which may carry seeds. */
  private void extras(Obj body) {
    if (r.nextInt(4) == 0) {
      body.put(Gen.oneOf(r, "user", "safety_identifier", "prompt_cache_key"), t.content());
    }
    if (r.nextInt(4) == 0) {
      body.put("metadata", new Obj().put("ticket", t.content()).put("customer", t.content()));
    }
    for (int n = Gen.length(r, 3); n > 0; n--) {
      body.putNew(t.unknownKey(), unknownValue(4));
    }
  }

  private Obj unknownObject(int depth) {
    Obj o = new Obj();
    for (int n = Gen.length(r, 4); n > 0; n--) {
      o.putNew(t.unknownKey(), unknownValue(depth - 1));
    }
    return o;
  }

  /** Any JSON value; strings are content. */
  private Object unknownValue(int depth) {
    int k = r.nextInt(depth <= 0 ? 5 : 8);
    return switch (k) {
      case 0, 1 -> t.content();
      case 2 -> number();
      case 3 -> new Raw(Gen.oneOf(r, "true", "false", "null"));
      case 4 -> strings(3);
      case 5 -> unknownObject(depth);
      default -> {
        Arr a = new Arr();
        for (int n = Gen.length(r, 4); n > 0; n--) {
          a.add(unknownValue(depth - 1));
        }
        yield a;
      }
    };
  }

  private Arr strings(int max) {
    Arr a = new Arr();
    for (int n = Gen.length(r, max); n > 0; n--) {
      a.add(t.content());
    }
    return a;
  }

  private Raw number() {
    return new Raw(r.nextBoolean() ? Gen.oneOf(r, NUMBERS)
        : Double.toString(r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20)));
  }
}
