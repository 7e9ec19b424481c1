package dev.migrate.engine.api;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.common.Reporter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Everything a {@link dev.migrate.engine.Migrator} needs, validated once by {@link Builder#build()}
 * and immutable after. Every setting is declared here and only here; the plugin and the CLI fill
 * the builder.
 *
 * @param url JDBC URL (or {@code postgresql://user:pass@host/db} form); empty with a data source
 * @param user database user, may be null
 * @param password database password, may be null; never printed
 * @param dataSource a ready data source; takes precedence over url/user/password
 * @param locations where scripts live: {@code classpath:db/migrations}, {@code filesystem:dir}
 * @param classLoader resolves {@code classpath:} locations and Java migrations
 * @param baseDirectory resolves relative {@code filesystem:} locations and paths
 * @param versionTable name of the version table
 * @param historyTable name of the history table
 * @param schema schema holding both tables, or null for the connection's default
 * @param transactionMode one transaction per revision, or one for the run
 * @param lockTimeout how long to wait for another runner's lock
 * @param dialect database name for offline rendering ({@code postgresql}, {@code mariadb}, {@code
 *     mysql}, {@code h2}); null to detect from the connection
 * @param versionPath directory where {@code revision} writes new scripts; null for the first
 *     filesystem location
 * @param fileTemplate file name template for new scripts
 * @param scriptTemplate optional project template for new scripts
 * @param reporter where progress goes
 */
public record MigrateConfig(
    String url,
    String user,
    String password,
    DataSource dataSource,
    List<String> locations,
    ClassLoader classLoader,
    Path baseDirectory,
    String versionTable,
    String historyTable,
    String schema,
    TransactionMode transactionMode,
    Duration lockTimeout,
    String dialect,
    Path versionPath,
    String fileTemplate,
    Path scriptTemplate,
    Reporter reporter) {

  /** Where scripts live when no location is configured. */
  public static final String DEFAULT_LOCATION = "classpath:db/migrations";

  /** The version table's name unless configured. */
  public static final String DEFAULT_VERSION_TABLE = "migrate_version";

  /** The history table's name unless configured. */
  public static final String DEFAULT_HISTORY_TABLE = "migrate_history";

  /** The file name of new scripts unless configured: date, id and slug. */
  public static final String DEFAULT_FILE_TEMPLATE = "{yyyyMMdd_HHmm}-{rev}_{slug}";

  /** How long to wait for another runner's lock unless configured. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  /** A builder with every default set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this configuration's values, to derive a variant. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The configured data source, if one was given instead of a URL. */
  public Optional<DataSource> optionalDataSource() {
    return Optional.ofNullable(dataSource);
  }

  /** True when a database is configured (a URL or a data source). */
  public boolean hasDatabase() {
    return dataSource != null || (url != null && !url.isBlank());
  }

  @Override
  public String toString() {
    // The record's default would print the password.
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
        + ", dialect="
        + dialect
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
    private String versionTable = DEFAULT_VERSION_TABLE;
    private String historyTable = DEFAULT_HISTORY_TABLE;
    private String schema;
    private TransactionMode transactionMode = TransactionMode.PER_REVISION;
    private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    private String dialect;
    private Path versionPath;
    private String fileTemplate = DEFAULT_FILE_TEMPLATE;
    private Path scriptTemplate;
    private Reporter reporter = Reporter.silent();

    private Builder() {}

    private Builder(MigrateConfig c) {
      url = c.url;
      user = c.user;
      password = c.password;
      dataSource = c.dataSource;
      locations = c.locations;
      classLoader = c.classLoader;
      baseDirectory = c.baseDirectory;
      versionTable = c.versionTable;
      historyTable = c.historyTable;
      schema = c.schema;
      transactionMode = c.transactionMode;
      lockTimeout = c.lockTimeout;
      dialect = c.dialect;
      versionPath = c.versionPath;
      fileTemplate = c.fileTemplate;
      scriptTemplate = c.scriptTemplate;
      reporter = c.reporter;
    }

    /** See {@link MigrateConfig#url()}. */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** See {@link MigrateConfig#user()}. */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /** See {@link MigrateConfig#password()}. */
    public Builder password(String password) {
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

    /** See {@link MigrateConfig#versionTable()}. */
    public Builder versionTable(String versionTable) {
      this.versionTable = versionTable;
      return this;
    }

    /** See {@link MigrateConfig#historyTable()}. */
    public Builder historyTable(String historyTable) {
      this.historyTable = historyTable;
      return this;
    }

    /** See {@link MigrateConfig#schema()}. */
    public Builder schema(String schema) {
      this.schema = schema;
      return this;
    }

    /** See {@link MigrateConfig#transactionMode()}. */
    public Builder transactionMode(TransactionMode transactionMode) {
      this.transactionMode = transactionMode;
      return this;
    }

    /** See {@link MigrateConfig#lockTimeout()}. */
    public Builder lockTimeout(Duration lockTimeout) {
      this.lockTimeout = lockTimeout;
      return this;
    }

    /** See {@link MigrateConfig#dialect()}. */
    public Builder dialect(String dialect) {
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

    /** See {@link MigrateConfig#reporter()}. */
    public Builder reporter(Reporter reporter) {
      this.reporter = reporter;
      return this;
    }

    /** Validates and seals the configuration; table and schema names can never inject SQL. */
    public MigrateConfig build() {
      requireIdentifier("versionTable", versionTable);
      requireIdentifier("historyTable", historyTable);
      if (schema != null && !schema.isBlank()) {
        requireIdentifier("schema", schema);
      }
      if (versionTable.equalsIgnoreCase(historyTable)) {
        throw new MigrateException(
            "versionTable and historyTable must differ (both are '" + versionTable + "')");
      }
      if (locations == null || locations.isEmpty()) {
        throw new MigrateException("At least one location is required, e.g. " + DEFAULT_LOCATION);
      }
      if (lockTimeout == null || lockTimeout.isNegative()) {
        throw new MigrateException("lockTimeout must be zero or positive, not " + lockTimeout);
      }
      Path base = baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory;
      ClassLoader loader =
          classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
      return new MigrateConfig(
          blankToNull(url),
          blankToNull(user),
          password,
          dataSource,
          List.copyOf(locations),
          loader,
          base,
          versionTable,
          historyTable,
          blankToNull(schema),
          Objects.requireNonNull(transactionMode, "transactionMode"),
          lockTimeout,
          blankToNull(dialect),
          versionPath,
          fileTemplate == null || fileTemplate.isBlank() ? DEFAULT_FILE_TEMPLATE : fileTemplate,
          scriptTemplate,
          reporter == null ? Reporter.silent() : reporter);
    }

    private static void requireIdentifier(String setting, String value) {
      if (value == null || !IDENTIFIER.matcher(value).matches()) {
        throw new MigrateException(
            setting
                + " '"
                + value
                + "' is not a valid name: use letters, digits and '_', starting with a letter");
      }
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }
}
