package dev.migrate.spring.boot;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * The properties under {@code migrate.}.
 *
 * <p>The engine's settings below ({@code locations} to {@code lock-retries}) are declared here so
 * that the configuration processor writes them, with their descriptions and defaults, into the
 * metadata IDEs complete from. Their values are not taken from these fields: the engine reads and
 * parses every setting of its one setting table by name (see {@link EnvironmentSettingSource}), so
 * that a value means the same in the starter as in the CLI and the Maven plugin, errors name the
 * file and line it came from, and {@code migrate.datasources.<name>.*} can override each of them.
 * Settings not declared here (the engine's {@code Setting} table has them all) work the same way,
 * without IDE completion.
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {
  /** Whether to migrate on start-up and register the endpoint and health contributor. */
  private boolean enabled = true;

  /** The revision to upgrade to: heads, a revision, a label@head. */
  private String target = "heads";

  /**
   * Read-only mode: migrate nothing and fail the start when revisions are pending or a failure is
   * recorded (for applications whose database a separate job migrates).
   */
  private boolean failOnPending = false;

  /**
   * DataSource beans to migrate, by bean name, each with its own settings ({@code
   * migrate.datasources.orders.locations}); unset settings fall back to {@code migrate.*}. When
   * none is listed, the application's DataSource is migrated.
   */
  private Map<String, DataSourceMigration> datasources = new LinkedHashMap<>();

  /** The {@code migrate} health contributor. */
  private final Health health = new Health();

  /** Where the scripts live: classpath:PATH or filesystem:DIR, several comma-separated. */
  private List<String> locations = List.of("classpath:db/migrations");

  /**
   * A separate connection for the migration: a JDBC URL, or postgresql://user:password@host/db;
   * unset to migrate through the application's DataSource.
   */
  private String url;

  /**
   * The user for the migration; with no migrate.url, the application's database is migrated under
   * this user on a connection of its own.
   */
  private String user;

  /** The password of migrate.user or of the migrate.url connection; never logged. */
  private String password;

  /** The schema holding the version and history tables; unset for the connection's default. */
  private String schema;

  /** The table holding the database's current heads, one row per head. */
  private String versionTable = "migrate_version";

  /** The table with one row per step run (the endpoint's history rows). */
  private String historyTable = "migrate_history";

  /**
   * per-revision (each revision commits with its version row) or all (one transaction for the run).
   */
  private String transactionMode = "per-revision";

  /**
   * How long to wait for another instance's migration lock before failing the start: plain seconds,
   * 30s, 5m, PT2M.
   */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration lockTimeout = Duration.ofMinutes(5);

  /** How long opening the migration's connection may take before the start fails. */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration connectTimeout = Duration.ofSeconds(30);

  /**
   * Whether to fail before running anything when an applied script was edited since (its checksum
   * changed); false only warns.
   */
  private boolean validateOnMigrate = false;

  /**
   * How long a migration statement waits for a table lock before it fails (PostgreSQL lock_timeout,
   * MariaDB/MySQL lock_wait_timeout); unset to wait as the server does.
   */
  @DurationUnit(ChronoUnit.SECONDS)
  private Duration statementLockTimeout;

  /**
   * How many times to retry, with a growing pause, a revision that hit statement-lock-timeout and
   * left nothing applied.
   */
  private int lockRetries = 0;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public boolean isFailOnPending() {
    return failOnPending;
  }

  public void setFailOnPending(boolean failOnPending) {
    this.failOnPending = failOnPending;
  }

  public Map<String, DataSourceMigration> getDatasources() {
    return datasources;
  }

  public void setDatasources(Map<String, DataSourceMigration> datasources) {
    this.datasources = datasources;
  }

  public Health getHealth() {
    return health;
  }

  public List<String> getLocations() {
    return locations;
  }

  public void setLocations(List<String> locations) {
    this.locations = locations;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getSchema() {
    return schema;
  }

  public void setSchema(String schema) {
    this.schema = schema;
  }

  public String getVersionTable() {
    return versionTable;
  }

  public void setVersionTable(String versionTable) {
    this.versionTable = versionTable;
  }

  public String getHistoryTable() {
    return historyTable;
  }

  public void setHistoryTable(String historyTable) {
    this.historyTable = historyTable;
  }

  public String getTransactionMode() {
    return transactionMode;
  }

  public void setTransactionMode(String transactionMode) {
    this.transactionMode = transactionMode;
  }

  public Duration getLockTimeout() {
    return lockTimeout;
  }

  public void setLockTimeout(Duration lockTimeout) {
    this.lockTimeout = lockTimeout;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public boolean isValidateOnMigrate() {
    return validateOnMigrate;
  }

  public void setValidateOnMigrate(boolean validateOnMigrate) {
    this.validateOnMigrate = validateOnMigrate;
  }

  public Duration getStatementLockTimeout() {
    return statementLockTimeout;
  }

  public void setStatementLockTimeout(Duration statementLockTimeout) {
    this.statementLockTimeout = statementLockTimeout;
  }

  public int getLockRetries() {
    return lockRetries;
  }

  public void setLockRetries(int lockRetries) {
    this.lockRetries = lockRetries;
  }

  /** One DataSource of several; the engine's settings sit beside these under the same prefix. */
  public static class DataSourceMigration {
    /** Whether to migrate this DataSource. */
    private boolean enabled = true;

    /** The revision to upgrade this DataSource to; unset for migrate.target. */
    private String target;

    /** Read-only mode for this DataSource; unset for migrate.fail-on-pending. */
    private Boolean failOnPending;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getTarget() {
      return target;
    }

    public void setTarget(String target) {
      this.target = target;
    }

    public Boolean getFailOnPending() {
      return failOnPending;
    }

    public void setFailOnPending(Boolean failOnPending) {
      this.failOnPending = failOnPending;
    }
  }

  /** The {@code migrate} health contributor. */
  public static class Health {
    /** Whether to register the migrate health contributor. */
    private boolean enabled = true;

    /** The health status reported while revisions are pending. */
    private String pendingStatus = "OUT_OF_SERVICE";

    /** The health status reported while a failed revision is recorded. */
    private String failedStatus = "DOWN";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPendingStatus() {
      return pendingStatus;
    }

    public void setPendingStatus(String pendingStatus) {
      this.pendingStatus = pendingStatus;
    }

    public String getFailedStatus() {
      return failedStatus;
    }

    public void setFailedStatus(String failedStatus) {
      this.failedStatus = failedStatus;
    }
  }
}
