package dev.migrate.engine.script;

import dev.migrate.engine.dialect.DatabaseKind;
import dev.migrate.engine.dialect.Dialect;
import dev.migrate.engine.sql.SqlSyntax;

/** Just enough of a dialect to pick splitter rules. */
record TestDialect(DatabaseKind kind, SqlSyntax syntax) implements Dialect {
  static final TestDialect POSTGRESQL =
      new TestDialect(DatabaseKind.POSTGRESQL, SqlSyntax.POSTGRESQL);
  static final TestDialect MARIADB = new TestDialect(DatabaseKind.MARIADB, SqlSyntax.MYSQL);

  @Override
  public boolean transactionalDdl() {
    return kind != DatabaseKind.MARIADB;
  }

  @Override
  public String quote(String identifier) {
    return syntax == SqlSyntax.MYSQL ? "`" + identifier + "`" : "\"" + identifier + "\"";
  }
}
