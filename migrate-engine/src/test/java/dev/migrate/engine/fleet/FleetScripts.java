package dev.migrate.engine.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a linear chain of revisions for fleet tests: {@code r01} creates {@code item}, each later
 * one inserts a row naming its tenant through {@code ${tenant}}, and every revision can also write
 * a side effect of its own SQL (e.g. into a table outside the tenants) to prove it ran once.
 */
public final class FleetScripts {
  private FleetScripts() {}

  /**
   * Writes {@code count} revisions into {@code dir} and returns its {@code filesystem:} location.
   */
  public static String write(Path dir, int count, String sideEffect) {
    try {
      Files.createDirectories(dir);
      for (int i = 1; i <= count; i++) {
        String id = id(i);
        String upgrade =
            i == 1
                ? "CREATE TABLE item (id INT PRIMARY KEY, tenant VARCHAR(64));"
                : "INSERT INTO item (id, tenant) VALUES (" + i + ", '${tenant}');";
        String downgrade = i == 1 ? "DROP TABLE item;" : "DELETE FROM item WHERE id = " + i + ";";
        if (sideEffect != null) {
          upgrade += "\n" + sideEffect.replace("{rev}", id) + ";";
        }
        String text =
            "-- revision: "
                + id
                + "\n-- down_revision: "
                + (i == 1 ? "" : id(i - 1))
                + "\n-- message: step "
                + i
                + "\n\n-- migrate:upgrade\n"
                + upgrade
                + "\n\n-- migrate:downgrade\n"
                + downgrade
                + "\n";
        Files.writeString(dir.resolve(String.format("%03d-%s.sql", i, id)), text);
      }
      return "filesystem:" + dir.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id of the i-th revision, from 1. */
  public static String id(int i) {
    return String.format("r%02d", i);
  }
}
