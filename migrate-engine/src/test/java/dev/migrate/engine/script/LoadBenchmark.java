package dev.migrate.engine.script;

import dev.migrate.engine.testing.Syntaxes;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: times loading N generated scripts (default 10,000) from a filesystem location, cold
 * and warm. Run after {@code mvn -o -pl migrate-engine test-compile}:
 *
 * <pre>
 * java -cp migrate-engine/target/classes:migrate-engine/target/test-classes \
 *     dev.migrate.engine.script.LoadBenchmark 10000
 * </pre>
 */
public final class LoadBenchmark {
  private LoadBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = Files.createTempDirectory("migrate-load-bench");
    String previous = "";
    for (int i = 0; i < count; i++) {
      String id = String.format("%012x", 0x100000L * 7919 * (i + 1) & 0xffffffffffffL);
      Path file = dir.resolve(String.format("sub%02d/20250101_%06d-%s_step.sql", i % 20, i, id));
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          "-- revision: "
              + id
              + "\n-- down_revision: "
              + previous
              + "\n-- message: step "
              + i
              + "\n-- create_date: 2025-01-01 00:00:00\n\n-- migrate:upgrade\n"
              + "CREATE TABLE t"
              + i
              + " (id int PRIMARY KEY, name text);\nINSERT INTO t"
              + i
              + " VALUES (1, 'a;b');\n\n-- migrate:downgrade\nDROP TABLE t"
              + i
              + ";\n");
      previous = id;
    }
    MigrationLoader loader = MigrationLoader.standard();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= 8; round++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      List<Migration> migrations = loader.load(List.of("filesystem:" + dir), null, dir);
      long loaded = System.nanoTime();
      long cpuLoaded = threads.getCurrentThreadCpuTime();
      int statements = 0;
      for (Migration m : migrations) {
        statements += ((SqlMigration) m).upgradeStatements(Syntaxes.POSTGRESQL).size();
      }
      long split = System.nanoTime();
      System.out.printf(
          "round %d: loaded %d scripts in %d ms (thread CPU %d ms); split %d statements in %d ms%n",
          round,
          migrations.size(),
          (loaded - start) / 1_000_000,
          (cpuLoaded - cpuStart) / 1_000_000,
          statements,
          (split - loaded) / 1_000_000);
    }
  }
}
