package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.ResolvedSettings;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.common.OptionSpelling;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The top-level command: the global options, which go before the command name, and the subcommands.
 * Subcommands reach the resolved configuration through {@link #migrator(boolean)}. The options are
 * declared here for the help and the error messages; their values come from {@link Arguments},
 * which read the command line before picocli started.
 */
final class MigrateCommand implements Callable<Integer> {
  private final Main context;
  private final Arguments arguments;
  private final CommandSpec spec;

  MigrateCommand(Main context, Arguments arguments) {
    this.context = context;
    this.arguments = arguments;
    spec =
        Specs.command(
            this,
            "migrate",
            "Alembic-style schema migrations for the JVM.",
            "",
            "Settings come from the options below, then the environment (MIGRATE_URL,"
                + " MIGRATE_USER, MIGRATE_PASSWORD, MIGRATE_LOCATIONS, ..., and DATABASE_URL),"
                + " then migrate.properties in the working directory or the --config file (keys"
                + " migrate.url, migrate.user, ...).",
            "");
    spec.usageMessage()
        .synopsisSubcommandLabel("COMMAND")
        .footer(
            "",
            "Exit codes: 0 success, 1 migration or database error (or check/validate/verify found"
                + " problems), 2 bad usage.",
            "Run 'migrate COMMAND --help' for the options of a command.");
    spec.versionProvider(new Version());
    for (Setting setting : Setting.values()) {
      if (setting.globalFlag()) {
        spec.addOption(
            OptionSpec.builder(setting.flag())
                .paramLabel(setting.label())
                .type(String.class)
                .description(description(setting))
                .order(setting.ordinal())
                .build());
      }
    }
    OptionSpec configFile =
        Specs.option(
                "FILE",
                "Properties file with migrate.* keys (default: migrate.properties in the working"
                    + " directory, if there is one).",
                "--config")
            .toBuilder()
            .order(100)
            .build();
    OptionSpec debug =
        Specs.flag("Print the resolved settings, and stack traces with errors.", "--debug")
            .toBuilder()
            .order(101)
            .build();
    spec.addOption(configFile);
    spec.addOption(debug);
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print the version and exit.")
            .order(102)
            .build());
  }

  CommandSpec spec() {
    return spec;
  }

  /**
   * The table's description, with the CLI's own default where it differs from the engine's; a
   * {@code %} doubled, since picocli reads descriptions as format strings (a bare one made it warn
   * three times on every {@code --help}).
   */
  private static String description(Setting setting) {
    String text;
    if (setting == Setting.LOCATIONS) {
      text = setting.description() + " Default: " + ConfigResolver.DEFAULT_LOCATION + ".";
    } else {
      String byDefault = setting.defaultValue();
      text =
          byDefault == null
              ? setting.description()
              : setting.description() + " Default: " + byDefault + ".";
    }
    return text.replace("%", "%%");
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
    console.debug(arguments.debug());
    ResolvedSettings settings =
        ConfigResolver.resolve(
            arguments.flags(), arguments.configFile(), context.environment(), workingDirectory);
    for (String secret : settings.secrets()) {
      console.secret(secret);
    }
    if (console.debugEnabled()) {
      for (String line : settings.describe()) {
        console.debugLine(line);
      }
    }
    MigrateConfig.Builder builder =
        settings.toBuilder().baseDirectory(workingDirectory).optionSpelling(OptionSpelling.CLI);
    ClassLoader loader =
        ExtraClasspath.create(
            settings.value(Setting.CLASSPATH), workingDirectory, Main.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    builder
        .classLoader(loader)
        .reporter(console.reporter(stdoutIsData))
        .scriptCacheDirectory(scriptCacheDirectory(context.environment()));
    return Migrator.create(builder.build());
  }

  /**
   * {@code $XDG_CACHE_HOME/migrate/headers}, else {@code ~/.cache/migrate/headers}: per user and
   * never beside the scripts, which may be a read-only checkout where new files are noise. Null
   * without a home directory, which leaves the cache off.
   */
  static Path scriptCacheDirectory(Map<String, String> environment) {
    String xdg = environment.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "migrate", "headers");
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() || "?".equals(home)
        ? null
        : Path.of(home, ".cache", "migrate", "headers");
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
