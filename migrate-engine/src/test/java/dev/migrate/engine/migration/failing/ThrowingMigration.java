package dev.migrate.engine.migration.failing;

import dev.migrate.engine.migration.Column;
import dev.migrate.engine.migration.ColumnType;
import dev.migrate.engine.migration.JavaMigration;
import dev.migrate.engine.migration.Operations;
import dev.migrate.engine.migration.RevisionInfo;

/** Creates a table, then fails: the step must roll back and name this class and line. */
@RevisionInfo(revision = "f00f00f00f00", message = "throws")
public class ThrowingMigration implements JavaMigration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("half_done", Column.of("id", ColumnType.integer()));
    throw new IllegalStateException("no default tenant");
  }
}
