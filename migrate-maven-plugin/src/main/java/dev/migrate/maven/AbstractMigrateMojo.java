package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.TransactionMode;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.maven.ConnectionResolver.Layer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The template every goal follows: skip check, configuration, a {@link Migrator}, the goal's one
 * call, and the mapping of failures to Maven's two kinds. Goals implement {@link #run(Migrator)}.
 *
 * <p>Precedence of every setting: the command line ({@code -Dmigrate.*}) over the environment
 * ({@code DATABASE_URL}, for the connection only) over the POM's {@code <configuration>}.
 */
public abstract class AbstractMigrateMojo extends AbstractMojo {

  /** The environment variable holding a database URL, as other ecosystems (Heroku, Rails) use. */
  static final String DATABASE_URL = "DATABASE_URL";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  protected MojoExecution mojoExecution;

  /**
   * The database: a JDBC URL ({@code jdbc:postgresql://host/db}) or the {@code
   * postgresql://user:pass@host:port/db}, {@code mysql://} and {@code mariadb://} forms, with
   * percent-encoded user and password. Empty means {@code DATABASE_URL} from the environment, and
   * without that an embedded H2 file database under {@link #embeddedDirectory}.
   */
  @Parameter(property = "migrate.url", defaultValue = "")
  private String url;

  /** The database user. Wins over the credentials of {@link #serverId}. */
  @Parameter(property = "migrate.user", defaultValue = "")
  private String user;

  /** The database password. Prefer {@link #serverId} with an encrypted password. */
  @Parameter(property = "migrate.password", defaultValue = "")
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

  /** Seconds to wait for another runner's database lock before failing. */
  @Parameter(property = "migrate.lockTimeout", defaultValue = "300")
  private long lockTimeout;

  /**
   * {@code per-revision}: each revision commits with its version row; {@code all}: the whole run is
   * one transaction (on databases with transactional DDL).
   */
  @Parameter(property = "migrate.transactionMode", defaultValue = "per-revision")
  private String transactionMode;

  /**
   * The SQL dialect for offline rendering: {@code postgresql}, {@code mariadb}, {@code mysql} or
   * {@code h2}. Empty to detect it from the database.
   */
  @Parameter(property = "migrate.dialect", defaultValue = "")
  private String dialect;

  /** Where the embedded H2 database lives when no database is configured. */
  @Parameter(
      property = "migrate.embeddedDirectory",
      defaultValue = "${project.build.directory}/migrate")
  private File embeddedDirectory;

  /** Skips the goal, with one log line. */
  @Parameter(property = "migrate.skip", defaultValue = "false")
  private boolean skip;

  private final SettingsDecrypter decrypter;

  protected AbstractMigrateMojo(SettingsDecrypter decrypter) {
    this.decrypter = decrypter;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping migrate:" + goal() + " (migrate.skip=true)");
      return;
    }
    try (ProjectClassLoader loader = projectClassLoader()) {
      MigrateConfig config = configure(loader);
      run(Migrator.create(config));
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
   * Whether the goal talks to a database. Goals that only read or write scripts (and {@code sql},
   * which renders offline) do not get the embedded default.
   */
  protected boolean usesDatabase() {
    return true;
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

  /** The value given on the command line for a {@code migrate.*} property, else the POM's. */
  protected String setting(String property, String configured) {
    String value = userProperties().getProperty(property);
    return value != null ? value : configured;
  }

  protected final String goal() {
    return mojoExecution == null ? "?" : mojoExecution.getGoal();
  }

  MigrateConfig configure(ClassLoader loader) {
    Path basedir = project.getBasedir().toPath();
    Connection connection = connection();
    if (connection.embedded() && usesDatabase()) {
      getLog()
          .info(
              "No database configured: using the embedded H2 database "
                  + connection.url()
                  + " (point at a real one with <url>, -Dmigrate.url=... or DATABASE_URL)");
    }
    MigrateConfig.Builder builder =
        MigrateConfig.builder()
            .locations(locations())
            .classLoader(loader)
            .baseDirectory(basedir)
            .versionTable(setting("migrate.versionTable", versionTable))
            .historyTable(setting("migrate.historyTable", historyTable))
            .schema(setting("migrate.schema", schema))
            .transactionMode(transactionMode(setting("migrate.transactionMode", transactionMode)))
            .lockTimeout(Duration.ofSeconds(lockTimeout()))
            .dialect(setting("migrate.dialect", dialect))
            .reporter(new MavenReporter(getLog()));
    if (usesDatabase() || connection.origin() != Connection.Origin.EMBEDDED) {
      builder.url(connection.url()).user(connection.user()).password(connection.password());
    }
    customize(builder);
    MigrateConfig config = builder.build();
    if (getLog().isDebugEnabled()) {
      getLog().debug("Effective connection: " + connection);
      getLog()
          .debug(
              "Effective settings: " + PasswordMasker.mask(config.toString(), config.password()));
    }
    return config;
  }

  /** Lets a goal set its own engine settings (e.g. where new scripts go). */
  protected void customize(MigrateConfig.Builder builder) {}

  Connection connection() {
    Properties user = userProperties();
    Layer commandLine =
        new Layer(
            user.getProperty("migrate.url"),
            user.getProperty("migrate.user"),
            user.getProperty("migrate.password"),
            user.getProperty("migrate.serverId"));
    Layer pom = new Layer(url, this.user, password, serverId);
    String environment = session.getSystemProperties().getProperty("env." + DATABASE_URL);
    ConnectionResolver resolver =
        new ConnectionResolver(new SettingsServers(session.getSettings(), decrypter));
    return resolver.resolve(commandLine, environment, pom, embeddedDirectory.toPath());
  }

  List<String> locations() {
    String fromCommandLine = userProperties().getProperty("migrate.locations");
    List<String> chosen =
        fromCommandLine != null ? Arrays.asList(fromCommandLine.split(",")) : locations;
    return chosen.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private long lockTimeout() {
    String value = userProperties().getProperty("migrate.lockTimeout");
    try {
      return value != null ? Long.parseLong(value.trim()) : lockTimeout;
    } catch (NumberFormatException e) {
      throw new MigrateException("migrate.lockTimeout must be a number of seconds, not " + value);
    }
  }

  static TransactionMode transactionMode(String value) {
    String normal = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (normal) {
      case "", "per-revision" -> TransactionMode.PER_REVISION;
      case "all" -> TransactionMode.ALL;
      default ->
          throw new MigrateException(
              "transactionMode must be per-revision or all, not '" + value + "'");
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

  private Properties userProperties() {
    return session.getUserProperties();
  }
}
