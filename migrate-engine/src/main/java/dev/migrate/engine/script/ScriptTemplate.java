package dev.migrate.engine.script;

import dev.migrate.engine.common.MigrateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a new script: the built-in one or a project's own (e.g. {@code
 * src/main/migrate/script.sql.template}) with {@code ${name}} placeholders: {@code revision},
 * {@code down_revision}, {@code message}, {@code create_date}, {@code branch_labels}, {@code
 * depends_on}, {@code slug}. A header line whose only placeholder is empty ({@code --
 * branch_labels: ${branch_labels}} on a revision without labels) is left out.
 */
public final class ScriptTemplate {
  static final Set<String> PLACEHOLDERS =
      Set.of(
          "revision",
          "down_revision",
          "message",
          "create_date",
          "branch_labels",
          "depends_on",
          "slug",
          "upgrades",
          "downgrades");

  private static final String BUILT_IN =
      """
      -- revision: ${revision}
      -- down_revision: ${down_revision}
      -- message: ${message}
      -- create_date: ${create_date}
      -- branch_labels: ${branch_labels}
      -- depends_on: ${depends_on}
      -- A statement that cannot run in a transaction (CREATE INDEX CONCURRENTLY)? Uncomment:
      -- -- transactional: false

      -- migrate:upgrade


      -- migrate:downgrade
      """;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern HEADER_LINE =
      Pattern.compile("\\s*--\\s*[A-Za-z_]+\\s*:\\s*\\$\\{[a-z_]+}\\s*");

  private final String text;
  private final String origin;

  private ScriptTemplate(String text, String origin) {
    this.text = text.replace("\r\n", "\n").replace('\r', '\n');
    this.origin = origin;
    validate();
  }

  public static ScriptTemplate builtIn() {
    return new ScriptTemplate(BUILT_IN, "the built-in script template");
  }

  /** The project's template file; a missing file is an error naming it. */
  public static ScriptTemplate load(Path file) {
    try {
      return new ScriptTemplate(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new MigrateException("Cannot read script template " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@link #builtIn()} when {@code file} is null. */
  public static ScriptTemplate loadOrBuiltIn(Path file) {
    return file == null ? builtIn() : load(file);
  }

  /** Whether the template has a place for this value, so that giving one is not silently lost. */
  public boolean uses(String placeholder) {
    return text.contains("${" + placeholder + "}");
  }

  /** The script text; values must be single lines (the header is line-based). */
  public String render(Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      Matcher m = PLACEHOLDER.matcher(line);
      StringBuilder rendered = new StringBuilder();
      boolean anyValue = false;
      while (m.find()) {
        String value = values.getOrDefault(m.group(1), "");
        anyValue |= !value.isEmpty();
        m.appendReplacement(rendered, Matcher.quoteReplacement(value));
      }
      m.appendTail(rendered);
      if (HEADER_LINE.matcher(line).matches() && !anyValue) {
        continue;
      }
      out.append(rendered).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /**
   * The script text with bodies for its two sections: in the {@code ${upgrades}} and {@code
   * ${downgrades}} slots where the template has them, else right after the {@code --
   * migrate:upgrade} and {@code -- migrate:downgrade} lines.
   */
  public String render(Map<String, String> values, String upgrades, String downgrades) {
    Map<String, String> all = new java.util.HashMap<>(values);
    all.put("upgrades", uses("upgrades") ? upgrades : "");
    all.put("downgrades", uses("downgrades") ? downgrades : "");
    String text = render(all);
    if (uses("upgrades") && uses("downgrades")) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(line).append('\n');
      if (line.strip().equals("-- migrate:upgrade") && !uses("upgrades")) {
        out.append(upgrades).append('\n');
      } else if (line.strip().equals("-- migrate:downgrade") && !uses("downgrades")) {
        out.append(downgrades).append('\n');
      }
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private void validate() {
    List<String> lines = List.of(text.split("\n", -1));
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = PLACEHOLDER.matcher(lines.get(i));
      while (m.find()) {
        if (!PLACEHOLDERS.contains(m.group(1))) {
          throw new MigrateException(
              origin
                  + ", line "
                  + (i + 1)
                  + ": unknown placeholder ${"
                  + m.group(1)
                  + "}; known are "
                  + PLACEHOLDERS.stream().sorted().map(p -> "${" + p + "}").toList());
        }
      }
    }
    if (lines.stream().noneMatch(l -> l.strip().equals("-- migrate:upgrade"))) {
      throw new MigrateException(
          origin + " has no '-- migrate:upgrade' line; a script without one cannot be loaded");
    }
    for (String required : List.of("revision", "down_revision")) {
      if (!uses(required)) {
        throw new MigrateException(origin + " must contain ${" + required + "} in its header");
      }
    }
  }

  @Override
  public String toString() {
    return origin;
  }
}
