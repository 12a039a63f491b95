package dev.veil.body;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where a request keeps content and where it keeps structure, as a tree of small nodes (after
 * Jackson's {@code TokenFilter}): {@link #field} gives the rules for a field's value,
 * {@link #element} for an array's elements, {@link #strings} the treatment of a string here.
 *
 * <p>Fail closed: a field no rule names is {@link Treatment#CONTENT}. Known structure is copied
 * byte for byte: {@code model}, {@code role}, {@code type}, ids ({@code id}, {@code *_id},
 * {@code *_ids}), enum-like options, tool and function names, JSON-schema keywords.
 * {@code metadata} values and unknown routes are content all the way down.
 *
 * <p>Object keys follow {@link #knownKey}: a key is copied byte for byte only when it is a field
 * name these rules know; any other key is content and is scanned like a string value.
 */
final class FieldRules {
  private static final Set<String> STRUCTURAL_KEYS = Set.of(
      "model", "role", "type", "object", "id", "status", "tool_choice", "service_tier", "modalities",
      "voice", "detail", "finish_reason", "encoding_format", "include", "effort", "reasoning_effort",
      "truncation", "verbosity", "encrypted_content", "search_context_size", "conversation",
      "mime_type", "media_type");
  private static final Set<String> SCHEMA_TEXT = Set.of("description", "title", "examples", "default", "enum", "const");
  private static final Set<String> SCHEMA_MAPS = Set.of("properties", "$defs", "definitions", "patternProperties");
  /** Names {@link #field} gives a special rule to wherever globals apply (see the switch there). */
  private static final Set<String> GLOBAL_KEYS = Set.of(
      "image_url", "file", "file_data", "file_url", "input_audio", "metadata", "function", "function_call",
      "arguments", "output", "response_format", "format", "reasoning", "parameters");
  /**
   * Field names the OpenAI API defines whose values are content (or numbers, booleans, objects):
   * as keys they are API structure, not user content. Request bodies of the chat, responses,
   * embeddings, completions and moderations routes, their messages, items, content parts and
   * tools. A name missing here is only scanned (it costs a detector run), never broken.
   */
  private static final Set<String> API_KEYS = Set.of(
      "messages", "content", "text", "name", "description", "refusal", "tool_calls", "tool_call_id", "audio", "data", "url",
      "filename", "file_id", "input", "instructions", "prompt", "suffix", "tools", "functions", "user",
      "safety_identifier", "prompt_cache_key", "store", "stream", "stream_options", "include_usage",
      "include_obfuscation", "temperature", "top_p", "n", "stop", "max_tokens", "max_completion_tokens",
      "max_output_tokens", "max_tool_calls", "presence_penalty", "frequency_penalty", "logit_bias", "logprobs",
      "top_logprobs", "seed", "parallel_tool_calls", "prediction", "web_search_options", "user_location",
      "approximate", "city", "country", "region", "timezone", "previous_response_id", "background",
      "strict", "schema", "json_schema", "summary", "generate_summary", "call_id", "item_id", "annotations",
      "server_label", "server_url", "server_description", "allowed_tools", "require_approval", "headers",
      "vector_store_ids", "filters", "ranking_options", "max_num_results", "container", "variables",
      "version", "dimensions", "echo", "best_of", "action", "result", "results", "queries", "error");

  /** Strings copied as they are; so is everything below. */
  static final FieldRules STRUCTURAL = leaf(Treatment.STRUCTURAL);
  /** Every string below is content; no key is special (metadata, unknown routes, nested JSON). */
  static final FieldRules PURE_CONTENT = new FieldRules(Treatment.CONTENT, false);

  private static final FieldRules IMAGE = leaf(Treatment.IMAGE);
  private static final FieldRules FILE = leaf(Treatment.FILE);
  private static final FieldRules AUDIO = leaf(Treatment.AUDIO);
  private static final FieldRules IDENTIFIER = leaf(Treatment.IDENTIFIER);
  private static final FieldRules NESTED = new FieldRules(Treatment.NESTED_JSON, true);

  private static final FieldRules CONTENT = new FieldRules(Treatment.CONTENT, true);
  private static final FieldRules SCHEMA = new FieldRules(Treatment.STRUCTURAL, false);
  private static final FieldRules SCHEMA_MAP = new FieldRules(Treatment.STRUCTURAL, false);
  private static final FieldRules FUNCTION = new FieldRules(Treatment.STRUCTURAL, true);
  private static final FieldRules FORMAT = new FieldRules(Treatment.STRUCTURAL, true);
  private static final FieldRules REASONING = new FieldRules(Treatment.STRUCTURAL, true);
  private static final FieldRules NAMED_ITEM = new FieldRules(Treatment.CONTENT, true);
  private static final FieldRules CHAT = new FieldRules(Treatment.CONTENT, true);
  private static final FieldRules RESPONSES = new FieldRules(Treatment.CONTENT, true);
  private static final FieldRules OTHER_KNOWN = new FieldRules(Treatment.CONTENT, true);

  static {
    SCHEMA.others = SCHEMA;
    SCHEMA_TEXT.forEach(k -> SCHEMA.fields.put(k, PURE_CONTENT));
    SCHEMA_MAPS.forEach(k -> SCHEMA.fields.put(k, SCHEMA_MAP));
    SCHEMA_MAP.others = SCHEMA;
    // tools[].function, tool_calls[].function, tool_choice.function, legacy function_call
    FUNCTION.fields.put("name", STRUCTURAL);
    FUNCTION.fields.put("parameters", SCHEMA);
    FUNCTION.fields.put("arguments", NESTED);
    FUNCTION.fields.put("description", CONTENT);
    // response_format / text.format: json_schema {name, schema, description, strict}
    FORMAT.fields.put("name", STRUCTURAL);
    FORMAT.fields.put("schema", SCHEMA);
    FORMAT.fields.put("json_schema", FORMAT);
    FORMAT.fields.put("description", CONTENT);
    REASONING.fields.put("summary", STRUCTURAL);
    REASONING.fields.put("generate_summary", STRUCTURAL);
    // Responses input items and tools: function_call {name, arguments}, function tools {name, parameters}
    NAMED_ITEM.fields.put("name", STRUCTURAL);
    NAMED_ITEM.fields.put("parameters", SCHEMA);
    NAMED_ITEM.fields.put("server_label", STRUCTURAL);
    NAMED_ITEM.fields.put("allowed_tools", STRUCTURAL);

    for (FieldRules root : new FieldRules[] {CHAT, RESPONSES, OTHER_KNOWN}) {
      root.fields.put("user", IDENTIFIER);
      root.fields.put("safety_identifier", IDENTIFIER);
      root.fields.put("prompt_cache_key", IDENTIFIER);
    }
    CHAT.fields.put("tools", new FieldRules(Treatment.CONTENT, true).elements(NAMED_ITEM));
    CHAT.fields.put("functions", new FieldRules(Treatment.CONTENT, true).elements(FUNCTION));
    RESPONSES.fields.put("input", new FieldRules(Treatment.CONTENT, true).elements(NAMED_ITEM));
    RESPONSES.fields.put("tools", new FieldRules(Treatment.CONTENT, true).elements(NAMED_ITEM));
  }

  final Treatment strings;
  private final boolean globals;
  private final Map<String, FieldRules> fields = new HashMap<>();
  private FieldRules others;
  private FieldRules elements;

  private FieldRules(Treatment strings, boolean globals) {
    this.strings = strings;
    this.globals = globals;
    this.others = this;
    this.elements = this;
  }

  private static FieldRules leaf(Treatment t) {
    return new FieldRules(t, false);
  }

  private FieldRules elements(FieldRules e) {
    this.elements = e;
    return this;
  }

  /** The rules of the request body of {@code route}, the path after {@code /v1}. */
  static FieldRules forRoute(String route) {
    String r = route == null ? "" : route;
    int q = r.indexOf('?');
    if (q >= 0) {
      r = r.substring(0, q);
    }
    return switch (r) {
      case "/chat/completions" -> CHAT;
      case "/responses" -> RESPONSES;
      case "/embeddings", "/completions", "/moderations" -> OTHER_KNOWN;
      default -> PURE_CONTENT;
    };
  }

  /** The rules of the value of field {@code name} of an object governed by these rules. */
  FieldRules field(String name) {
    FieldRules f = fields.get(name);
    if (f != null) {
      return f;
    }
    if (this.strings.media()) {
      return this;
    }
    if (!globals) {
      return others;
    }
    return switch (name) { // each name here is in GLOBAL_KEYS too: as a key it is known
      case "image_url" -> IMAGE;
      case "file", "file_data", "file_url" -> FILE;
      case "input_audio" -> AUDIO;
      case "metadata" -> PURE_CONTENT;
      case "function", "function_call" -> FUNCTION;
      case "arguments", "output" -> NESTED;
      case "response_format", "format" -> FORMAT;
      case "reasoning" -> REASONING;
      case "parameters" -> SCHEMA;
      default -> STRUCTURAL_KEYS.contains(name) || name.endsWith("_id") || name.endsWith("_ids") ? STRUCTURAL : CONTENT;
    };
  }

  /**
   * Whether the key {@code name} of an object governed by these rules is a field name these rules
   * know, copied byte for byte and never scanned; otherwise the key is content. Known are: a name
   * with its own rule here ({@code function.name}, {@code tools}, ...); where the API's globals
   * apply (request roots, messages, items, parts, media parts), a name of {@link #API_KEYS},
   * {@link #STRUCTURAL_KEYS} or the global rules of {@link #field}; and every key below a
   * structural subtree without globals (a JSON schema's keywords and property names, the inside
   * of {@code tool_choice} or of an {@code *_id} object), whose values are not scanned either.
   * No key is known in {@code metadata}, on unknown routes, in JSON inside a string, or below an
   * identifier. The {@code *_id} suffix rule of values does not make a key known: it would let
   * {@code "jane@x.io_id"} through. Allocation-free: set lookups on the parser's own name.
   */
  boolean knownKey(String name) {
    if (fields.containsKey(name)) {
      return true;
    }
    if (globals || strings.media()) {
      return API_KEYS.contains(name) || STRUCTURAL_KEYS.contains(name) || GLOBAL_KEYS.contains(name);
    }
    return strings == Treatment.STRUCTURAL;
  }

  /** The rules of the elements of an array governed by these rules. */
  FieldRules element() {
    return elements;
  }

  /** Whether a field with these rules is a media part (its enclosing object is the part). */
  boolean mediaPart() {
    return strings.media();
  }
}
