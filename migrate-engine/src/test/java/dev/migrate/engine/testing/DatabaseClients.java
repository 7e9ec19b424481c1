package dev.migrate.engine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The databases' own dump tools, for tests that prove offline SQL means the same as an online run:
 * the script is applied as a DBA would ({@link TestDatabase#runScript}) and schemas are compared as
 * the dump tools print them.
 */
public final class DatabaseClients {
  private DatabaseClients() {}

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
