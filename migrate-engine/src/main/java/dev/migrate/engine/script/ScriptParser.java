package dev.migrate.engine.script;

import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.TargetParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the header and finds the sections of a SQL script (SPEC section 2), in one pass over its
 * lines. Statements are not split here.
 *
 * <p>The header is the leading block of {@code -- key: value} lines. Free comments may stand before
 * and inside it; the first blank line after a key, or the first section marker, ends it. Inside the
 * block an unknown key is an error; after it, a known key is an error (it would otherwise be
 * silently ignored) and other {@code word:} comments are free text.
 */
public final class ScriptParser {
  /** Revision ids. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,32}");

  /** Branch labels, and {@code depends_on} entries (which may be labels). */
  public static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]{1,64}");

  /** Words of the target grammar that cannot be labels. */
  private static final Set<String> KEYS =
      Set.of(
          "revision",
          "down_revision",
          "message",
          "create_date",
          "branch_labels",
          "depends_on",
          "transactional");

  private static final String DIRECTIVE = "migrate:";

  private ScriptParser() {}

  /**
   * Parses normalised script text ({@link ScriptText#normalise}).
   *
   * @param file the script as shown in messages; becomes {@link Revision#source()}
   * @throws ScriptException naming the file and line of the first problem
   */
  public static SqlMigration parse(String text, String file) {
    return new Pass(text, file).run();
  }

  private enum State {
    BEFORE_HEADER,
    HEADER,
    AFTER_HEADER,
    SECTION
  }

  private static final class Pass {
    private final String text;
    private final String file;
    private final Map<String, String> header = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private State state = State.BEFORE_HEADER;
    private String openSection;
    private int openStart;
    private int openFirstLine;
    private ScriptSection upgrade;
    private ScriptSection downgrade;
    private int line;

    Pass(String text, String file) {
      this.text = text;
      this.file = file;
    }

    SqlMigration run() {
      int pos = 0;
      int length = text.length();
      line = 0;
      while (pos < length) {
        line++;
        int eol = text.indexOf('\n', pos);
        if (eol < 0) {
          eol = length;
        }
        readLine(pos, eol);
        pos = eol + 1;
      }
      closeSection(length);
      if (upgrade == null) {
        throw error(0, "no '-- migrate:upgrade' section; put that line before the upgrade SQL");
      }
      return build();
    }

    private void readLine(int start, int end) {
      int first = start;
      while (first < end && text.charAt(first) <= ' ') {
        first++;
      }
      boolean comment =
          first + 1 < end && text.charAt(first) == '-' && text.charAt(first + 1) == '-';
      if (comment) {
        String content = text.substring(first + 2, end).strip();
        if (content.regionMatches(true, 0, DIRECTIVE, 0, DIRECTIVE.length())) {
          directive(content.substring(DIRECTIVE.length()).strip().toLowerCase(Locale.ROOT), start);
          return;
        }
        if (state != State.SECTION) {
          headerComment(content);
        }
      } else if (first == end) {
        if (state == State.HEADER) {
          state = State.AFTER_HEADER;
        }
      } else if (state != State.SECTION) {
        throw error(line, "SQL before '-- migrate:upgrade'; every statement belongs to a section");
      }
    }

    private void directive(String name, int lineStart) {
      switch (name) {
        case "upgrade", "downgrade" -> openSection(name, lineStart);
        case "statement-begin", "statement-end" -> {
          if (state != State.SECTION) {
            throw error(line, "-- migrate:" + name + " before '-- migrate:upgrade'");
          }
        }
        default -> {
          // Lint suppressions: read by lint from the section's text, nothing to do here.
          if (!name.startsWith("lint-ignore")) {
            throw error(
                line,
                "unknown directive '-- migrate:"
                    + name
                    + "'; expected -- migrate:upgrade, -- migrate:downgrade,"
                    + " -- migrate:statement-begin, -- migrate:statement-end or"
                    + " -- migrate:lint-ignore");
          }
        }
      }
    }

    private void openSection(String name, int lineStart) {
      closeSection(lineStart);
      if (("upgrade".equals(name) && upgrade != null)
          || ("downgrade".equals(name) && downgrade != null)) {
        throw error(line, "a second '-- migrate:" + name + "' section");
      }
      state = State.SECTION;
      openSection = name;
      int next = text.indexOf('\n', lineStart);
      openStart = next < 0 ? text.length() : next + 1;
      openFirstLine = line + 1;
    }

    private void closeSection(int end) {
      if (openSection == null) {
        return;
      }
      ScriptSection section =
          new ScriptSection(text.substring(Math.min(openStart, end), end), openFirstLine);
      if ("upgrade".equals(openSection)) {
        upgrade = section;
      } else {
        downgrade = section;
      }
      openSection = null;
    }

    private void headerComment(String content) {
      int keyEnd = 0;
      while (keyEnd < content.length() && isKeyChar(content.charAt(keyEnd))) {
        keyEnd++;
      }
      int colon = keyEnd;
      while (colon < content.length() && content.charAt(colon) == ' ') {
        colon++;
      }
      boolean keyShaped =
          keyEnd > 0
              && colon < content.length()
              && content.charAt(colon) == ':'
              && (colon + 1 == content.length() || content.charAt(colon + 1) <= ' ');
      if (!keyShaped) {
        return; // a free comment
      }
      String key = content.substring(0, keyEnd);
      String value = content.substring(colon + 1).strip();
      boolean known = KEYS.contains(key);
      if (state == State.AFTER_HEADER) {
        if (known) {
          throw error(
              line,
              "header key '"
                  + key
                  + "' after the header ended; keep the header in one block without blank lines");
        }
        return;
      }
      if (!known) {
        throw error(line, "unknown header key '" + key + "'; known keys: " + knownKeys());
      }
      if (header.containsKey(key)) {
        throw error(line, "header key '" + key + "' appears twice");
      }
      header.put(key, value);
      keyLines.put(key, line);
      state = State.HEADER;
    }

    private static boolean isKeyChar(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static String knownKeys() {
      return "revision, down_revision, message, create_date, branch_labels, depends_on,"
          + " transactional";
    }

    private SqlMigration build() {
      String id = header.get("revision");
      if (id == null || id.isEmpty()) {
        throw error(
            keyLines.getOrDefault("revision", 1),
            "missing '-- revision: <id>' header (the header is the leading block of"
                + " '-- key: value' lines)");
      }
      checkId("revision", id);
      List<String> down = list("down_revision", "revision id", ID, "1 to 32");
      List<String> labels = list("branch_labels", "branch label", LABEL, "1 to 64");
      List<String> depends = list("depends_on", "reference", LABEL, "1 to 64");
      for (String label : labels) {
        if (TargetParser.isReserved(label)) {
          throw error(
              keyLines.get("branch_labels"),
              "branch label '" + label + "' is reserved by the target grammar; choose another");
        }
      }
      boolean transactional = transactional();
      Revision revision =
          new Revision(id, down, labels, depends, header.getOrDefault("message", ""), file);
      return SqlMigration.hashedOnDemand(
          revision,
          text,
          transactional,
          emptyToNull(header.get("create_date")),
          upgrade,
          downgrade);
    }

    private void checkId(String key, String value) {
      if (!ID.matcher(value).matches()) {
        throw error(
            keyLines.get(key),
            key
                + " '"
                + value
                + "' is not a valid revision id: use 1 to 32 letters, digits or '_'");
      }
    }

    private List<String> list(String key, String what, Pattern pattern, String length) {
      String value = header.get(key);
      if (value == null || value.isEmpty()) {
        return List.of();
      }
      List<String> items = new ArrayList<>();
      for (String raw : value.split(",", -1)) {
        String item = raw.strip();
        if (!pattern.matcher(item).matches()) {
          throw error(
              keyLines.get(key),
              key
                  + ": '"
                  + item
                  + "' is not a valid "
                  + what
                  + "; use "
                  + length
                  + " letters, digits or '_', separated by commas");
        }
        if (items.contains(item)) {
          throw error(keyLines.get(key), key + ": '" + item + "' is listed twice");
        }
        items.add(item);
      }
      return items;
    }

    private boolean transactional() {
      String value = header.get("transactional");
      if (value == null) {
        return true;
      }
      if (value.equalsIgnoreCase("true")) {
        return true;
      }
      if (value.equalsIgnoreCase("false")) {
        return false;
      }
      throw error(
          keyLines.get("transactional"),
          "transactional must be true or false, not '" + value + "'");
    }

    private static String emptyToNull(String value) {
      return value == null || value.isEmpty() ? null : value;
    }

    private ScriptException error(int atLine, String problem) {
      return new ScriptException(file, atLine, problem);
    }
  }
}
