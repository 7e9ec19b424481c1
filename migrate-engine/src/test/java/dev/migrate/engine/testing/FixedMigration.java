package dev.migrate.engine.testing;

import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.MigrationContext;
import dev.migrate.engine.sql.Statement;
import java.util.List;

/**
 * A hand-made migration for runtime tests: fixed upgrade and downgrade statements, each on its own
 * line starting at line 10 of a pretend file, so error messages have a statement and a line.
 */
public record FixedMigration(
    Revision revision,
    List<String> upgradeSql,
    List<String> downgradeSql,
    boolean transactional,
    String checksum)
    implements Migration {

  /** A transactional migration with the given parents ({@code null} for a base). */
  public static FixedMigration of(
      String id, String parent, List<String> upgradeSql, List<String> downgradeSql) {
    Revision revision =
        new Revision(
            id,
            parent == null ? List.of() : List.of(parent.split(",")),
            List.of(),
            List.of(),
            "step " + id,
            "db/migrations/" + id + "_step.sql");
    return new FixedMigration(revision, upgradeSql, downgradeSql, true, "sha256:" + id);
  }

  public FixedMigration nonTransactional() {
    return new FixedMigration(revision, upgradeSql, downgradeSql, false, checksum);
  }

  public FixedMigration withChecksum(String newChecksum) {
    return new FixedMigration(revision, upgradeSql, downgradeSql, transactional, newChecksum);
  }

  @Override
  public boolean hasDowngrade() {
    return downgradeSql != null;
  }

  @Override
  public void upgrade(MigrationContext context) {
    emit(upgradeSql, context);
  }

  @Override
  public void downgrade(MigrationContext context) {
    emit(downgradeSql, context);
  }

  private static void emit(List<String> sql, MigrationContext context) {
    for (int i = 0; i < sql.size(); i++) {
      context.sink().execute(new Statement(sql.get(i), 10 + i, i + 1));
    }
  }
}
