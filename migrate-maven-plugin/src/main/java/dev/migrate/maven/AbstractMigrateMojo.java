package dev.migrate.maven;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.ResolvedSettings;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.OptionSpelling;
import dev.migrate.engine.common.PasswordMasker;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;

/**
 * The template every goal follows: skip check, configuration, a {@link Migrator}, the goal's one
 * call, and the mapping of failures to Maven's two kinds. Goals implement {@link #run(Migrator)}.
 *
 * <p>Precedence of every setting: the command line ({@code -Dmigrate.*}) over the environment
 * ({@code MIGRATE_*}, {@code DATABASE_URL}) over the POM's {@code <configuration>}; for the
 * engine's settings ({@link Setting}) the engine decides it, for the goals' own parameters {@link
 * CommandLineWins}.
 */
public abstract class AbstractMigrateMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  protected MojoExecution mojoExecution;

  /**
   * The database: a JDBC URL ({@code jdbc:postgresql://host/db}) or the {@code
   * postgresql://user:pass@host:port/db}, {@code mysql://} and {@code mariadb://} forms, with
   * percent-encoded user and password. {@code MIGRATE_URL} or {@code DATABASE_URL} in the
   * environment wins over it; with no URL anywhere, an embedded H2 file database under {@link
   * #embeddedDirectory}. On the command line {@code -Dmigrate.url}, which the engine reads itself:
   * the parameter has no property, so that Maven's {@code -X} dump never shows a password inside a
   * URL. A password in the POM's value is warned about: Maven's {@code -X} prints it.
   */
  @Parameter(defaultValue = "")
  private String url;

  /** The database user. Wins over the credentials of {@link #serverId}. */
  @Parameter(property = "migrate.user", defaultValue = "")
  private String user;

  /**
   * The database password. Prefer {@link #serverId} with an encrypted password, or {@code
   * MIGRATE_PASSWORD} in the environment. On the command line {@code -Dmigrate.password}, which the
   * engine reads itself: the parameter has no property, so that Maven's {@code -X} dump never shows
   * it. A value in the POM is warned about: Maven's {@code -X} prints it, expressions resolved.
   */
  @Parameter(defaultValue = "")
  private String password;

  /**
   * The id of a {@code <server>} in settings.xml whose username and (possibly encrypted) password
   * are the database credentials.
   */
  @Parameter(property = "migrate.serverId", defaultValue = "")
  private String serverId;

  /**
   * Where the scripts live: {@code classpath:dir} (the project's resources, classes and
   * dependencies) or {@code filesystem:dir} (relative to the module's base directory). On the
   * command line, comma-separated. A location that does not exist or holds no script is an error.
   */
  @Parameter(property = "migrate.locations", defaultValue = MigrateConfig.DEFAULT_LOCATION)
  private List<String> locations;

  /** The table holding the database's current heads (Alembic's {@code alembic_version} shape). */
  @Parameter(property = "migrate.versionTable", defaultValue = MigrateConfig.DEFAULT_VERSION_TABLE)
  private String versionTable;

  /** The table with one row per step run: revision, direction, checksum, who, when, how long. */
  @Parameter(property = "migrate.historyTable", defaultValue = MigrateConfig.DEFAULT_HISTORY_TABLE)
  private String historyTable;

  /** The schema holding both tables; empty for the connection's default schema. */
  @Parameter(property = "migrate.schema", defaultValue = "")
  private String schema;

  /**
   * How long to wait for another runner's database lock before failing: plain seconds ({@code
   * 300}), {@code 30s}, {@code 5m}, {@code 1h} or ISO-8601 ({@code PT2M}).
   */
  @Parameter(property = "migrate.lockTimeout", defaultValue = "5m")
  private String lockTimeout;

  /**
   * How long opening a connection (reaching the server and logging in) may take before the goal
   * fails: plain seconds, {@code 30s}, {@code 5m} or ISO-8601. Statements themselves are not
   * bounded.
   */
  @Parameter(property = "migrate.connectTimeout", defaultValue = "30s")
  private String connectTimeout;

  /**
   * {@code per-revision}: each revision commits with its version row; {@code all}: the whole run is
   * one transaction (on databases with transactional DDL).
   */
  @Parameter(property = "migrate.transactionMode", defaultValue = "per-revision")
  private String transactionMode;

  /**
   * {@code true}: upgrade and downgrade fail, before running anything, when an applied script was
   * edited; {@code false}: they only warn.
   */
  @Parameter(property = "migrate.validateOnMigrate", defaultValue = "false")
  private String validateOnMigrate;

  /**
   * How long a migration statement waits for a table lock before it fails (PostgreSQL {@code
   * lock_timeout}, MariaDB/MySQL {@code lock_wait_timeout}): {@code 5s}, {@code 500ms}; empty to
   * wait as the server does. Not {@link #lockTimeout}, the wait for another runner.
   */
  @Parameter(property = "migrate.statementLockTimeout", defaultValue = "")
  private String statementLockTimeout;

  /**
   * How many times a revision that hit {@link #statementLockTimeout} and left nothing applied is
   * tried again, after a pause that doubles from half a second.
   */
  @Parameter(property = "migrate.lockRetries", defaultValue = "0")
  private String lockRetries;

  /**
   * The SQL dialect for offline rendering: {@code postgresql}, {@code mariadb}, {@code mysql},
   * {@code h2} or {@code sqlite}. Empty to detect it from the database.
   */
  @Parameter(property = "migrate.dialect", defaultValue = "")
  private String dialect;

  /**
   * The desired schema {@code revision -Dmigrate.autogenerate} and {@code check} compare the
   * scripts with: {@code jpa} (the project's entities; {@code jpa:com.acme.orders} limits the
   * packages), a desired-state SQL file ({@code sql:src/main/resources/schema.sql}) or a database
   * URL. Empty for none.
   */
  @Parameter(property = "migrate.model", defaultValue = "")
  private String model;

  /** The tables autogenerate and check compare, {@code *} a wildcard; empty for every table. */
  @Parameter(property = "migrate.includeTables")
  private List<String> includeTables;

  /** Tables autogenerate and check leave alone (another tool's, an extension's). */
  @Parameter(property = "migrate.excludeTables")
  private List<String> excludeTables;

  /** Column renames autogenerate writes as {@code RENAME}: {@code table.old:new}, ... */
  @Parameter(property = "migrate.renameColumns")
  private List<String> renameColumns;

  /** Where the embedded H2 database lives when no database is configured. */
  @Parameter(
      property = "migrate.embeddedDirectory",
      defaultValue = "${project.build.directory}/migrate")
  private File embeddedDirectory;

  /**
   * Where parsed script headers are kept between builds, so that a goal re-reads only the scripts
   * that changed, and autogenerate's scripts' schema; under the build directory, so {@code mvn
   * clean} empties it. A directory that cannot be written only means reading every script.
   */
  @Parameter(
      property = "migrate.scriptCacheDirectory",
      defaultValue = "${project.build.directory}/migrate/headers")
  private File scriptCacheDirectory;

  /** Skips the goal, with one log line. */
  @Parameter(property = "migrate.skip", defaultValue = "false")
  private boolean skip;

  private final SettingsDecrypter decrypter;

  protected AbstractMigrateMojo(SettingsDecrypter decrypter) {
    this.decrypter = decrypter;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    try {
      CommandLineWins.apply(this, session, mojoExecution, MavenSources.LAYERED);
    } catch (ComponentConfigurationException e) {
      throw broken("Cannot apply the command line's -Dmigrate.* values: " + e.getMessage(), e);
    }
    for (String unknown : CommandLineWins.unknown(session, mojoExecution)) {
      getLog().warn(unknown + " is not a parameter of any migrate goal; check its spelling");
    }
    if (skip) {
      getLog().info("Skipping migrate:" + goal() + " (migrate.skip=true)");
      return;
    }
    try (ProjectClassLoader loader = projectClassLoader()) {
      MigrateConfig config = configure(loader);
      if (config.isFleet()) {
        runFleet(Fleet.create(config));
      } else {
        run(Migrator.create(config));
      }
    } catch (MojoFailureException e) {
      MojoFailureException failure = new MojoFailureException(oneLine(e.getMessage()));
      failure.initCause(getLog().isDebugEnabled() ? e.getCause() : null);
      throw failure;
    } catch (MojoExecutionException e) {
      throw broken(e.getMessage(), e.getCause());
    } catch (MigrateException | IllegalArgumentException e) {
      throw broken(e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw broken(
          "migrate:" + goal() + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          e);
    }
  }

  /** The goal's single call on the engine; prints what it found. */
  protected abstract void run(Migrator migrator)
      throws MojoExecutionException, MojoFailureException;

  /**
   * The goal over the fleet that {@code targets} or {@code targetsQuery} names. The engine reads
   * {@code -Dmigrate.targets} for every goal, so goals that do not run over a fleet must refuse it
   * rather than silently migrate the {@code url} alone.
   */
  protected void runFleet(Fleet fleet) throws MojoExecutionException, MojoFailureException {
    throw new MojoExecutionException(
        "targets and targetsQuery work with upgrade, downgrade, stamp, current, status and check,"
            + " not with migrate:"
            + goal());
  }

  /**
   * Whether the goal talks to a database. Goals that only read or write scripts (and {@code sql},
   * which renders offline) do not get the embedded default, nor the line that announces it.
   */
  protected boolean usesDatabase() {
    return true;
  }

  /** Whether the embedded default database exists already (an earlier goal made it). */
  protected final boolean embeddedDatabaseExists() {
    return embeddedDirectory != null && MigrateConfig.embeddedExists(embeddedDirectory.toPath());
  }

  /** A broken run: one line, with the cause chain only under {@code -X}. */
  protected MojoExecutionException broken(String message, Throwable cause) {
    if (getLog().isDebugEnabled() && cause != null) {
      return new MojoExecutionException(oneLine(message), cause);
    }
    return new MojoExecutionException(oneLine(message));
  }

  /** Drivers put the failing SQL on lines of their own; Maven's error is one line. */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    return String.join(" ", message.strip().lines().map(String::strip).toList());
  }

  protected final String goal() {
    return mojoExecution == null ? "?" : mojoExecution.getGoal();
  }

  MigrateConfig configure(ClassLoader loader) {
    Map<String, Credentials> decrypted = new HashMap<>();
    SettingsServers servers = new SettingsServers(session.getSettings(), decrypter);
    ResolvedSettings settings =
        ResolvedSettings.resolve(
            MavenSources.of(
                session.getUserProperties(),
                session.getSystemProperties(),
                this::configured,
                setting -> MavenSources.pomOrigin(mojoExecution, setting),
                serverId,
                id -> decrypted.computeIfAbsent(id, servers)));
    MavenSources.secretInPom(mojoExecution)
        .ifPresent(element -> getLog().warn(secretInPom(element)));
    MigrateConfig.Builder builder =
        settings.toBuilder()
            .classLoader(loader)
            .baseDirectory(project.getBasedir().toPath())
            .scriptCacheDirectory(
                scriptCacheDirectory == null ? null : scriptCacheDirectory.toPath())
            .reporter(new MavenReporter(getLog()))
            .optionSpelling(OptionSpelling.MAVEN);
    boolean embedded = settings.value(Setting.URL) == null;
    if (embedded && usesDatabase()) {
      // H2's conventional sa with an empty password, so IDEs and test code can open it too.
      String url = MigrateConfig.embeddedUrl(embeddedDirectory.toPath());
      builder.url(url);
      if (settings.value(Setting.USER) == null && settings.value(Setting.PASSWORD) == null) {
        builder.user("sa").password("");
      }
      getLog()
          .info(
              "No database configured: using the embedded H2 database "
                  + url
                  + " (point at a real one with <url>, -Dmigrate.url=... or DATABASE_URL)");
    }
    MigrateConfig config = complete(builder.build());
    if (getLog().isDebugEnabled()) {
      getLog()
          .debug("Effective connection: " + MavenSources.connection(config, settings, embedded));
      for (String line : settings.describe()) {
        getLog().debug("  " + line);
      }
      getLog()
          .debug(
              "Effective settings: " + PasswordMasker.mask(config.toString(), config.password()));
    }
    return config;
  }

  static String secretInPom(String element) {
    return "<"
        + element
        + "> in the POM carries a password, which mvn -X prints (Maven shows the configuration with"
        + " its expressions resolved) and version control keeps when it is written out: give it"
        + " through <serverId> (a settings.xml server, its password encrypted), MIGRATE_PASSWORD"
        + " or -Dmigrate.password instead";
  }

  /** Lets a goal complete the configuration with what it derives (e.g. where new scripts go). */
  protected MigrateConfig complete(MigrateConfig config) {
    return config;
  }

  /**
   * The POM's value of an engine setting (or its parameter's default); goals add their own
   * parameters.
   */
  protected String configured(Setting setting) {
    return switch (setting) {
      case URL -> url;
      case USER -> user;
      case PASSWORD -> password;
      case LOCATIONS -> locations == null ? null : String.join(",", locations);
      case VERSION_TABLE -> versionTable;
      case HISTORY_TABLE -> historyTable;
      case SCHEMA -> schema;
      case LOCK_TIMEOUT -> lockTimeout;
      case CONNECT_TIMEOUT -> connectTimeout;
      case TRANSACTION_MODE -> transactionMode;
      case VALIDATE_ON_MIGRATE -> validateOnMigrate;
      case STATEMENT_LOCK_TIMEOUT -> statementLockTimeout;
      case LOCK_RETRIES -> lockRetries;
      case DIALECT -> dialect;
      case MODEL -> model;
      case INCLUDE_TABLES -> includeTables == null ? null : String.join(",", includeTables);
      case EXCLUDE_TABLES -> excludeTables == null ? null : String.join(",", excludeTables);
      case RENAME_COLUMNS -> renameColumns == null ? null : String.join(",", renameColumns);
      default -> null;
    };
  }

  private ProjectClassLoader projectClassLoader() throws MojoExecutionException {
    try {
      List<Path> resources =
          project.getResources().stream()
              .map(Resource::getDirectory)
              .map(directory -> project.getBasedir().toPath().resolve(directory))
              .toList();
      return ProjectClassLoader.create(
          resources,
          Path.of(project.getBuild().getOutputDirectory()),
          project.getRuntimeClasspathElements(),
          getClass().getClassLoader());
    } catch (Exception e) {
      throw broken("Cannot resolve the project's classpath: " + e.getMessage(), e);
    }
  }

  /** Logs a block of text (a verbose entry) line by line, as Maven's log wants it. */
  protected void print(String text) {
    text.lines().forEach(getLog()::info);
  }

  /** Writes rendered SQL and returns the file. */
  protected Path writeSql(File file, String sql) throws MojoExecutionException {
    try {
      Path path = file.toPath().toAbsolutePath();
      Files.createDirectories(path.getParent());
      return Files.writeString(path, sql, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw broken("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
