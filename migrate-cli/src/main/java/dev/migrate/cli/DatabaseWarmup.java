package dev.migrate.cli;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.jdbc.ConnectionFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Opens an embedded H2 database on a background thread while the main thread builds the command
 * line and loads the scripts, and holds it open until the command is done.
 *
 * <p>Why: the first open of an H2 file in a JVM loads some 600 H2 classes and replays the whole
 * schema, the largest part of a short command's run, while picocli and the script loading keep only
 * one core busy. While this connection is open, H2 keeps the database open, so the engine's own
 * connections attach to it. Only a guess made ahead of picocli: it reads the global options the
 * same way ({@link Setting} names them, {@link ConfigResolver} layers them), and a wrong guess
 * costs only CPU time; it never creates a database ({@code IFEXISTS}) and never reports anything,
 * since the command itself reports every problem.
 */
final class DatabaseWarmup implements AutoCloseable {
  /** The commands that always read the database (unless rendering SQL). */
  private static final Set<String> ONLINE =
      Set.of("upgrade", "downgrade", "stamp", "repair", "current", "check", "validate");

  /**
   * Of those, the ones that never write: their background open is read-only, which H2 opens quicker
   * (measured 8 % off a whole {@code current}) and closes without writing to the file.
   */
  private static final Set<String> READ_ONLY = Set.of("current", "check", "validate");

  private Thread thread;
  private Connection connection;
  private boolean abandoned;

  private DatabaseWarmup() {}

  /**
   * Starts opening the database that the arguments, the environment and the configuration file
   * name, when it is an existing embedded H2 database and the command reads it; otherwise does
   * nothing.
   */
  static DatabaseWarmup start(String[] args, Map<String, String> environment, Path directory) {
    DatabaseWarmup warmup = new DatabaseWarmup();
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    String[] configFlag = new String[1];
    String command = onlineCommand(args, flags, configFlag);
    if (command != null) {
      boolean readOnly = READ_ONLY.contains(command);
      // A class rather than a lambda: the main thread would pay the lambda's bootstrap.
      warmup.thread =
          new Thread(new Opener(warmup, flags, configFlag[0], environment, directory, readOnly));
      warmup.thread.setName("migrate-warmup");
      warmup.thread.setDaemon(true);
      warmup.thread.start();
    }
    return warmup;
  }

  /** The background open: resolves the settings as the command will, then opens. */
  private record Opener(
      DatabaseWarmup warmup,
      Map<Setting, String> flags,
      String configFlag,
      Map<String, String> environment,
      Path directory,
      boolean readOnly)
      implements Runnable {
    @Override
    public void run() {
      try {
        ConfigResolver settings = ConfigResolver.resolve(flags, configFlag, environment, directory);
        if (settings.get(Setting.URL) == null) {
          return;
        }
        MigrateConfig config =
            MigrateConfig.builder()
                .url(settings.get(Setting.URL))
                .user(settings.get(Setting.USER))
                .password(settings.get(Setting.PASSWORD))
                .build();
        warmup.opened(ConnectionFactory.of(config).openExistingEmbeddedH2(readOnly).orElse(null));
      } catch (RuntimeException e) {
        // Any setting the guess cannot use is the command's to report.
      }
    }
  }

  /**
   * Scans the global options before the command name, collecting the settings' flags and {@code
   * --config}; returns the command when it is one that reads the database and no help, version or
   * SQL rendering is asked for, else null.
   */
  static String onlineCommand(String[] args, Map<Setting, String> flags, String[] configFlag) {
    int i = 0;
    for (; i < args.length && args[i].startsWith("-"); i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (name.equals("--debug")) {
        continue;
      }
      Setting setting = globalSetting(name);
      if (setting == null && !name.equals("--config")) {
        return null; // help, version or a typo: nothing to open
      }
      String value =
          equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
      if (setting != null) {
        flags.put(setting, value);
      } else {
        configFlag[0] = value;
      }
    }
    if (i >= args.length || !ONLINE.contains(args[i])) {
      return null;
    }
    for (int j = i + 1; j < args.length; j++) {
      if (args[j].equals("--sql") || args[j].equals("-h") || args[j].equals("--help")) {
        return null;
      }
    }
    return args[i];
  }

  private static Setting globalSetting(String flag) {
    for (Setting setting : Setting.values()) {
      if (setting.isGlobalOption() && setting.flag().equals(flag)) {
        return setting;
      }
    }
    return null;
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
