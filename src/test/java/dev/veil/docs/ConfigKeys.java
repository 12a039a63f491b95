package dev.veil.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.veil.config.ConfigLoader;
import dev.veil.config.VeilConfig;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every YAML key path of {@link VeilConfig}, found by walking its record components the way
 * {@link ConfigLoader} binds them: snake_case names (or the component's {@code @JsonProperty}),
 * {@code []} for the items of a list of records, {@code .<ENTITY>} for the values of a map of
 * records. Each path comes with the value the code applies when the key is absent: from binding
 * an empty file for top-level sections, and from the record's canonical constructor with every
 * argument null for list items and map values.
 */
final class ConfigKeys {
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

  /** What a documented key is: a leaf value, a list or map (of anything), or a nested record. */
  enum Kind { VALUE, COLLECTION, RECORD }

  /** One key path, its kind and its default (null when the key has no value of its own). */
  record Key(String path, Kind kind, Object defaultValue) {}

  private ConfigKeys() {}

  /** Every key path, in declaration order, with the defaults of an empty file. */
  static Map<String, Key> all() {
    return of(new ConfigLoader(Map.of()).parse("{}"));
  }

  /** Every key path with its value in {@code config} (list items and map values: their all-null defaults). */
  static Map<String, Key> of(VeilConfig config) {
    Map<String, Key> out = new LinkedHashMap<>();
    walk(VeilConfig.class, config, "", out);
    return out;
  }

  /** The leaf and collection paths: the ones the reference must list. */
  static Map<String, Key> documentable() {
    Map<String, Key> out = new LinkedHashMap<>();
    all().forEach((p, k) -> {
      if (k.kind() != Kind.RECORD) {
        out.put(p, k);
      }
    });
    return out;
  }

  private static void walk(Class<?> type, Object instance, String prefix, Map<String, Key> out) {
    for (RecordComponent c : type.getRecordComponents()) {
      String path = prefix.isEmpty() ? yamlName(c) : prefix + "." + yamlName(c);
      Object value = read(c, instance);
      Class<?> raw = c.getType();
      if (raw.isRecord()) {
        out.put(path, new Key(path, Kind.RECORD, null));
        walk(raw, value != null ? value : allNull(raw), path, out);
      } else if (List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
        out.put(path, new Key(path, Kind.COLLECTION, value));
        Class<?> item = itemType(c.getGenericType(), Map.class.isAssignableFrom(raw));
        if (item.isRecord()) {
          String itemPath = path + (List.class.isAssignableFrom(raw) ? "[]" : ".<ENTITY>");
          out.put(itemPath, new Key(itemPath, Kind.RECORD, null));
          walk(item, allNull(item), itemPath, out);
        }
      } else {
        out.put(path, new Key(path, Kind.VALUE, value));
      }
    }
  }

  static String yamlName(RecordComponent c) {
    JsonProperty named = c.getAccessor().getAnnotation(JsonProperty.class);
    if (named == null) {
      try {
        named = c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }
    return named != null && !named.value().isEmpty() ? named.value() : SNAKE.translate(c.getName());
  }

  private static Object read(RecordComponent c, Object instance) {
    try {
      return c.getAccessor().invoke(instance);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(c.toString(), e);
    }
  }

  private static Class<?> itemType(Type generic, boolean map) {
    if (generic instanceof ParameterizedType p) {
      Type arg = p.getActualTypeArguments()[map ? 1 : 0];
      if (arg instanceof Class<?> k) {
        return k;
      }
      if (arg instanceof ParameterizedType pa && pa.getRawType() instanceof Class<?> k) {
        return k;
      }
    }
    return Object.class;
  }

  /** A record built with every component null: what its compact constructor makes of an empty mapping. */
  static Object allNull(Class<?> record) {
    Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<?> ctor = record.getDeclaredConstructor(types);
      Object[] args = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        if (types[i].isPrimitive()) {
          throw new IllegalStateException(record.getSimpleName() + " has a primitive component: it cannot be absent in YAML");
        }
      }
      return ctor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(record.getName(), e);
    }
  }
}
