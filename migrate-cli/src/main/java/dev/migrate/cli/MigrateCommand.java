package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.jdbc.DatabaseUrl;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The top-level command: the global options, which go before the command name, and the subcommands.
 * Subcommands reach the resolved configuration through {@link #migrator(boolean)}.
 */
final class MigrateCommand implements Callable<Integer> {
  private final Main context;
  private final CommandSpec spec;
  private final Map<Setting, OptionSpec> settingOptions = new EnumMap<>(Setting.class);
  private final OptionSpec configFile;
  private final OptionSpec debug;

  MigrateCommand(Main context) {
    this.context = context;
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
      if (setting.isGlobalOption()) {
        OptionSpec option =
            OptionSpec.builder(setting.flag())
                .paramLabel(setting.paramLabel())
                .type(String.class)
                .description(setting.description())
                .order(setting.ordinal())
                .build();
        settingOptions.put(setting, option);
        spec.addOption(option);
      }
    }
    configFile =
        Specs.option(
                "FILE",
                "Properties file with migrate.* keys (default: migrate.properties in the working"
                    + " directory, if there is one).",
                "--config")
            .toBuilder()
            .order(100)
            .build();
    debug =
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
    console.debug(Specs.isSet(debug));
    ConfigResolver settings =
        ConfigResolver.resolve(
            flags(), Specs.string(configFile), context.environment(), workingDirectory);
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

  /** The global options given on the command line. */
  private Map<Setting, String> flags() {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    for (Map.Entry<Setting, OptionSpec> option : settingOptions.entrySet()) {
      String value = option.getValue().getValue();
      if (value != null) {
        flags.put(option.getKey(), value);
      }
    }
    return flags;
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
