package dev.migrate.engine.api;

import java.util.Locale;

/**
 * Every setting, declared once: its name, where each front end reads it, its type, default and
 * description. The Maven goals, the CLI, {@code migrate.properties} and the environment all take
 * their names from here, and {@link MigrateConfig.Builder#set(Setting, String, String)} parses
 * every value by its {@link Type}. From the one camel-case name come the Maven user property and
 * {@code migrate.properties} key ({@code migrate.versionTable}), the environment variable ({@code
 * MIGRATE_VERSION_TABLE}) and the CLI flag ({@code --version-table}).
 *
 * <p>Every front end applies the same precedence: its command line (a CLI flag, a Maven {@code
 * -Dmigrate.*}), then the environment, then its configuration (the POM, {@code
 * migrate.properties}), then the default.
 */
public enum Setting {
  URL(
      "url",
      "URL",
      Type.TEXT,
      null,
      "The database: a JDBC URL, or postgresql://user:password@host:port/db (also postgres://,"
          + " mysql://, mariadb:// and SQLAlchemy's dialect+driver:// forms) with the user and"
          + " password percent-encoded."),
  USER("user", "USER", Type.TEXT, null, "The database user; wins over a user inside the URL."),
  PASSWORD(
      "password",
      "PASSWORD",
      Type.SECRET,
      null,
      "The database password; never printed. Prefer the environment to a command-line flag."),
  LOCATIONS(
      "locations",
      "L,...",
      Type.LIST,
      MigrateConfig.DEFAULT_LOCATION,
      "Where the scripts live, comma-separated: classpath:PATH or filesystem:DIR."),
  VERSION_TABLE(
      "versionTable",
      "TABLE",
      Type.NAME,
      MigrateConfig.DEFAULT_VERSION_TABLE,
      "The table holding the database's current heads."),
  HISTORY_TABLE(
      "historyTable",
      "TABLE",
      Type.NAME,
      MigrateConfig.DEFAULT_HISTORY_TABLE,
      "The table with one row per step run."),
  SCHEMA(
      "schema",
      "SCHEMA",
      Type.NAME,
      null,
      "The schema holding both tables; unset for the connection's default schema."),
  DIALECT(
      "dialect",
      "NAME",
      Type.DIALECT,
      null,
      "The database for offline SQL (postgresql, mariadb, mysql, h2 or sqlite); unset to detect it from"
          + " the url."),
  LOCK_TIMEOUT(
      "lockTimeout",
      "DURATION",
      Type.DURATION,
      "5m",
      "How long to wait for another runner's lock: plain seconds, 30s, 5m, 1h or PT2M."),
  CONNECT_TIMEOUT(
      "connectTimeout",
      "DURATION",
      Type.DURATION,
      "30s",
      "How long opening a connection (reaching the server and logging in) may take before the"
          + " command fails: plain seconds, 30s, 5m or PT1M. Statements themselves are not"
          + " bounded."),
  TRANSACTION_MODE(
      "transactionMode",
      "MODE",
      Type.TRANSACTION_MODE,
      "per-revision",
      "per-revision (each revision commits with its version row) or all (one transaction for"
          + " the run)."),
  VALIDATE_ON_MIGRATE(
      "validateOnMigrate",
      "BOOLEAN",
      Type.BOOLEAN,
      "false",
      "true to make upgrade and downgrade fail, before running anything, when an applied script"
          + " was edited; false to only warn."),
  STATEMENT_LOCK_TIMEOUT(
      "statementLockTimeout",
      "DURATION",
      Type.DURATION,
      null,
      "How long a migration statement waits for a table lock before it fails (PostgreSQL"
          + " lock_timeout, MariaDB/MySQL lock_wait_timeout); unset to wait as the server does."),
  LOCK_RETRIES(
      "lockRetries",
      "N",
      Type.COUNT,
      "0",
      "How many times to retry, with a growing pause, a revision that hit statementLockTimeout"
          + " and left nothing applied."),
  FAIL_ON(
      "failOn",
      "LEVEL",
      Type.LINT_LEVEL,
      "warning",
      "The lint severity that fails the build: error, warning, info, or never."),
  LINT_SEVERITY(
      "lintSeverity",
      "RULE=LEVEL,...",
      Type.SEVERITIES,
      null,
      "Lint severity overrides, comma-separated rule=level pairs (level error, warning, info or"
          + " off)."),
  SERVER_VERSION(
      "serverVersion",
      "VERSION",
      Type.VERSION,
      null,
      "The server version lint assumes without a database (16, 10.11); unset for the"
          + " connected server's, or the newest rules."),
  FORMAT(
      "format",
      "FORMAT",
      Type.LINT_FORMAT,
      "text",
      "How lint prints its findings: text, json or github (workflow annotations)."),
  LINT_ON_CHECK(
      "lintOnCheck",
      "BOOLEAN",
      Type.BOOLEAN,
      "false",
      "true to make check lint the pending revisions too, failing at failOn."),
  VERSION_PATH(
      "versionPath",
      "DIR",
      Type.PATH,
      null,
      "Where revision and merge write new scripts; unset for the first filesystem: location."),
  FILE_TEMPLATE(
      "fileTemplate",
      "TEMPLATE",
      Type.TEXT,
      MigrateConfig.DEFAULT_FILE_TEMPLATE,
      "The file name of new scripts: {yyyyMMdd_HHmmss} (any date pattern), {rev}, {slug}, {epoch};"
          + " names made in the same second still sort in creation order."),
  SCRIPT_TEMPLATE(
      "scriptTemplate",
      "FILE",
      Type.PATH,
      null,
      "The project's own template for new scripts; unset for the built-in one."),
  MODEL(
      "model",
      "MODEL",
      Type.MODEL,
      null,
      "The desired schema autogenerate and check compare the scripts with: jpa (or"
          + " jpa:PACKAGE,... to limit the entity packages), a desired-state SQL file (sql:PATH or"
          + " a path ending in .sql) or a database URL."),
  INCLUDE_TABLES(
      "includeTables",
      "T,...",
      Type.LIST,
      null,
      "The tables autogenerate and check compare, comma-separated, * as a wildcard; unset for"
          + " every table."),
  EXCLUDE_TABLES(
      "excludeTables",
      "T,...",
      Type.LIST,
      null,
      "Tables autogenerate and check leave alone (another tool's, an extension's),"
          + " comma-separated, * as a wildcard."),
  RENAME_COLUMNS(
      "renameColumns",
      "T.OLD:NEW,...",
      Type.RENAMES,
      null,
      "Column renames autogenerate writes as RENAME instead of a drop and an add, as"
          + " table.old:new, comma-separated."),
  TARGETS(
      "targets",
      "T,...",
      Type.LIST,
      null,
      "Run the command over a fleet: comma-separated targets, or @FILE with one a line. A target"
          + " is a schema of the url's database, a database URL, or the value of a {tenant}"
          + " placeholder in the url."),
  TARGETS_QUERY(
      "targetsQuery",
      "SQL",
      Type.TEXT,
      null,
      "Run the command over a fleet: a query on the url's database whose first column lists the"
          + " targets, e.g. schema names like 'tenant_%'."),
  PARALLEL(
      "parallel",
      "N",
      Type.POSITIVE,
      "8",
      "How many fleet targets run at once; keep it well below the server's connection limit"
          + " (each target uses two connections)."),
  FAIL_FAST(
      "failFast",
      "BOOLEAN",
      Type.BOOLEAN,
      "false",
      "true to start no further fleet target after the first failure; false to run every target."),
  SHARD_INDEX(
      "shardIndex",
      "N",
      Type.COUNT,
      null,
      "Which share of the fleet's targets this runner takes, from 0 to shardCount-1; defaults to"
          + " a Kubernetes Indexed Job's JOB_COMPLETION_INDEX."),
  SHARD_COUNT(
      "shardCount",
      "N",
      Type.POSITIVE,
      "1",
      "Into how many shares the fleet's targets are cut (the Indexed Job's completions); a"
          + " target's share is a stable hash of its name."),
  FLEET_REPORT(
      "fleetReport",
      "FILE",
      Type.PATH,
      null,
      "Where a fleet run writes its JSON report: one entry per target with its outcome."),
  CLASSPATH(
      "classpath",
      "PATH",
      Type.TEXT,
      null,
      "The CLI's extra class path: jars and directories (':' or ',' separated, DIR/* for all"
          + " jars) with Java migrations, classpath: locations and JDBC drivers. The Maven goals"
          + " use the project's class path.");

