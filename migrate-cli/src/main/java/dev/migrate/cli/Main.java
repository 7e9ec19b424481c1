package dev.migrate.cli;

import dev.migrate.engine.api.SettingException;
import dev.migrate.engine.api.error.DatabaseUnavailableException;
import dev.migrate.engine.api.error.DialectRequiredException;
import dev.migrate.engine.api.error.InvalidUrlException;
import dev.migrate.engine.api.error.NoDatabaseException;
import dev.migrate.engine.api.error.RangeNotAllowedException;
import dev.migrate.engine.common.MigrateException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of {@code java -jar migrate-cli.jar}. Maps every outcome to an exit code: 0 success,
 * 1 a migration or database error (or a check that found problems), 2 bad usage; errors go to
 * stderr in one or two lines, with the stack trace only under {@code --debug}.
 */
public final class Main {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private final Map<String, String> environment;
  private final Path workingDirectory;
  private final Console console;

  /**
   * A CLI run in the given surroundings (tests pass their own).
   *
   * @param environment the environment variables to read settings from
   * @param workingDirectory resolves relative paths and holds {@code migrate.properties}
   * @param out standard output
   * @param err standard error
   */
  public Main(
      Map<String, String> environment, Path workingDirectory, PrintStream out, PrintStream err) {
    this.environment = Map.copyOf(environment);
    this.workingDirectory = workingDirectory.toAbsolutePath();
    this.console = new Console(out, err);
  }

  public static void main(String[] args) {
    // Buffered, flushed at the end and around progress lines: a long history is one write.
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = new Main(System.getenv(), Path.of(""), out, err).run(args, true);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code. */
  public int run(String... args) {
    return run(args, false);
  }

  /**
   * Runs one command line.
   *
   * @param exitFollows true in {@link #main}: the process exits right after, so a background open
   *     of the database that the command did not wait for is abandoned rather than awaited
   */
  int run(String[] args, boolean exitFollows) {
    Arguments arguments = Arguments.read(args);
    // First, so that an embedded H2 database opens on the other core while picocli starts up.
    DatabaseWarmup warmup = DatabaseWarmup.start(arguments, environment, workingDirectory);
    try {
      MigrateCommand root = new MigrateCommand(this, arguments);
      CommandLine commandLine = new CommandLine(root.spec());
      Command command = arguments.command();
      // Only the named command's model; all of them for the help and for errors.
      for (Command each : Command.values()) {
        if (command == null || each == command) {
          commandLine.addSubcommand(each.commandName(), each.create().under(root).spec());
        }
      }
      commandLine
          .setOut(new PrintWriter(console.out(), true))
          .setErr(new PrintWriter(console.err(), true))
          .setParameterExceptionHandler(this::usageError)
          .setExecutionExceptionHandler(this::failure);
      // The global options were read: picocli gets only the command and its own arguments.
      int code = commandLine.execute(command == null ? args : arguments.fromCommand());
      console.flush();
      return code;
    } finally {
      if (exitFollows) {
        warmup.abandon();
      } else {
        warmup.close();
      }
    }
  }

  Console console() {
    return console;
  }

  Map<String, String> environment() {
    return environment;
  }

  Path workingDirectory() {
    return workingDirectory;
  }

  private int usageError(ParameterException e, String[] args) {
    console.error("ERROR: " + UsageMessages.describe(e));
    console.stackTrace(e);
    return USAGE;
  }

  private int failure(Exception e, CommandLine commandLine, ParseResult parseResult) {
    // A range where one target goes is a mistake on the command line, not a failed run; so is a
    // setting the engine cannot take.
    if (e instanceof UsageException
        || e instanceof RangeNotAllowedException
        || e instanceof SettingException
        || e instanceof InvalidUrlException) {
      console.error("ERROR: " + e.getMessage());
      console.stackTrace(e);
      return USAGE;
    }
    if (e instanceof MigrateException) {
      console.error("ERROR: " + e.getMessage());
      String hint = hint((MigrateException) e);
      if (hint != null) {
        console.error(hint);
      }
    } else if (e instanceof UnsupportedOperationException) {
      console.error("ERROR: not available in this build: " + e.getMessage());
    } else {
      console.error("ERROR: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (console.debugEnabled()) {
      console.stackTrace(e);
    } else if (!(e instanceof MigrateException)) {
      console.error("Run with --debug for the stack trace.");
    }
    return FAILED;
  }

  /** A second line for engine errors whose remedy is a CLI option. */
  static String hint(MigrateException e) {
    if (e instanceof NoDatabaseException) {
      return "Give the database with --url URL, MIGRATE_URL or DATABASE_URL";
    }
    if (e instanceof DialectRequiredException) {
      return "Give it with --dialect NAME (or MIGRATE_DIALECT)";
    }
    // The driver manager's own words: the one case that has no type of its own.
    if (e instanceof DatabaseUnavailableException
        && String.valueOf(e.getMessage()).contains("No suitable driver")) {
      return "This jar carries the PostgreSQL, H2 and MariaDB/MySQL drivers;"
          + " add others with --classpath DRIVER.jar";
    }
    return null;
  }
}
