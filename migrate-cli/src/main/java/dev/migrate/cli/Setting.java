package dev.migrate.cli;

import java.util.Locale;

/**
 * The settings the CLI reads from flags, the environment and {@code migrate.properties}. Each is
 * named and described once here; its flag ({@code --version-table}), environment variable ({@code
 * MIGRATE_VERSION_TABLE}) and property key ({@code migrate.versionTable}, the same key as the Maven
 * plugin's user property) are derived from that one name. What a value means is decided by {@link
 * ConfigResolver}, which hands it to the engine's {@code MigrateConfig.Builder}.
 */
enum Setting {
  URL("url", "URL", "JDBC URL, or postgresql://user:password@host:port/db."),
  USER("user", "USER", "Database user."),
  PASSWORD(
      "password", "PASSWORD", "Database password (prefer MIGRATE_PASSWORD: flags show up in ps)."),
  LOCATIONS(
      "locations",
      "L,...",
      "Script locations, comma-separated: filesystem:DIR or classpath:PATH"
          + " (default: filesystem:db/migrations)."),
  VERSION_TABLE("versionTable", "TABLE", "Version table (default: migrate_version)."),
  HISTORY_TABLE("historyTable", "TABLE", "History table (default: migrate_history)."),
  SCHEMA("schema", "SCHEMA", "Schema of both tables (default: the connection's)."),
  DIALECT("dialect", "NAME", "postgresql, mariadb, mysql or h2: for --sql without a database."),
  CLASSPATH(
      "classpath",
      "PATH",
      "Jars and directories (':' or ',' separated, DIR/* for all jars) holding Java migrations,"
          + " classpath: locations and extra JDBC drivers."),
  LOCK_TIMEOUT(
      "lockTimeout",
      "DURATION",
      "How long to wait for another runner's lock: 30s, 5m, PT2M (default: 5m)."),
  TRANSACTION_MODE(
      "transactionMode",
      "MODE",
      "per-revision (default) or all (one transaction for the whole run)."),
  /** A flag of {@code revision} only; globally an environment variable or a property. */
  VERSION_PATH("versionPath", null, null),
  FILE_TEMPLATE("fileTemplate", null, null),
  SCRIPT_TEMPLATE("scriptTemplate", null, null);

  private final String key;
  private final String paramLabel;
  private final String description;

  Setting(String key, String paramLabel, String description) {
    this.key = key;
    this.paramLabel = paramLabel;
    this.description = description;
  }

  /** True for the settings that have a global option. */
  boolean isGlobalOption() {
    return description != null;
  }

  String paramLabel() {
    return paramLabel;
  }

  String description() {
    return description;
  }

  /** The camel-case name, as in the Maven plugin's parameters. */
  String key() {
    return key;
  }

  /** The key in {@code migrate.properties}: {@code migrate.versionTable}. */
  String property() {
    return "migrate." + key;
  }

  /** The environment variable: {@code MIGRATE_VERSION_TABLE}. */
  String environmentVariable() {
    return "MIGRATE_" + words('_').toUpperCase(Locale.ROOT);
  }

  /** The command-line flag: {@code --version-table}. */
  String flag() {
    return "--" + words('-').toLowerCase(Locale.ROOT);
  }

  /**
   * The key's camel-case words joined by the separator ({@code lock-Timeout}). A loop, not a
   * regular expression: every start-up derives these names, some on the path to the database.
   */
  private String words(char separator) {
    StringBuilder words = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(key.charAt(i - 1))) {
        words.append(separator);
      }
      words.append(c);
    }
    return words.toString();
  }
}