  /** What kind of value a setting takes; each kind is parsed in one place. */
  public enum Type {
    /** Any text. */
    TEXT("text"),
    /** Any text, never printed. */
    SECRET("text"),
    /** Comma-separated items, blanks dropped. */
    LIST("comma-separated values"),
    /** A table or schema name. */
    NAME("a name of letters, digits and '_', starting with a letter"),
    /** Plain seconds, {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601. */
    DURATION("zero or more seconds, or a duration such as 30s, 5m, 1h, PT2M"),
    /** {@code per-revision} or {@code all}. */
    TRANSACTION_MODE("per-revision or all"),
    /** A whole number, zero or more. */
    COUNT("a whole number, zero or more"),
    /** A lint severity that fails the build. */
    LINT_LEVEL("error, warning, info or never"),
    /** Comma-separated {@code rule=level} pairs. */
    SEVERITIES("comma-separated rule=level pairs, level error, warning, info or off"),
    /** How lint prints its findings. */
    LINT_FORMAT("text, json or github"),
    /** A server version: digits and dots. */
    VERSION("a version such as 16 or 10.11"),
    /** {@code true} or {@code false}, in any case. */
    BOOLEAN("true or false"),
    /** A database name the engine renders SQL for. */
    DIALECT("postgresql, mariadb, mysql, h2 or sqlite"),
    /** A file or directory, relative to the base directory. */
    PATH("a path"),
    /** {@code jpa}, {@code jpa:PACKAGES}, {@code sql:FILE}, a path ending in .sql, or a URL. */
    MODEL("jpa, sql:FILE or a database URL"),
    /** Comma-separated {@code table.old:new} items. */
    RENAMES("table.old:new items, comma-separated"),
    /** A whole number of 1 or more. */
    POSITIVE("a whole number of 1 or more");

