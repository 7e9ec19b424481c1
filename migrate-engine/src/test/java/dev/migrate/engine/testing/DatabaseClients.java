package dev.migrate.engine.testing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.h2.tools.RunScript;

/**
 * The databases' own tools, for tests that prove offline SQL means the same as an online run: the
 * script is applied as a DBA would ({@code psql}, {@code mariadb}) and schemas are compared as the
 * dump tools print them.
 */
public final class DatabaseClients {
  private DatabaseClients() {}

  /** Runs a rendered script through the database's client (H2: its RunScript); fails on error. */
  public static void apply(TestDatabase db, String sql, Path scratch) {
    apply(db, sql, scratch, null);
  }

  /**
   * As {@link #apply(TestDatabase, String, Path)}, with the client's encoding set to Latin-1, as on
   * a DBA's terminal that is not UTF-8. Not for H2.
   */
  public static void applyAsLatin1Client(TestDatabase db, String sql, Path scratch) {
    apply(db, sql, scratch, "latin1");
  }

  private static void apply(TestDatabase db, String sql, Path scratch, String clientCharset) {
    try {
      Path file = Files.writeString(scratch.resolve(db.name() + System.nanoTime() + ".sql"), sql);
      switch (db.kind()) {
        case H2 -> {
          try (Connection c = db.connect()) {
            RunScript.execute(c, new StringReader(sql));
          }
        }
        case POSTGRESQL -> {
          ProcessBuilder psql =
              new ProcessBuilder(
                  "psql",
                  "-X",
                  "-q",
                  "-v",
                  "ON_ERROR_STOP=1",
                  "-h",
                  "127.0.0.1",
                  "-U",
                  db.user(),
                  "-d",
                  db.name(),
                  "-f",
                  file.toString());
          if (clientCharset != null) {
            psql.environment().put("PGCLIENTENCODING", clientCharset);
          }
          run(psql);
        }
        case MARIADB -> {
          List<String> command = new ArrayList<>(List.of("mariadb", "-h", "127.0.0.1"));
          if (clientCharset != null) {
            command.add("--default-character-set=" + clientCharset);
          }
          command.addAll(List.of("-u", db.user(), db.name()));
          run(new ProcessBuilder(command).redirectInput(file.toFile()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("H2 RunScript failed: " + e.getMessage(), e);
    }
  }

  /**
   * The schema as {@code pg_dump} or {@code mariadb-dump} prints it, without what differs from run
   * to run (pg_dump's random restrict key, comments, AUTO_INCREMENT counters). Not for H2.
   */
  public static String schemaDump(TestDatabase db) {
    return switch (db.kind()) {
      case POSTGRESQL ->
          run(new ProcessBuilder(
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
      case MARIADB ->
          run(new ProcessBuilder(
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
      case H2 -> throw new IllegalArgumentException("H2 has no dump tool; read its metadata");
    };
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
}
