package dev.migrate.engine.verify;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.VerifyOptions;
import dev.migrate.engine.api.error.ConnectTimeoutException;
import dev.migrate.engine.api.error.ScratchDatabaseException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.ScratchPlan;
import dev.migrate.engine.jdbc.ConnectionFactory;
import dev.migrate.engine.jdbc.DatabaseUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A throwaway database that exists for one verify run: an in-memory database, a database in files,
 * or a database created with a unique name on a server, dropped by {@link #close()}, as the
 * database's {@link DatabaseSupport#scratch} plans it. Nothing outside it is ever changed or
 * dropped.
 */
public final class ScratchDatabase implements AutoCloseable {
  private final ScratchPlan plan;
  private final String name;
  private final Duration connectTimeout;
  private Connection keeper;
  private boolean closed;

  private ScratchDatabase(ScratchPlan plan, String name, Duration connectTimeout) {
    this.plan = plan;
    this.name = name;
    this.connectTimeout = connectTimeout;
  }

  /**
   * Creates a scratch database. With no server URL it is an in-memory one (H2); with an H2 URL, an
   * in-memory H2 database that keeps the URL's compatibility settings ({@code MODE=PostgreSQL}
   * ...); with a PostgreSQL or MariaDB/MySQL URL, a new database on that server, reached with the
   * same credentials.
   */
  public static ScratchDatabase create(String serverUrl, String user, String password) {
    return create(serverUrl, user, password, MigrateConfig.DEFAULT_CONNECT_TIMEOUT);
  }

  /** As {@link #create(String, String, String)}, each connection bounded by the timeout. */
  public static ScratchDatabase create(
      String serverUrl, String user, String password, Duration connectTimeout) {
    boolean inMemory = serverUrl == null || serverUrl.isBlank();
    DatabaseSupport database =
        (inMemory
                ? Databases.all().stream().filter(ScratchDatabase::scratchesInMemory).findFirst()
                : Databases.forUrl(serverUrl))
            .orElseThrow(() -> cannot(serverUrl));
    return create(database, inMemory ? null : serverUrl, user, password, connectTimeout);
  }

  /**
   * Creates a scratch database of this database: on the server of {@code serverUrl}, or in memory
   * when it is null.
   */
  public static ScratchDatabase create(
      DatabaseSupport database, String serverUrl, String user, String password) {
    return create(database, serverUrl, user, password, MigrateConfig.DEFAULT_CONNECT_TIMEOUT);
  }

  private static ScratchDatabase create(
      DatabaseSupport database,
      String serverUrl,
      String user,
      String password,
      Duration connectTimeout) {
    String name = "migrate_verify_" + HexFormat.of().formatHex(randomBytes());
    ScratchPlan plan =
        database.scratch(serverUrl, user, password, name).orElseThrow(() -> cannot(serverUrl));
    ScratchDatabase scratch = new ScratchDatabase(plan, name, connectTimeout);
    if (plan.inFiles()) {
      return scratch;
    }
    if (plan.inMemory()) {
      scratch.keeper = scratch.open("create the in-memory database " + name);
      return scratch;
    }
    try {
      scratch.onServer(plan.create(), "create the scratch database " + name);
    } catch (ConnectTimeoutException e) {
      throw e;
    } catch (MigrateException e) {
      throw new ScratchDatabaseException(
          e.getMessage()
              + " (migrate creates a throwaway database there: the user needs the right to create"
              + " databases, or point the scratch URL at a server where it has it)",
          e.getCause());
    }
    return scratch;
  }

  /**
   * A scratch database like the configured database: on {@code scratchUrl}'s server when given,
   * else on the configured database's server, else (no URL, or an H2 or SQLite data source) in
   * memory or in a file. Never the configured database itself.
   *
   * @param command the command that needs it, for the error when none can be made
   */
  public static ScratchDatabase like(MigrateConfig config, String scratchUrl, String command) {
    String url = scratchUrl != null ? scratchUrl : config.url();
    if (url == null && config.dataSource() != null) {
      DatabaseSupport database =
          scratchesWithoutServer(config.dataSource())
              .orElseThrow(
                  () ->
                      new ScratchDatabaseException(
                          command
                              + " cannot create a scratch database beside a data source: set the"
                              + " scratch URL (a PostgreSQL, MariaDB or MySQL server URL, or "
                              + VerifyOptions.IN_MEMORY_H2
                              + ")",
                          null));
      return create(database, null, null, null, config.connectTimeout());
    }
    if (url == null) {
      return create(null, null, null, config.connectTimeout());
    }
    DatabaseUrl parsed = DatabaseUrl.parse(url);
    String user = parsed.user() != null ? parsed.user() : config.user();
    String password = parsed.password() != null ? parsed.password() : config.password();
    return create(parsed.jdbcUrl(), user, password, config.connectTimeout());
  }

  /**
   * The data source's database when it can make a scratch database without a server (in memory for
   * H2, in a file for SQLite).
   */
  private static Optional<DatabaseSupport> scratchesWithoutServer(javax.sql.DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return Databases.find(connection).filter(ScratchDatabase::scratchesInMemory);
    } catch (SQLException e) {
      throw new MigrateException("Could not connect to the data source: " + e.getMessage(), e);
    }
  }

  /** True when the database can make a scratch database without a server (in memory, in files). */
  public static boolean scratchesInMemory(DatabaseSupport database) {
    return database.scratch(null, null, null, "probe").isPresent();
  }

  private static ScratchDatabaseException cannot(String serverUrl) {
    return new ScratchDatabaseException(
        "migrate can create a scratch database on PostgreSQL, MariaDB or MySQL, in a file for"
            + " SQLite, or use in-memory H2; it cannot on "
            + PasswordMasker.mask(serverUrl),
        null);
  }

  /** The JDBC URL of the scratch database. */
  public String url() {
    return plan.url();
  }

  public String user() {
    return plan.user();
  }

  public String password() {
    return plan.password();
  }

  /** For progress lines: the name and where it lives, without a password. */
  public String describe() {
    return plan.description();
  }

  /** The database's name, e.g. {@code migrate_verify_3f2a...}. */
  public String name() {
    return name;
  }

  /** A new connection to the scratch database; the caller closes it. */
  public Connection connect() {
    return open("connect to the scratch database " + name);
  }

  /** Drops the scratch database (in memory: through the connection that keeps it); once only. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (plan.inFiles()) {
      for (Path file : plan.files()) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          throw new MigrateException(
              "Could not delete the scratch database's file " + file + ": " + e.getMessage(), e);
        }
      }
      return;
    }
    if (plan.inMemory()) {
      try (Connection connection = keeper;
          Statement statement = connection.createStatement()) {
        statement.execute(plan.drop());
      } catch (SQLException e) {
        throw new ScratchDatabaseException(
            "Could not shut down the scratch database " + name + ": " + e.getMessage(), e);
      }
      return;
    }
    onServer(plan.drop(), "drop the scratch database " + name);
  }

  private void onServer(String sql, String purpose) {
    try (Connection connection = connect(plan.serverUrl());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new ScratchDatabaseException(
          "Could not "
              + purpose
              + " on "
              + PasswordMasker.mask(plan.serverUrl(), plan.password())
              + ": "
              + PasswordMasker.mask(e.getMessage(), plan.password()),
          e);
    }
  }

  private Connection open(String purpose) {
    try {
      return connect(plan.url());
    } catch (SQLException e) {
      throw new ScratchDatabaseException(
          "Could not " + purpose + ": " + PasswordMasker.mask(e.getMessage(), plan.password()), e);
    }
  }

  private Connection connect(String jdbcUrl) throws SQLException {
    try {
      return ConnectionFactory.connect(jdbcUrl, plan.user(), plan.password(), connectTimeout);
    } catch (SQLException e) {
      if (ConnectionFactory.timedOut(e)) {
        String masked = PasswordMasker.mask(jdbcUrl, plan.password());
        throw new ConnectTimeoutException(
            new DatabaseUrl(jdbcUrl, null, null, List.of()).endpoint() + " (" + masked + ")",
            connectTimeout);
      }
      throw e;
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[6];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