    private final String expected;

    Type(String expected) {
      this.expected = expected;
    }

    /** What a valid value looks like, for messages. */
    public String expected() {
      return expected;
    }
  }

  private final String key;
  private final String label;
  private final Type type;
  private final String defaultValue;
  private final String description;
  private final String property;
  private final String environmentVariable;
  private final String flag;

  Setting(String key, String label, Type type, String defaultValue, String description) {
    this.key = key;
    this.label = label;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
    // concat() rather than +: the engine's + compiles to invokedynamic, whose first use costs the
    // CLI's start-up a bootstrap, and every CLI run initialises this table.
    this.property = "migrate.".concat(key);
    this.environmentVariable = "MIGRATE_".concat(words(key, '_').toUpperCase(Locale.ROOT));
    this.flag = "--".concat(words(key, '-').toLowerCase(Locale.ROOT));
  }

  /** The camel-case name, as the Maven parameter: {@code versionTable}. */
  public String key() {
    return key;
  }

  /** The Maven user property and {@code migrate.properties} key: {@code migrate.versionTable}. */
  public String property() {
    return property;
  }

  /** The environment variable: {@code MIGRATE_VERSION_TABLE}. */
  public String environmentVariable() {
    return environmentVariable;
  }

  /**
   * A second environment variable read below {@link #environmentVariable()}, as other ecosystems
   * name it ({@code DATABASE_URL}, Kubernetes' {@code JOB_COMPLETION_INDEX}), or null.
   */
  public String conventionalVariable() {
    return switch (this) {
      case URL -> "DATABASE_URL";
      case SHARD_INDEX -> "JOB_COMPLETION_INDEX";
      default -> null;
    };
  }

  /** The CLI flag: {@code --version-table}. */
  public String flag() {
    return flag;
  }

  /**
   * True when the CLI takes the setting as a global option; the others come from the environment or
   * {@code migrate.properties} ({@code revision} and {@code merge} take {@code --version-path}
   * themselves).
   */
  public boolean globalFlag() {
    return this != VERSION_PATH && this != FILE_TEMPLATE && this != SCRIPT_TEMPLATE;
  }

  /** The placeholder for the value in help texts: {@code TABLE}. */
  public String label() {
    return label;
  }

  public Type type() {
    return type;
  }

  /** The default as a user would write it, or null when unset by default. */
  public String defaultValue() {
    return defaultValue;
  }

  /** One or two sentences for help texts and the documentation. */
  public String description() {
    return description;
  }

  /** True for a setting of the engine's configuration (the class path is the front end's). */
  public boolean configures() {
    return this != CLASSPATH;
  }

  /** The setting whose {@link #property()} is the given key, or null. */
  public static Setting forProperty(String property) {
    for (Setting setting : values()) {
      if (setting.property().equals(property)) {
        return setting;
      }
    }
    return null;
  }

  /**
   * The camel-case words joined by the separator ({@code lock-Timeout}). A loop, not a regular
   * expression: the CLI derives these names at every start-up.
   */
  private static String words(String key, char separator) {
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
