package dev.migrate.engine.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small SQL revision scripts into a directory for facade tests. */
final class Scripts {
  private final Path dir;
  private int counter;

  Scripts(Path dir) {
    this.dir = dir;
  }

  /** A script whose upgrade creates {@code t_<id>} and whose downgrade drops it. */
  Path table(String id, String down, String extraHeader) {
    return write(
        id,
        down,
        extraHeader,
        "CREATE TABLE t_" + id + " (id INT PRIMARY KEY);",
        "DROP TABLE t_" + id + ";");
  }

  Path write(String id, String down, String extraHeader, String upgrade, String downgrade) {
    String text =
        "-- revision: "
            + id
            + "\n-- down_revision: "
            + (down == null ? "" : down)
            + "\n-- message: create "
            + id
            + "\n-- create_date: 2025-01-01 10:00:00\n"
            + (extraHeader == null ? "" : extraHeader + "\n")
            + "\n-- migrate:upgrade\n"
            + upgrade
            + "\n\n-- migrate:downgrade\n"
            + downgrade
            + "\n";
    Path file = dir.resolve(String.format("2025%04d-%s_create_%s.sql", ++counter, id, id));
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A script with an upgrade section only: it cannot be downgraded. */
  Path writeUpgradeOnly(String id, String down, String upgrade) {
    return writeText(
        id,
        "-- revision: "
            + id
            + "\n-- down_revision: "
            + (down == null ? "" : down)
            + "\n-- message: create "
            + id
            + "\n\n-- migrate:upgrade\n"
            + upgrade
            + "\n");
  }

  /** A script of the given text, named like the others. */
  Path writeText(String id, String text) {
    Path file = dir.resolve(String.format("2025%04d-%s_create_%s.sql", ++counter, id, id));
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String location() {
    return "filesystem:" + dir.toAbsolutePath();
  }

  /** Alembic's example graph: a; b: a; c1: b {one}; c2: b {two}; d2: c2 [deps: c1]; e: (c1, d2). */
  Scripts branchesMergeAndDependency() {
    table("a", null, null);
    table("b", "a", null);
    table("c1", "b", "-- branch_labels: one");
    table("c2", "b", "-- branch_labels: two");
    table("d2", "c2", "-- depends_on: c1");
    table("e", "c1, d2", null);
    return this;
  }
}
