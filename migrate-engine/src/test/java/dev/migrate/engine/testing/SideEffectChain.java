package dev.migrate.engine.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A linear chain of scripts for the multi-process tests: each revision creates {@code t_<id>} and
 * records itself in {@code side_effects}, so that a revision applied twice shows; one may also run
 * a slow statement, for a runner to be killed or to hold the lock inside it.
 */
public final class SideEffectChain {
  private SideEffectChain() {}

  /**
   * Writes the chain into a new directory under {@code parent}.
   *
   * @param slowIndex the revision (from 1) that also runs {@code slowSql}, or 0 for none
   * @return its location, {@code filesystem:...}
   */
  public static String write(Path parent, int count, int slowIndex, String slowSql)
      throws IOException {
    Path scripts = Files.createTempDirectory(parent, "scripts");
    for (int i = 1; i <= count; i++) {
      StringBuilder up = new StringBuilder();
      if (i == 1) {
        up.append("CREATE TABLE side_effects (revision VARCHAR(32) NOT NULL);\n");
      }
      up.append("CREATE TABLE t_").append(id(i)).append(" (id INT PRIMARY KEY);\n");
      if (i == slowIndex) {
        up.append(slowSql).append('\n');
      }
      up.append("INSERT INTO side_effects (revision) VALUES ('").append(id(i)).append("');\n");
      Files.writeString(
          scripts.resolve(String.format("2025%04d-%s.sql", i, id(i))),
          "-- revision: "
              + id(i)
              + "\n-- down_revision: "
              + (i == 1 ? "" : id(i - 1))
              + "\n-- message: step "
              + i
              + "\n\n-- migrate:upgrade\n"
              + up
              + "\n-- migrate:downgrade\nDROP TABLE t_"
              + id(i)
              + ";\n");
    }
    return "filesystem:" + scripts.toAbsolutePath();
  }

  /** The id of revision {@code i}, from 1. */
  public static String id(int i) {
    return String.format("rev%04d", i);
  }
}
