package dev.migrate.jpa.naming;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The project's {@code application.properties} (or {@code .yml}, {@code .yaml}) from its class
 * path, keyed by Spring's canonical form (lower case, no dashes or underscores, so {@code
 * physical-strategy}, {@code physicalStrategy} and {@code physical_strategy} are one key). Only the
 * default profile is read, and of YAML only nested maps of scalars, which is what the naming keys
 * are.
 */
final class SpringProperties {
  private final Map<String, String> values;

  private SpringProperties(Map<String, String> values) {
    this.values = values;
  }

  static SpringProperties read(ClasspathResources classpath) {
    Map<String, String> values = new HashMap<>();
    classpath.text("application.yaml").ifPresent(text -> values.putAll(yaml(text)));
    classpath.text("application.yml").ifPresent(text -> values.putAll(yaml(text)));
    classpath.text("application.properties").ifPresent(text -> values.putAll(properties(text)));
    return new SpringProperties(values);
  }

  Optional<String> get(String key) {
    return Optional.ofNullable(values.get(canonical(key))).filter(v -> !v.isBlank());
  }

  private static String canonical(String key) {
    return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> properties(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> values = new HashMap<>();
    properties.forEach((k, v) -> values.put(canonical(k.toString()), v.toString().strip()));
    return values;
  }

  // The first YAML document only: later ones are profile-specific in practice.
  private static Map<String, String> yaml(String text) {
    Map<String, String> values = new HashMap<>();
    Deque<int[]> indents = new ArrayDeque<>();
    Deque<String> keys = new ArrayDeque<>();
    for (String raw : text.split("\\R")) {
      if (raw.strip().equals("---") && !values.isEmpty()) {
        break;
      }
      String line = withoutComment(raw);
      if (line.isBlank() || line.strip().startsWith("-")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      while (!indents.isEmpty() && indents.peek()[0] >= indent) {
        indents.pop();
        keys.pop();
      }
      String key = line.substring(indent, colon).strip();
      String value = unquote(line.substring(colon + 1).strip());
      if (value.isEmpty()) {
        indents.push(new int[] {indent});
        keys.push(key);
      } else {
        StringBuilder path = new StringBuilder();
        keys.descendingIterator().forEachRemaining(k -> path.append(k).append('.'));
        values.put(canonical(path + key), value);
      }
    }
    return values;
  }

  private static String withoutComment(String line) {
    int hash = line.indexOf(" #");
    String kept =
        line.stripLeading().startsWith("#") ? "" : hash < 0 ? line : line.substring(0, hash);
    return kept.stripTrailing();
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
