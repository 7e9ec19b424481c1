package dev.migrate.bench;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.LintResult;
import dev.migrate.engine.api.MigrateConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/**
 * {@code lint} of 10,000 revisions offline (PostgreSQL rules), through the facade: load the
 * scripts, build the graph, split every upgrade, run every rule. Each revision holds a mix of the
 * statements projects write (a table, an index on an existing table, a column with a default, a
 * backfill, a function body), so that every rule is exercised and a few fire. No peer lints on the
 * JVM for free, so the figure stands alone. Arguments: {@code [revisions] [runs]}.
 */
final class LintBenchmark {
  private LintBenchmark() {}

  static void run(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    Path dir = Files.createTempDirectory("migrate-lint-bench-");
    try {
      write(dir, size);
      Migrator migrator =
          Migrator.create(
              MigrateConfig.builder()
                  .locations("filesystem:" + dir)
                  .dialect("postgresql")
                  .baseDirectory(dir)
                  .build());
      LintResult first = migrator.lint(null);
      if (first.revisions().size() != size) {
        throw new IllegalStateException("linted " + first.revisions().size() + " revisions");
      }
      Timer.Result result =
          new Timer(Math.max(3, runs / 2), runs).measure(() -> migrator.lint(null));
      System.out.printf(
          Locale.ROOT,
          "lint benchmark: %,d revisions (%,d findings), median of %d runs after warm-up:"
              + " %.2f ms CPU, %.2f ms wall%n",
          size,
          first.findings().size(),
          runs,
          result.cpu(),
          result.wall());
    } finally {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      } catch (IOException e) {
        System.err.println("could not delete " + dir + ": " + e.getMessage());
      }
    }
  }

  private static void write(Path dir, int size) throws IOException {
    String previous = "";
    for (int i = 0; i < size; i++) {
      String id = String.format(Locale.ROOT, "r%011d", i);
      String table = "t_" + id;
      StringBuilder sql = new StringBuilder();
      sql.append("-- revision: ").append(id).append('\n');
      sql.append("-- down_revision: ").append(previous).append('\n');
      sql.append("-- message: step ").append(i).append("\n\n-- migrate:upgrade\n");
      sql.append("CREATE TABLE ").append(table);
      sql.append(" (id bigint PRIMARY KEY, code varchar(20) NOT NULL, note text);\n");
      sql.append("CREATE INDEX ix_").append(id).append(" ON ").append(table).append(" (code);\n");
      if (i > 0) {
        String older = "t_" + previous;
        sql.append("ALTER TABLE ")
            .append(older)
            .append(" ADD COLUMN flag boolean DEFAULT false;\n");
        sql.append("ALTER TABLE ").append(older).append(" ALTER COLUMN code TYPE varchar(40);\n");
        if (i % 100 == 0) {
          sql.append("CREATE INDEX ix_late_").append(id).append(" ON ").append(older);
          sql.append(" (note);\n");
        }
      }
      sql.append("INSERT INTO ").append(table).append(" VALUES (1, 'a; b', 'it''s');\n");
      sql.append("CREATE FUNCTION f_").append(id).append("() RETURNS trigger LANGUAGE plpgsql");
      sql.append(" AS $$ BEGIN NEW.note := 'x'; RETURN NEW; END $$;\n");
      sql.append("\n-- migrate:downgrade\nDROP TABLE ").append(table).append(";\n");
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "%06d-%s.sql", i, id)), sql);
      previous = id;
    }
  }
}
