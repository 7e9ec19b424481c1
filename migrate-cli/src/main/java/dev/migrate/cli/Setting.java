package dev.migrate.cli;

import java.util.Locale;

/**
 * The settings the CLI reads from flags, the environment and {@code migrate.properties}. Each is
 * named once here; its flag ({@code --version-table}), environment variable ({@code
 * MIGRATE_VERSION_TABLE}) and property key ({@code migrate.versionTable}, the same key as the Maven
 * plugin's user property) are derived from that one name. What a value means is decided by {@link
 * ConfigResolver}, which hands it to the engine's {@code MigrateConfig.Builder}.
 */
enum Setting {
  URL("url"),
  USER("user"),
  PASSWORD("password"),
  LOCATIONS("locations"),
  VERSION_TABLE("versionTable"),
  HISTORY_TABLE("historyTable"),
  SCHEMA("schema"),
  DIALECT("dialect"),
  CLASSPATH("classpath"),
  LOCK_TIMEOUT("lockTimeout"),
  TRANSACTION_MODE("transactionMode"),
  VERSION_PATH("versionPath"),
  FILE_TEMPLATE("fileTemplate"),
  SCRIPT_TEMPLATE("scriptTemplate");

  private final String key;

  Setting(String key) {
    this.key = key;
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
    return "MIGRATE_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The command-line flag: {@code --version-table}. */
  String flag() {
    return "--" + key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
