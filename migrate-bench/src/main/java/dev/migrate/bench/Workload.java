package dev.migrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * N generated revisions, each {@code CREATE TABLE t{i}(id int primary key); INSERT INTO t{i} VALUES
 * (1);}, written once per tool in that tool's own format under one directory:
 *
 * <ul>
 *   <li>{@code ours/}: our scripts with a header (SPEC section 2), a linear chain;
 *   <li>{@code flyway/}: {@code V{i}__t{i}.sql};
 *   <li>{@code liquibase/changelog.sql}: one formatted SQL changelog, a changeset per revision;
 *   <li>{@code psql/all.sql}: the statements in order, for the floor;
 *   <li>{@code alembic/}: {@code alembic.ini}, {@code env.py} and a Python revision per step.
 * </ul>
 */
final class Workload {
  private final Path root;
  private final int size;

  private Workload(Path root, int size) {
    this.root = root;
    this.size = size;
  }

  /**
   * Writes the workload of {@code size} revisions under {@code root} unless it is already there.
   */
  static Workload generate(Path root, int size) {
    Workload w = new Workload(root, size);
    if (!Files.exists(root.resolve("complete"))) {
      w.write();
    }
    return w;
  }

  int size() {
    return size;
  }

  Path ours() {
    return root.resolve("ours");
  }

  Path flyway() {
    return root.resolve("flyway");
  }

  Path liquibase() {
    return root.resolve("liquibase");
  }

  Path psqlScript() {
    return root.resolve("psql/all.sql");
  }

  Path alembic() {
    return root.resolve("alembic");
  }

  /** A stable 12-hex-digit id per index, scattered like generated ones. */
  static String revisionId(int i) {
    long h = (i + 1) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return String.format("%012x", h & 0xFFFFFFFFFFFFL);
  }

  private void write() {
    try {
      Files.createDirectories(ours());
      Files.createDirectories(flyway());
      Files.createDirectories(liquibase());
      Files.createDirectories(psqlScript().getParent());
      Files.createDirectories(alembic().resolve("versions"));
      StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n\n");
      StringBuilder all = new StringBuilder();
      for (int i = 1; i <= size; i++) {
        String upgrade =
            "CREATE TABLE t" + i + "(id int primary key);\nINSERT INTO t" + i + " VALUES (1);\n";
        String rev = revisionId(i);
        String down = i == 1 ? "" : revisionId(i - 1);
        Files.writeString(
            ours().resolve(String.format("%05d-%s_t%d.sql", i, rev, i)),
            "-- revision: "
                + rev
                + "\n-- down_revision: "
                + down
                + "\n-- message: t"
                + i
                + "\n-- create_date: 2026-11-23 00:00:00\n\n-- migrate:upgrade\n"
                + upgrade
                + "\n-- migrate:downgrade\nDROP TABLE t"
                + i
                + ";\n");
        Files.writeString(flyway().resolve("V" + i + "__t" + i + ".sql"), upgrade);
        changelog
            .append("--changeset bench:")
            .append(i)
            .append('\n')
            .append(upgrade)
            .append("--rollback DROP TABLE t")
            .append(i)
            .append(";\n\n");
        all.append(upgrade);
        Files.writeString(
            alembic().resolve("versions/" + rev + "_t" + i + ".py"),
            alembicRevision(i, rev, i == 1 ? "None" : "'" + down + "'"));
      }
      Files.writeString(liquibase().resolve("changelog.sql"), changelog);
      Files.writeString(psqlScript(), all);
      writeAlembicProject(alembic());
      Files.writeString(root.resolve("complete"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Alembic's configuration and {@code env.py}; the revisions go in {@code versions/}. */
  static void writeAlembicProject(Path dir) throws IOException {
    Files.writeString(dir.resolve("alembic.ini"), ALEMBIC_INI);
    Files.writeString(dir.resolve("env.py"), ALEMBIC_ENV);
    Files.writeString(dir.resolve("script.py.mako"), "");
  }

  private static String alembicRevision(int i, String rev, String down) {
    return "from alembic import op\n\nrevision = '"
        + rev
        + "'\ndown_revision = "
        + down
        + "\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n"
        + "    op.execute(\"CREATE TABLE t"
        + i
        + "(id int primary key)\")\n    op.execute(\"INSERT INTO t"
        + i
        + " VALUES (1)\")\n\n\ndef downgrade():\n    op.execute(\"DROP TABLE t"
        + i
        + "\")\n";
  }

  static final String ALEMBIC_INI =
      """
      [alembic]
      script_location = %(here)s

      [loggers]
      keys = root

      [handlers]
      keys = console

      [formatters]
      keys = generic

      [logger_root]
      level = WARN
      handlers = console

      [handler_console]
      class = StreamHandler
      args = (sys.stderr,)
      level = NOTSET
      formatter = generic

      [formatter_generic]
      format = %%(levelname)s %%(message)s
      """;

  // Alembic's default: the whole upgrade in one transaction (transaction_per_migration=False).
  private static final String ALEMBIC_ENV =
      """
      import os
      from logging.config import fileConfig

      from alembic import context
      from sqlalchemy import create_engine

      config = context.config
      fileConfig(config.config_file_name)
      url = os.environ.get("BENCH_DB_URL", "postgresql://postgres@127.0.0.1/postgres")

      if context.is_offline_mode():
          context.configure(url=url, literal_binds=True)
          with context.begin_transaction():
              context.run_migrations()
      else:
          engine = create_engine(url)
          with engine.connect() as connection:
              context.configure(connection=connection)
              with context.begin_transaction():
                  context.run_migrations()
      """;
}
