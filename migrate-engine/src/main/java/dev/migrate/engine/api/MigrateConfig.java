package dev.migrate.engine.api;

import dev.migrate.engine.common.LintSeverity;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.OptionSpelling;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.Databases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Everything a {@link dev.migrate.engine.Migrator} needs, validated once by {@link Builder#build()}
 * and immutable after; there is no other way to make one. The settings a user gives are declared in
 * {@link Setting}: front ends hand their raw text to {@link Builder#set(Setting, String, String)},
 * applications call the typed builder methods.
 */
public final class MigrateConfig {

  /** Where scripts live when no location is configured. */
  public static final String DEFAULT_LOCATION = "classpath:db/migrations";

  /** The version table's name unless configured. */
  public static final String DEFAULT_VERSION_TABLE = "migrate_version";

  /** The history table's name unless configured. */
  public static final String DEFAULT_HISTORY_TABLE = "migrate_history";

  /** The file name of new scripts unless configured: date, id and slug. */
  public static final String DEFAULT_FILE_TEMPLATE = "{yyyyMMdd_HHmmss}-{rev}_{slug}";

  /** How many fleet targets run at once unless configured. */
  public static final int DEFAULT_PARALLEL = 8;

  /** How long to wait for another runner's lock unless configured. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

  /** How long opening a connection may take unless configured. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

  private final String url;
  private final String urlOrigin;
  private final String user;
  private final String password;
  private final DataSource dataSource;
  private final List<String> locations;
  private final ClassLoader classLoader;
  private final Path baseDirectory;
  private final Path scriptCacheDirectory;
  private final String versionTable;
  private final String historyTable;
  private final String schema;
  private final TransactionMode transactionMode;
  private final Duration lockTimeout;
  private final Duration connectTimeout;
  private final boolean validateOnMigrate;
  private final Duration statementLockTimeout;
  private final int lockRetries;
  private final LintOptions lint;
  private final String dialect;
  private final Path versionPath;
  private final String fileTemplate;
  private final Path scriptTemplate;
  private final ModelSpec model;
  private final List<String> includeTables;
  private final List<String> excludeTables;
  private final List<String> renameColumns;
  private final Reporter reporter;
  private final List<String> targets;
  private final String targetsQuery;
  private final int parallel;
  private final boolean failFast;
  private final Integer shardIndex;
  private final int shardCount;
  private final Path fleetReport;
  private final Map<String, String> placeholders;
  private final OptionSpelling optionSpelling;

  private MigrateConfig(Builder b, Path base) {
    url = SettingValues.blankToNull(b.url);
    urlOrigin = url == null ? null : b.origins.get(Setting.URL);
    user = SettingValues.blankToNull(b.user);
    password = b.password;
    dataSource = b.dataSource;
    locations = List.copyOf(b.locations);
    classLoader =
        b.classLoader != null ? b.classLoader : Thread.currentThread().getContextClassLoader();
    baseDirectory = base;
    scriptCacheDirectory = b.scriptCacheDirectory;
    versionTable = b.versionTable;
    historyTable = b.historyTable;
    schema = SettingValues.blankToNull(b.schema);
    transactionMode = b.transactionMode;
    lockTimeout = b.lockTimeout;
    connectTimeout = b.connectTimeout;
    validateOnMigrate = b.validateOnMigrate;
    statementLockTimeout = b.statementLockTimeout;
    lockRetries = b.lockRetries;
    lint = b.lint;
    dialect = b.dialect == null ? null : b.dialect.trim().toLowerCase(Locale.ROOT);
    versionPath = b.versionPath;
    fileTemplate = b.fileTemplate == null ? DEFAULT_FILE_TEMPLATE : b.fileTemplate;
    scriptTemplate = b.scriptTemplate;
    model = b.model;
    includeTables = List.copyOf(b.includeTables);
    excludeTables = List.copyOf(b.excludeTables);
    renameColumns = List.copyOf(b.renameColumns);
    reporter = b.reporter == null ? Reporter.silent() : b.reporter;
    targets = List.copyOf(b.targets);
    targetsQuery = SettingValues.blankToNull(b.targetsQuery);
    parallel = b.parallel;
    failFast = b.failFast;
    shardIndex = b.shardIndex;
    shardCount = b.shardCount;
    fleetReport = b.fleetReport;
    placeholders = Map.copyOf(b.placeholders);
    optionSpelling = b.optionSpelling;
  }

  /**
   * The URL of the embedded default database kept in {@code directory} (an H2 file database), for a
   * front end that uses it when no database is configured.
   */
  public static String embeddedUrl(Path directory) {
    return Databases.embedded().embeddedUrl(directory).orElseThrow();
  }

  /**
   * Whether the embedded default database in {@code directory} exists already, for a command that
   * reads it only when an earlier one made it ({@code validate}).
   */
  public static boolean embeddedExists(Path directory) {
    return Databases.embedded().embeddedExists(directory);
  }

  /** A builder with every default set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this configuration's values, to derive a variant. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** JDBC URL (or {@code postgresql://user:pass@host/db} form); null with a data source. */
  public String url() {
    return url;
  }

  /**
   * Where the URL came from ({@code environment variable DATABASE_URL}, {@code <url> in the POM}),
   * or null when set in code.
   */
  public String urlOrigin() {
    return urlOrigin;
  }

  /** The database user, or null for the URL's or the driver's default. */
  public String user() {
    return user;
  }

  /** The database password, or null; never printed. */
  public String password() {
    return password;
  }

  /** A ready data source, which takes precedence over url, user and password; may be null. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Where scripts live: {@code classpath:db/migrations}, {@code filesystem:dir}. */
  public List<String> locations() {
    return locations;
  }

  /** Resolves {@code classpath:} locations and Java migrations. */
  public ClassLoader classLoader() {
    return classLoader;
  }

  /** Resolves relative {@code filesystem:} locations and paths; absolute. */
  public Path baseDirectory() {
    return baseDirectory;
  }

  /**
   * Where parsed script headers are remembered between runs, so that a command re-reads only the
   * scripts that changed, and autogenerate's scripts' schema ({@code schemas/}); null (the default)
   * to read every script and build that schema every time. Front ends pick it: the CLI a per-user
   * cache directory, the Maven plugin the build directory. Never required to be writable.
   */
  public Path scriptCacheDirectory() {
    return scriptCacheDirectory;
  }

  /** The version table's name. */
  public String versionTable() {
    return versionTable;
  }

  /** The history table's name. */
  public String historyTable() {
    return historyTable;
  }

  /** The schema holding both tables, or null for the connection's default. */
  public String schema() {
    return schema;
  }

  /** One transaction per revision, or one for the run. */
  public TransactionMode transactionMode() {
    return transactionMode;
  }

  /** How long to wait for another runner's lock. */
  public Duration lockTimeout() {
    return lockTimeout;
  }

  /**
   * How long opening a connection (reaching the server and logging in) may take; statements are not
   * bounded.
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * True when upgrade and downgrade refuse to run over an applied script that was edited; false
   * when they only warn.
   */
  public boolean validateOnMigrate() {
    return validateOnMigrate;
  }

  /**
   * How long a migration statement waits for a table lock before it fails; null to wait as the
   * server does.
   */
  public Duration statementLockTimeout() {
    return statementLockTimeout;
  }

  /** How many times a revision that hit the statement lock timeout, leaving nothing, is retried. */
  public int lockRetries() {
    return lockRetries;
  }

  /** How lint judges and prints. */
  public LintOptions lint() {
    return lint;
  }

  /**
   * The database for offline rendering ({@code postgresql}, {@code mariadb}, {@code mysql}, {@code
   * h2}), lower-case; null to detect it from the connection.
   */
  public String dialect() {
    return dialect;
  }

  /**
   * Where {@code revision} writes new scripts, relative to the base directory; null for the first
   * filesystem location.
   */
  public Path versionPath() {
    return versionPath;
  }

  /** The file name template for new scripts. */
  public String fileTemplate() {
    return fileTemplate;
  }

  /** The project's template for new scripts, relative to the base directory; null for none. */
  public Path scriptTemplate() {
    return scriptTemplate;
  }

  /** The desired schema autogenerate and check compare with, or null when none is configured. */
  public ModelSpec model() {
    return model;
  }

  /** The table patterns autogenerate compares ({@code *} a wildcard); empty for every table. */
  public List<String> includeTables() {
    return includeTables;
  }

  /** The table patterns autogenerate leaves alone. */
  public List<String> excludeTables() {
    return excludeTables;
  }

  /** Column renames to write as such, each {@code table.old:new}. */
  public List<String> renameColumns() {
    return renameColumns;
  }

  /** Where progress goes. */
  public Reporter reporter() {
    return reporter;
  }

  /**
   * The fleet's targets as given: schemas, database URLs, {@code {tenant}} values, or {@code @FILE}
   * entries naming files with one target a line; empty for a single-database run.
   */
  public List<String> targets() {
    return targets;
  }

  /** The query that lists the fleet's targets, or null. */
  public String targetsQuery() {
    return targetsQuery;
  }

  /** True when the configuration names a fleet ({@code targets} or {@code targetsQuery}). */
  public boolean isFleet() {
    return !targets.isEmpty() || targetsQuery != null;
  }

  /** How many fleet targets run at once. */
  public int parallel() {
    return parallel;
  }

  /** True when a fleet starts no further target after the first failure. */
  public boolean failFast() {
    return failFast;
  }

  /** This runner's share of the fleet, from 0; 0 when unset. */
  public int shardIndex() {
    return shardIndex == null ? 0 : shardIndex;
  }

  /** Into how many shares the fleet is cut. */
  public int shardCount() {
    return shardCount;
  }

  /** Where a fleet run writes its JSON report, absolute; null for none. */
  public Path fleetReport() {
    return fleetReport == null ? null : baseDirectory.resolve(fleetReport);
  }

  /**
   * Values for {@code ${name}} placeholders in SQL scripts; a fleet sets {@code tenant} to each
   * target's name. Empty: scripts run as written.
   */
  public Map<String, String> placeholders() {
    return placeholders;
  }

  /** How the front end's users write a command's options, for the engine's hints. */
  public OptionSpelling optionSpelling() {
    return optionSpelling;
  }

  /** The configured data source, if one was given instead of a URL. */
  public Optional<DataSource> optionalDataSource() {
    return Optional.ofNullable(dataSource);
  }

  /** True when a database is configured (a URL or a data source). */
  public boolean hasDatabase() {
    return dataSource != null || url != null;
  }

  @Override
  public String toString() {
    // Never the password, and the URL masked.
    return "MigrateConfig[url="
        + PasswordMasker.mask(url, password)
        + ", user="
        + user
        + ", password="
        + (password == null ? "null" : "****")
        + ", locations="
        + locations
        + ", versionTable="
        + versionTable
        + ", historyTable="
        + historyTable
        + ", schema="
        + schema
        + ", transactionMode="
        + transactionMode
        + ", lockTimeout="
        + lockTimeout
        + ", connectTimeout="
        + connectTimeout
        + ", validateOnMigrate="
        + validateOnMigrate
        + ", statementLockTimeout="
        + statementLockTimeout
        + ", lockRetries="
        + lockRetries
        + ", lint="
        + lint
        + ", dialect="
        + dialect
        + (isFleet()
            ? ", targets="
                + targets
                + ", targetsQuery="
                + targetsQuery
                + ", parallel="
                + parallel
                + ", failFast="
                + failFast
                + ", shard="
                + shardIndex()
                + "/"
                + shardCount
            : "")
        + "]";
  }

  /** Collects settings; {@link #build()} validates them once. */
  public static final class Builder {
    private String url;
    private String user;
    private String password;
    private DataSource dataSource;
    private List<String> locations = List.of(DEFAULT_LOCATION);
    private ClassLoader classLoader;
    private Path baseDirectory;
    private Path scriptCacheDirectory;
    private String versionTable = DEFAULT_VERSION_TABLE;
    private String historyTable = DEFAULT_HISTORY_TABLE;
    private String schema;
    private TransactionMode transactionMode = TransactionMode.PER_REVISION;
    private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private boolean validateOnMigrate;
    private Duration statementLockTimeout;
    private int lockRetries;
    private LintOptions lint = LintOptions.DEFAULTS;
    private String dialect;
    private Path versionPath;
    private String fileTemplate = DEFAULT_FILE_TEMPLATE;
    private Path scriptTemplate;
    private ModelSpec model;
    private List<String> includeTables = List.of();
    private List<String> excludeTables = List.of();
    private List<String> renameColumns = List.of();
    private Reporter reporter = Reporter.silent();
    private List<String> targets = List.of();
    private String targetsQuery;
    private int parallel = DEFAULT_PARALLEL;
    private boolean failFast;
    private Integer shardIndex;
    private int shardCount = 1;
    private Path fleetReport;
    private Map<String, String> placeholders = new LinkedHashMap<>();
    private OptionSpelling optionSpelling = OptionSpelling.API;
    // Where values given as text came from, so that build() can name it in its errors.
    private final Map<Setting, String> origins = new EnumMap<>(Setting.class);

    private Builder() {}

    private Builder(MigrateConfig c) {
      url = c.url;
      if (c.urlOrigin != null) {
        origins.put(Setting.URL, c.urlOrigin);
      }
      user = c.user;
      password = c.password;
      dataSource = c.dataSource;
      locations = c.locations;
      classLoader = c.classLoader;
      baseDirectory = c.baseDirectory;
      scriptCacheDirectory = c.scriptCacheDirectory;
      versionTable = c.versionTable;
      historyTable = c.historyTable;
      schema = c.schema;
      transactionMode = c.transactionMode;
      lockTimeout = c.lockTimeout;
      connectTimeout = c.connectTimeout;
      validateOnMigrate = c.validateOnMigrate;
      statementLockTimeout = c.statementLockTimeout;
      lockRetries = c.lockRetries;
      lint = c.lint;
      dialect = c.dialect;
      versionPath = c.versionPath;
      fileTemplate = c.fileTemplate;
      scriptTemplate = c.scriptTemplate;
      model = c.model;
      includeTables = c.includeTables;
      excludeTables = c.excludeTables;
      renameColumns = c.renameColumns;
      reporter = c.reporter;
      targets = c.targets;
      targetsQuery = c.targetsQuery;
      parallel = c.parallel;
      failFast = c.failFast;
      shardIndex = c.shardIndex;
      shardCount = c.shardCount;
      fleetReport = c.fleetReport;
      placeholders = new LinkedHashMap<>(c.placeholders);
      optionSpelling = c.optionSpelling;
    }

    /**
     * Sets a setting from its raw text, parsed by the setting's {@link Setting.Type}: a duration
     * takes {@code 30}, {@code 30s}, {@code 5m}, {@code PT2M}; a list is comma-separated. A null or
     * blank value leaves the setting as it is.
     *
     * @param origin where the text came from ({@code --lock-timeout}), named in errors; may be null
     * @throws SettingException for text the setting cannot take, naming the setting and origin
     * @throws IllegalArgumentException for {@link Setting#CLASSPATH}, which front ends handle
     */
    public Builder set(Setting setting, String value, String origin) {
      if (value == null || value.isBlank()) {
        return this;
      }
      origins.put(setting, origin);
      switch (setting) {
        case URL -> url = value.trim();
        case USER -> user = value.trim();
        case PASSWORD -> password = value;
        case LOCATIONS -> locations = SettingValues.list(value);
        case VERSION_TABLE -> versionTable = value.trim();
        case HISTORY_TABLE -> historyTable = value.trim();
        case SCHEMA -> schema = value.trim();
        case DIALECT -> dialect = value.trim();
        case LOCK_TIMEOUT -> lockTimeout = parsed(setting, value, SettingValues.duration(value));
        case CONNECT_TIMEOUT ->
            connectTimeout = parsed(setting, value, SettingValues.duration(value));
        case TRANSACTION_MODE ->
            transactionMode = parsed(setting, value, SettingValues.transactionMode(value));
        case VALIDATE_ON_MIGRATE ->
            validateOnMigrate = parsed(setting, value, SettingValues.bool(value));
        case STATEMENT_LOCK_TIMEOUT ->
            statementLockTimeout = parsed(setting, value, SettingValues.duration(value));
        case LOCK_RETRIES -> lockRetries = parsed(setting, value, SettingValues.number(value, 0));
        case FAIL_ON -> lint = lint.withFailOn(parsed(setting, value, LintSeverity.parse(value)));
        case LINT_SEVERITY ->
            lint = lint.withSeverities(parsed(setting, value, SettingValues.severities(value)));
        case SERVER_VERSION ->
            lint = lint.withServerVersion(parsed(setting, value, SettingValues.version(value)));
        case FORMAT -> lint = lint.withFormat(parsed(setting, value, LintFormat.parse(value)));
        case LINT_ON_CHECK ->
            lint = lint.withOnCheck(parsed(setting, value, SettingValues.bool(value)));
        case VERSION_PATH -> versionPath = parsed(setting, value, SettingValues.path(value));
        case FILE_TEMPLATE -> fileTemplate = value.trim();
        case SCRIPT_TEMPLATE -> scriptTemplate = parsed(setting, value, SettingValues.path(value));
        case MODEL -> model = parsed(setting, value, ModelSpec.parse(value));
        case INCLUDE_TABLES -> includeTables = SettingValues.list(value);
        case EXCLUDE_TABLES -> excludeTables = SettingValues.list(value);
        case RENAME_COLUMNS -> renameColumns = parsed(setting, value, SettingValues.renames(value));
        case TARGETS -> targets = SettingValues.list(value);
        case TARGETS_QUERY -> targetsQuery = value.trim();
        case PARALLEL -> parallel = parsed(setting, value, SettingValues.number(value, 1));
        case FAIL_FAST -> failFast = parsed(setting, value, SettingValues.bool(value));
        case SHARD_INDEX -> shardIndex = parsed(setting, value, SettingValues.number(value, 0));
        case SHARD_COUNT -> shardCount = parsed(setting, value, SettingValues.number(value, 1));
        case FLEET_REPORT -> fleetReport = parsed(setting, value, SettingValues.path(value));
        case CLASSPATH ->
            throw new IllegalArgumentException("the class path is the front end's to apply");
      }
      return this;
    }

    private <T> T parsed(Setting setting, String value, T result) {
      if (result == null) {
        throw SettingException.invalid(
            setting,
            value,
            origins.get(setting),
            "is not valid: expected " + setting.type().expected());
      }
      return result;
    }

    /** See {@link MigrateConfig#url()}. */
    public Builder url(String url) {
      origins.remove(Setting.URL);
      this.url = url;
      return this;
    }

    /** See {@link MigrateConfig#user()}. */
    public Builder user(String user) {
      origins.remove(Setting.USER);
      this.user = user;
      return this;
    }

    /** See {@link MigrateConfig#password()}. */
    public Builder password(String password) {
      origins.remove(Setting.PASSWORD);
      this.password = password;
      return this;
    }

    /** See {@link MigrateConfig#dataSource()}. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = dataSource;
      return this;
    }

    /** See {@link MigrateConfig#locations()}. */
    public Builder locations(List<String> locations) {
      origins.remove(Setting.LOCATIONS);
      this.locations = List.copyOf(locations);
      return this;
    }

    /** See {@link MigrateConfig#locations()}. */
    public Builder locations(String... locations) {
      return locations(List.of(locations));
    }

    /** See {@link MigrateConfig#classLoader()}. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /** See {@link MigrateConfig#baseDirectory()}. */
    public Builder baseDirectory(Path baseDirectory) {
      this.baseDirectory = baseDirectory;
      return this;
    }

    /** See {@link MigrateConfig#scriptCacheDirectory()}. */
    public Builder scriptCacheDirectory(Path scriptCacheDirectory) {
      this.scriptCacheDirectory = scriptCacheDirectory;
      return this;
    }

    /** See {@link MigrateConfig#versionTable()}. */
    public Builder versionTable(String versionTable) {
      origins.remove(Setting.VERSION_TABLE);
      this.versionTable = versionTable;
      return this;
    }

    /** See {@link MigrateConfig#historyTable()}. */
    public Builder historyTable(String historyTable) {
      origins.remove(Setting.HISTORY_TABLE);
      this.historyTable = historyTable;
      return this;
    }

    /** See {@link MigrateConfig#schema()}. */
    public Builder schema(String schema) {
      origins.remove(Setting.SCHEMA);
      this.schema = schema;
      return this;
    }

    /** See {@link MigrateConfig#validateOnMigrate()}. */
    public Builder validateOnMigrate(boolean validateOnMigrate) {
      this.validateOnMigrate = validateOnMigrate;
      return this;
    }

    /** See {@link MigrateConfig#statementLockTimeout()}; null to wait as the server does. */
    public Builder statementLockTimeout(Duration timeout) {
      this.statementLockTimeout = timeout;
      return this;
    }

    /** See {@link MigrateConfig#lockRetries()}. */
    public Builder lockRetries(int retries) {
      this.lockRetries = retries;
      return this;
    }

    /** See {@link MigrateConfig#lint()}. */
    public Builder lint(LintOptions options) {
      this.lint = options;
      return this;
    }

    /** See {@link MigrateConfig#transactionMode()}. */
    public Builder transactionMode(TransactionMode transactionMode) {
      this.transactionMode = transactionMode;
      return this;
    }

    /** See {@link MigrateConfig#lockTimeout()}. */
    public Builder lockTimeout(Duration lockTimeout) {
      origins.remove(Setting.LOCK_TIMEOUT);
      this.lockTimeout = lockTimeout;
      return this;
    }

    /** See {@link MigrateConfig#connectTimeout()}. */
    public Builder connectTimeout(Duration connectTimeout) {
      origins.remove(Setting.CONNECT_TIMEOUT);
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** See {@link MigrateConfig#dialect()}. */
    public Builder dialect(String dialect) {
      origins.remove(Setting.DIALECT);
      this.dialect = dialect;
      return this;
    }

    /** See {@link MigrateConfig#versionPath()}. */
    public Builder versionPath(Path versionPath) {
      this.versionPath = versionPath;
      return this;
    }

    /** See {@link MigrateConfig#fileTemplate()}. */
    public Builder fileTemplate(String fileTemplate) {
      this.fileTemplate = fileTemplate;
      return this;
    }

    /** See {@link MigrateConfig#scriptTemplate()}. */
    public Builder scriptTemplate(Path scriptTemplate) {
      this.scriptTemplate = scriptTemplate;
      return this;
    }

    /** See {@link MigrateConfig#model()}; null for none. */
    public Builder model(ModelSpec model) {
      this.model = model;
      return this;
    }

    /** See {@link MigrateConfig#includeTables()}. */
    public Builder includeTables(List<String> patterns) {
      this.includeTables = List.copyOf(patterns);
      return this;
    }

    /** See {@link MigrateConfig#excludeTables()}. */
    public Builder excludeTables(List<String> patterns) {
      this.excludeTables = List.copyOf(patterns);
      return this;
    }

    /** See {@link MigrateConfig#renameColumns()}; each {@code table.old:new}. */
    public Builder renameColumns(List<String> renames) {
      this.renameColumns = List.copyOf(renames);
      return this;
    }

    /** See {@link MigrateConfig#targets()}. */
    public Builder targets(List<String> targets) {
      origins.remove(Setting.TARGETS);
      this.targets = List.copyOf(targets);
      return this;
    }

    /** See {@link MigrateConfig#targetsQuery()}. */
    public Builder targetsQuery(String targetsQuery) {
      origins.remove(Setting.TARGETS_QUERY);
      this.targetsQuery = targetsQuery;
      return this;
    }

    /** See {@link MigrateConfig#parallel()}. */
    public Builder parallel(int parallel) {
      origins.remove(Setting.PARALLEL);
      this.parallel = parallel;
      return this;
    }

    /** See {@link MigrateConfig#failFast()}. */
    public Builder failFast(boolean failFast) {
      this.failFast = failFast;
      return this;
    }

    /** See {@link MigrateConfig#shardIndex()}. */
    public Builder shard(int index, int count) {
      origins.remove(Setting.SHARD_INDEX);
      origins.remove(Setting.SHARD_COUNT);
      this.shardIndex = index;
      this.shardCount = count;
      return this;
    }

    /** See {@link MigrateConfig#fleetReport()}. */
    public Builder fleetReport(Path fleetReport) {
      this.fleetReport = fleetReport;
      return this;
    }

    /** See {@link MigrateConfig#placeholders()}: sets one {@code ${name}} value. */
    public Builder placeholder(String name, String value) {
      placeholders.put(name, value);
      return this;
    }

    /** A configuration for one fleet target: no fleet settings of its own. */
    public Builder single() {
      targets = List.of();
      targetsQuery = null;
      return this;
    }

    /** See {@link MigrateConfig#optionSpelling()}; the Java API's by default. */
    public Builder optionSpelling(OptionSpelling optionSpelling) {
      this.optionSpelling = java.util.Objects.requireNonNull(optionSpelling, "optionSpelling");
      return this;
    }

    /** See {@link MigrateConfig#reporter()}. */
    public Builder reporter(Reporter reporter) {
      this.reporter = reporter;
      return this;
    }

    /**
     * Validates and seals the configuration: table and schema names can never inject SQL, the
     * dialect is one the engine renders. Errors name the setting and where its value came from.
     */
    public MigrateConfig build() {
      requireName(Setting.VERSION_TABLE, versionTable);
      requireName(Setting.HISTORY_TABLE, historyTable);
      if (schema != null && !schema.isBlank()) {
        requireName(Setting.SCHEMA, schema);
      }
      if (versionTable.equalsIgnoreCase(historyTable)) {
        throw new SettingException(
            Setting.HISTORY_TABLE,
            origins.get(Setting.HISTORY_TABLE),
            "versionTable and historyTable must differ (both are '"
                + versionTable
                + "')"
                + SettingException.from(origins.get(Setting.HISTORY_TABLE)));
      }
      if (locations == null || locations.isEmpty()) {
        throw new SettingException(
            Setting.LOCATIONS,
            origins.get(Setting.LOCATIONS),
            "At least one location is required, e.g. "
                + DEFAULT_LOCATION
                + SettingException.from(origins.get(Setting.LOCATIONS)));
      }
      if (lockTimeout == null || lockTimeout.isNegative()) {
        throw SettingException.invalid(
            Setting.LOCK_TIMEOUT,
            String.valueOf(lockTimeout),
            origins.get(Setting.LOCK_TIMEOUT),
            "is not valid: expected " + Setting.Type.DURATION.expected());
      }
      if (lockRetries < 0) {
        throw SettingException.invalid(
            Setting.LOCK_RETRIES,
            String.valueOf(lockRetries),
            origins.get(Setting.LOCK_RETRIES),
            "is not valid: expected " + Setting.Type.COUNT.expected());
      }
      if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
        throw SettingException.invalid(
            Setting.CONNECT_TIMEOUT,
            String.valueOf(connectTimeout),
            origins.get(Setting.CONNECT_TIMEOUT),
            "is not valid: expected more than zero seconds, such as 30s, 5m, PT1M");
      }
      if (transactionMode == null) {
        throw new SettingException(Setting.TRANSACTION_MODE, null, "transactionMode is required");
      }
      if (dialect != null && !dialect.isBlank()) {
        requireDialect(dialect);
      } else {
        dialect = null;
      }
      if (parallel < 1) {
        throw SettingException.invalid(
            Setting.PARALLEL,
            String.valueOf(parallel),
            origins.get(Setting.PARALLEL),
            "is not valid: expected " + Setting.Type.POSITIVE.expected());
      }
      // Only a fleet is sharded: a single-database run inside an Indexed Job ignores the index.
      boolean fleet = !targets.isEmpty() || (targetsQuery != null && !targetsQuery.isBlank());
      boolean badIndex = shardIndex != null && (shardIndex < 0 || shardIndex >= shardCount);
      if (shardCount < 1 || (fleet && badIndex)) {
        String origin =
            origins.get(Setting.SHARD_INDEX) != null
                ? origins.get(Setting.SHARD_INDEX)
                : origins.get(Setting.SHARD_COUNT);
        throw SettingException.invalid(
            Setting.SHARD_INDEX,
            String.valueOf(shardIndex),
            origin,
            "is not valid with shardCount " + shardCount + ": expected 0 to " + (shardCount - 1));
      }
      Path base = baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory;
      return new MigrateConfig(this, base);
    }

    private void requireName(Setting setting, String value) {
      if (!SettingValues.isName(value)) {
        throw SettingException.invalid(
            setting,
            value,
            origins.get(setting),
            "is not a valid name: use letters, digits and '_', starting with a letter");
      }
    }

    /** The one place a dialect name is checked against the databases the engine knows. */
    private void requireDialect(String name) {
      try {
        Databases.forName(name);
      } catch (MigrateException e) {
        throw SettingException.invalid(
            Setting.DIALECT,
            name,
            origins.get(Setting.DIALECT),
            "is not valid: expected " + Setting.Type.DIALECT.expected());
      }
    }
  }
}
