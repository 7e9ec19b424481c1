package dev.migrate.cli;

import dev.migrate.engine.MigrateConfig;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.jdbc.DatabaseUrl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The top-level command: the global options, which go before the command name, and the subcommands.
 * Subcommands reach the resolved configuration through {@link #migrator(boolean)}.
 */
@Command(
    name = "migrate",
    synopsisSubcommandLabel = "COMMAND",
    versionProvider = MigrateCommand.Version.class,
    sortOptions = false,
    description = {
      "Alembic-style schema migrations for the JVM.",
      "",
      "Settings come from the options below, then the environment (MIGRATE_URL, MIGRATE_USER,"
          + " MIGRATE_PASSWORD, MIGRATE_LOCATIONS, ..., and DATABASE_URL), then migrate.properties"
          + " in the working directory or the --config file (keys migrate.url, migrate.user, ...).",
      ""
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 migration or database error (or check/validate/verify found"
          + " problems), 2 bad usage.",
      "Run 'migrate COMMAND --help' for the options of a command."
    })
final class MigrateCommand implements Callable<Integer> {
  private final Main context;
  private final Map<Setting, String> flags = new EnumMap<>(Setting.class);

  @Option(
      names = "--config",
      paramLabel = "FILE",
      order = 12,
      description =
          "Properties file with migrate.* keys (default: migrate.properties in the working"
              + " directory, if there is one).")
  private String configFile;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      order = 14,
      description = "Print the version and exit.")
  private boolean versionRequested;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      order = 15,
      description = "Print this help and exit.")
  private boolean helpRequested;

  MigrateCommand(Main context) {
    this.context = context;
  }

  @Option(
      names = "--url",
      paramLabel = "URL",
      order = 1,
      description = "JDBC URL, or postgresql://user:password@host:port/db.")
  void url(String value) {
    flags.put(Setting.URL, value);
  }

  @Option(names = "--user", paramLabel = "USER", order = 2, description = "Database user.")
  void user(String value) {
    flags.put(Setting.USER, value);
  }

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      order = 3,
      description = "Database password (prefer MIGRATE_PASSWORD: flags show up in ps).")
  void password(String value) {
    flags.put(Setting.PASSWORD, value);
  }

  @Option(
      names = "--locations",
      paramLabel = "L,...",
      order = 4,
      description =
          "Script locations, comma-separated: filesystem:DIR or classpath:PATH"
              + " (default: filesystem:db/migrations).")
  void locations(String value) {
    flags.put(Setting.LOCATIONS, value);
  }

  @Option(
      names = "--version-table",
      paramLabel = "TABLE",
      order = 5,
      description = "Version table (default: migrate_version).")
  void versionTable(String value) {
    flags.put(Setting.VERSION_TABLE, value);
  }

  @Option(
      names = "--history-table",
      paramLabel = "TABLE",
      order = 6,
      description = "History table (default: migrate_history).")
  void historyTable(String value) {
    flags.put(Setting.HISTORY_TABLE, value);
  }

  @Option(
      names = "--schema",
      paramLabel = "SCHEMA",
      order = 7,
      description = "Schema of both tables (default: the connection's).")
  void schema(String value) {
    flags.put(Setting.SCHEMA, value);
  }

  @Option(
      names = "--dialect",
      paramLabel = "NAME",
      order = 8,
      description = "postgresql, mariadb, mysql or h2: for --sql without a database.")
  void dialect(String value) {
    flags.put(Setting.DIALECT, value);
  }

  @Option(
      names = "--classpath",
      paramLabel = "PATH",
      order = 9,
      description =
          "Jars and directories (':' or ',' separated, DIR/* for all jars) holding Java"
              + " migrations, classpath: locations and extra JDBC drivers.")
  void classpath(String value) {
    flags.put(Setting.CLASSPATH, value);
  }

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      order = 10,
      description = "How long to wait for another runner's lock: 30s, 5m, PT2M (default: 5m).")
  void lockTimeout(String value) {
    flags.put(Setting.LOCK_TIMEOUT, value);
  }

  @Option(
      names = "--transaction-mode",
      paramLabel = "MODE",
      order = 11,
      description = "per-revision (default) or all (one transaction for the whole run).")
  void transactionMode(String value) {
    flags.put(Setting.TRANSACTION_MODE, value);
  }

  @Option(
      names = "--debug",
      order = 13,
      description = "Print the resolved settings, and stack traces with errors.")
  void debug(boolean enabled) {
    context.console().debug(enabled);
  }

  /** No command given: that is bad usage. */
  @Override
  public Integer call() {
    throw new UsageException("Missing command; run 'migrate --help' for the list of commands");
  }

  Console console() {
    return context.console();
  }

  /**
   * Resolves the settings and creates the migrator.
   *
   * @param stdoutIsData true when stdout carries SQL, so progress must go to stderr
   */
  Migrator migrator(boolean stdoutIsData) {
    Console console = context.console();
    Path workingDirectory = context.workingDirectory();
    ConfigResolver settings =
        ConfigResolver.resolve(flags, configFile, context.environment(), workingDirectory);
    console.secret(settings.get(Setting.PASSWORD));
    console.secret(urlPassword(settings.get(Setting.URL)));
    if (console.debugEnabled()) {
      for (Map.Entry<String, String> line : settings.describe().entrySet()) {
        console.debugLine(line.getKey() + " = " + line.getValue());
      }
    }
    MigrateConfig.Builder builder = settings.toBuilder(workingDirectory);
    ClassLoader loader =
        ExtraClasspath.create(
            settings.get(Setting.CLASSPATH), workingDirectory, Main.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    builder.classLoader(loader).reporter(console.reporter(stdoutIsData));
    return Migrator.create(ConfigResolver.build(builder));
  }

  /** The password inside a {@code postgresql://user:password@host/db} URL, or null. */
  private static String urlPassword(String url) {
    try {
      return url == null ? null : DatabaseUrl.parse(url).password();
    } catch (MigrateException e) {
      return null; // the engine reports the bad URL when it uses it
    }
  }

  /** The version from the build, filtered into a resource. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"migrate " + properties.getProperty("version", "unknown")};
    }
  }
}
