package dev.migrate.engine.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The databases' own clients and dump tools, for tests that prove offline SQL means the same as an
 * online run: the script is applied as a DBA would and schemas are compared as the dump tools print
 * them. One entry per database that has them, keyed by its dialect name.
 */
public final class DatabaseClients {

  /** How to apply a script and print a schema with one database's own tools. */
  private interface Client {
    void runScript(TestDatabase db, Path script, String charset) throws Exception;

    String schemaDump(TestDatabase db);
  }

  private static final Map<String, Client> CLIENTS =
      Map.of(
          "postgresql",
          new Psql(),
          "mariadb",
          new MariaDbClient(),
          "h2",
          new H2Client(),
          "sqlite",
          new Sqlite3());

  private DatabaseClients() {}

  /**
   * Runs a rendered script with the database's own client ({@code psql -v ON_ERROR_STOP=1 -f}, the
   * {@code mariadb} client, H2's RunScript), with the client's encoding set to {@code charset}
   * unless it is null. Fails with the client's output when the script fails.
   */
  public static void runScript(TestDatabase db, String sql, String charset) {
    try {
      Path file = Files.createTempFile(db.name(), ".sql");
      try {
        Files.writeString(file, sql);
        client(db).runScript(db, file, charset);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * The schema as {@code pg_dump} or {@code mariadb-dump} prints it, without what differs from run
   * to run (pg_dump's random restrict key, comments, AUTO_INCREMENT counters). Not for H2.
   */
  public static String schemaDump(TestDatabase db) {
    return client(db).schemaDump(db);
  }

  private static Client client(TestDatabase db) {
    Client client = CLIENTS.get(db.dialectName());
    if (client == null) {
      throw new IllegalArgumentException("no client tools known for " + db.dialectName());
    }
    return client;
  }

  private static final class Psql implements Client {
    @Override
    public void runScript(TestDatabase db, Path script, String charset) {
      ProcessBuilder builder =
          new ProcessBuilder(
              "psql",
              "-X",
              "-q",
              "-v",
              "ON_ERROR_STOP=1",
              "-h",
              hostOf(db.url()),
              "-p",
              portOf(db.url(), "5432"),
              "-U",
              db.user(),
              "-d",
              db.name(),
              "-f",
              script.toString());
      if (!db.password().isEmpty()) {
        builder.environment().put("PGPASSWORD", db.password());
      }
      if (charset != null) {
        builder.environment().put("PGCLIENTENCODING", charset);
      }
      run(builder, db);
    }

    @Override
    public String schemaDump(TestDatabase db) {
      return run(new ProcessBuilder(
              "pg_dump",
              "--schema-only",
              "--no-owner",
              "-h",
              "127.0.0.1",
              "-U",
              db.user(),
              db.name()))
          .lines()
          .filter(l -> !l.startsWith("\\restrict") && !l.startsWith("\\unrestrict"))
          .filter(l -> !l.startsWith("--"))
          .collect(Collectors.joining("\n"));
    }
  }

  private static final class MariaDbClient implements Client {
    @Override
    public void runScript(TestDatabase db, Path script, String charset) {
      ProcessBuilder builder =
          new ProcessBuilder(
                  "mariadb",
                  "-h",
                  hostOf(db.url()),
                  "-P",
                  portOf(db.url(), "3306"),
                  "-u",
                  db.user(),
                  db.name())
              .redirectInput(script.toFile());
      if (!db.password().isEmpty()) {
        builder.environment().put("MYSQL_PWD", db.password());
      }
      if (charset != null) {
        builder.command().add(1, "--default-character-set=" + charset);
      }
      run(builder, db);
    }

    @Override
    public String schemaDump(TestDatabase db) {
      return run(new ProcessBuilder(
              "mariadb-dump",
              "--no-data",
              "--skip-comments",
              "--skip-dump-date",
              "-h",
              "127.0.0.1",
              "-u",
              db.user(),
              db.name()))
          .replaceAll(" AUTO_INCREMENT=\\d+", "");
    }
  }

  private static final class H2Client implements Client {
    @Override
    public void runScript(TestDatabase db, Path script, String charset) throws Exception {
      if (charset != null) {
        throw new IllegalArgumentException("H2's RunScript has no client encoding");
      }
      try (Connection c = db.connect()) {
        org.h2.tools.RunScript.execute(c, new StringReader(Files.readString(script)));
      } catch (SQLException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }

    @Override
    public String schemaDump(TestDatabase db) {
      throw new IllegalArgumentException("H2 has no dump tool; read its metadata");
    }
  }

  /** The sqlite3 shell, on the test database's file. */
  private static final class Sqlite3 implements Client {
    @Override
    public void runScript(TestDatabase db, Path script, String charset) {
      if (charset != null) {
        throw new IllegalArgumentException("the sqlite3 shell has no client encoding");
      }
      run(new ProcessBuilder("sqlite3", "-bail", fileOf(db)).redirectInput(script.toFile()), db);
    }

    /** {@code .schema} without migrate's own tables, one statement per line, in name order. */
    @Override
    public String schemaDump(TestDatabase db) {
      return run(new ProcessBuilder(
              "sqlite3",
              fileOf(db),
              "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"
                  + " AND tbl_name NOT LIKE 'migrate\\_%' ESCAPE '\\' ORDER BY type, name"))
          .strip();
    }

    private static String fileOf(TestDatabase db) {
      return db.url().substring("jdbc:sqlite:".length());
    }
  }

  private static void run(ProcessBuilder builder, TestDatabase db) {
    try {
      Process process = builder.redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new AssertionError("script failed in " + db + ":\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs a command and returns its output; fails with that output when it fails. */
  public static String run(ProcessBuilder builder) {
    try {
      Process p = builder.redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", builder.command()) + " failed:\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String hostOf(String jdbcUrl) {
    String rest = jdbcUrl.substring(jdbcUrl.indexOf("://") + 3);
    String hostPort = rest.substring(0, rest.indexOf('/'));
    int colon = hostPort.indexOf(':');
    return colon < 0 ? hostPort : hostPort.substring(0, colon);
  }

  private static String portOf(String jdbcUrl, String fallback) {
    String rest = jdbcUrl.substring(jdbcUrl.indexOf("://") + 3);
    String hostPort = rest.substring(0, rest.indexOf('/'));
    int colon = hostPort.indexOf(':');
    return colon < 0 ? fallback : hostPort.substring(colon + 1);
  }
}
