package dev.veil.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Reads veil.yaml into a validated {@link VeilConfig}: YAML through Jackson, {@code ${VAR}}
 * interpolation, then the environment overrides ({@code VEIL_PORT}, {@code VEIL_UPSTREAM_URL},
 * {@code OPENAI_API_KEY}, {@code VEIL_HASH_KEY}, {@code VEIL_REDACTION_KEY}), then validation. Every failure is a {@link ConfigException} naming the
 * key path; no configured value is ever quoted back.
 */
public final class ConfigLoader {

  /** The configuration packaged in the jar (a copy of config/veil.yaml). */
  public static final String EMBEDDED = "/veil.yaml";

  private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory()).build();

  private final Map<String, String> env;
  private final ObjectMapper binder;

  public ConfigLoader(Map<String, String> env) {
    this.env = Objects.requireNonNull(env);
    SimpleModule durations = new SimpleModule("veil-durations");
    durations.addDeserializer(Duration.class, new DurationDeserializer());
    this.binder =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(durations)
            .build();
  }

  /** Which file to use: an explicit path, else {@code VEIL_CONFIG}, else ./config/veil.yaml if present, else the embedded default. */
  public Path resolve(String explicit) {
    String chosen = explicit != null ? explicit : env.get("VEIL_CONFIG");
    if (chosen != null && !chosen.isBlank()) {
      return Path.of(chosen);
    }
    Path local = Path.of("config", "veil.yaml");
    return Files.isRegularFile(local) ? local : null;
  }

  /** Loads {@code file}, or the embedded default when {@code file} is null. */
  public VeilConfig load(Path file) {
    return bind(readTree(file));
  }

  /** Loads configuration from YAML text (tests, previews). */
  public VeilConfig parse(String yaml) {
    try (InputStream in = new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      return bind(prepare(in));
    } catch (IOException e) {
      throw new ConfigException("(file)", "cannot be read");
    }
  }

  /** The interpolated, overridden YAML tree, before binding: what {@link #load} validates. */
  public JsonNode readTree(Path file) {
    try (InputStream in = file == null ? embedded() : Files.newInputStream(file)) {
      return prepare(in);
    } catch (IOException e) {
      throw new ConfigException("(file)", "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private JsonNode prepare(InputStream in) throws IOException {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new ConfigException("(file)", "not valid YAML" + (line > 0 ? " near line " + line : ""));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      root = YAML.createObjectNode();
    }
    if (!root.isObject()) {
      throw new ConfigException("(root)", "must be a mapping of sections");
    }
    interpolate((ObjectNode) root, "");
    applyEnvOverrides((ObjectNode) root);
    return root;
  }

  /** Binds and validates a tree (e.g. one built in a test). */
  public VeilConfig bind(JsonNode root) {
    VeilConfig config;
    try {
      config = binder.treeToValue(root, VeilConfig.class);
    } catch (JsonMappingException e) {
      throw describe(e);
    } catch (JsonProcessingException e) {
      throw new ConfigException("(root)", "cannot be read");
    }
    ConfigValidator.validate(config);
    return config;
  }

  private InputStream embedded() throws IOException {
    InputStream in = ConfigLoader.class.getResourceAsStream(EMBEDDED);
    if (in == null) {
      throw new IOException("embedded default config missing");
    }
    return in;
  }

  private void interpolate(JsonNode node, String path) {
    Interpolation interpolation = new Interpolation(env);
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (field.getValue().isTextual()) {
          field.setValue(TextNode.valueOf(interpolation.expand(child, field.getValue().textValue())));
        } else {
          interpolate(field.getValue(), child);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String child = path + "[" + i + "]";
        if (array.get(i).isTextual()) {
          array.set(i, TextNode.valueOf(interpolation.expand(child, array.get(i).textValue())));
        } else {
          interpolate(array.get(i), child);
        }
      }
    }
  }

  private void applyEnvOverrides(ObjectNode root) {
    override(root, "server", "port", "VEIL_PORT", true);
    override(root, "admin", "port", "VEIL_ADMIN_PORT", true);
    override(root, "upstream", "url", "VEIL_UPSTREAM_URL", false);
    override(root, "upstream", "api_key", "OPENAI_API_KEY", false);
    override(root, "audit", "hash_key", "VEIL_HASH_KEY", false);
    override(root, "redaction", "key", "VEIL_REDACTION_KEY", false);
  }

  private void override(ObjectNode root, String section, String key, String var, boolean numeric) {
    String value = env.get(var);
    if (value == null || value.isBlank()) {
      return;
    }
    JsonNode existing = root.get(section);
    ObjectNode target = existing instanceof ObjectNode o ? o : root.putObject(section);
    if (numeric) {
      try {
        target.put(key, Integer.parseInt(value.trim()));
      } catch (NumberFormatException e) {
        throw new ConfigException(section + "." + key, var + " is not a whole number");
      }
    } else {
      target.put(key, value.trim());
    }
  }

  private static ConfigException describe(JsonMappingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConfigException ce) {
        return ce;
      }
    }
    String path = pathOf(e);
    if (e instanceof UnrecognizedPropertyException) {
      return new ConfigException(path, "unknown key");
    }
    if (e instanceof InvalidFormatException f) {
      return new ConfigException(path, "expected " + typeName(f.getTargetType()));
    }
    if (e instanceof MismatchedInputException m) {
      return new ConfigException(path, "expected " + typeName(m.getTargetType()));
    }
    return new ConfigException(path, "invalid value");
  }

  static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? "(root)" : sb.toString();
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Duration.class) {
      return "a duration (e.g. 10s)";
    }
    if (java.util.List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
    }
    return "a mapping";
  }

  private static final class DurationDeserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String path = p.getParsingContext().pathAsPointer().toString().substring(1).replace('/', '.');
      if (p.currentToken().isNumeric()) {
        throw new ConfigException(path, "a duration needs a unit (e.g. 10s, 500ms)");
      }
      return Durations.parse(path, p.getValueAsString(""));
    }
  }
}
