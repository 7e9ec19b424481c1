package dev.migrate.cli;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.ResolvedSettings;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Opens an embedded H2 database on a background thread while the main thread builds the command
 * line and loads the scripts, and holds it open until the command is done.
 *
 * <p>Why: the first open of an H2 file in a JVM loads some 600 H2 classes and replays the whole
 * schema, the largest part of a short command's run, while picocli and the script loading keep only
 * one core busy. While this connection is open, H2 keeps the database open, so the engine's own
 * connections attach to it. Only a guess made ahead of picocli: it reads the global options the
 * same way (it takes the {@link Arguments} read for the command, and {@link ConfigResolver} layers
 * them), and a wrong guess costs only CPU time; it never creates a database ({@code IFEXISTS}) and
 * never reports anything, since the command itself reports every problem.
 */
final class DatabaseWarmup implements AutoCloseable {
  private Thread thread;
  private Connection connection;
  private boolean abandoned;

  private DatabaseWarmup() {}

  /**
   * Starts opening the database that the arguments, the environment and the configuration file
   * name, when it is an existing embedded H2 database and the command reads it ({@link
   * Command#warmup()}); otherwise does nothing.
   */
  static DatabaseWarmup start(
      Arguments arguments, Map<String, String> environment, Path directory) {
    DatabaseWarmup warmup = new DatabaseWarmup();
    Command command = arguments.command();
    if (command != null && command.warmup() != Command.Warmup.NONE && !arguments.offlineOrHelp()) {
      boolean readOnly = command.warmup() == Command.Warmup.READ_ONLY;
      // A class rather than a lambda: the main thread would pay the lambda's bootstrap.
      warmup.thread = new Thread(new Opener(warmup, arguments, environment, directory, readOnly));
      warmup.thread.setName("migrate-warmup");
      warmup.thread.setDaemon(true);
      warmup.thread.start();
    }
    return warmup;
  }

  /** The background open: resolves the settings as the command will, then opens. */
  private record Opener(
      DatabaseWarmup warmup,
      Arguments arguments,
      Map<String, String> environment,
      Path directory,
      boolean readOnly)
      implements Runnable {
    @Override
    public void run() {
      try {
        ResolvedSettings settings =
            ConfigResolver.resolve(
                arguments.flags(), arguments.configFile(), environment, directory);
        if (settings.value(Setting.URL) == null) {
          return;
        }
        MigrateConfig config =
            MigrateConfig.builder()
                .set(Setting.URL, settings.value(Setting.URL), null)
                .set(Setting.USER, settings.value(Setting.USER), null)
                .set(Setting.PASSWORD, settings.value(Setting.PASSWORD), null)
                .build();
        warmup.opened(Migrator.create(config).openExistingEmbedded(readOnly).orElse(null));
      } catch (RuntimeException e) {
        // Any setting the guess cannot use is the command's to report.
      }
    }
  }

  /** True when the database is being, or was, opened in the background. */
  boolean started() {
    return thread != null;
  }

  /** Hands over the background open's connection, closing it at once if it came too late. */
  private synchronized void opened(Connection opened) {
    connection = opened;
    if (abandoned) {
      closeQuietly(opened);
    }
  }

  /** The connection once the background open is done, or null (tests). */
  Connection awaitConnection() throws InterruptedException {
    if (thread != null) {
      thread.join();
    }
    synchronized (this) {
      return connection;
    }
  }

  /**
   * Waits for the background open (so no thread or connection outlives the command) and closes its
   * connection; with it, H2 closes the database if the command's connections are closed too.
   */
  @Override
  public void close() {
    try {
      closeQuietly(awaitConnection());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * For a process that exits next: closes the connection if the open is done, else leaves the open
   * to finish (and close what it opened) or to be ended by the exit, instead of making a command
   * that failed early, or never needed the database, wait for it. Stopping H2 part-way is safe: its
   * store is written copy-on-write, and the open only reads.
   */
  synchronized void abandon() {
    abandoned = true;
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // The command's own connections reported whatever went wrong with this database.
    }
  }
}
