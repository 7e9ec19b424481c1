package dev.migrate.engine.script;

import dev.migrate.engine.dialect.Dialect;
import dev.migrate.engine.dialect.Dialects;

/** The real dialects, under the short names these tests use. */
final class TestDialect {
  static final Dialect POSTGRESQL = Dialects.forName("postgresql");
  static final Dialect MARIADB = Dialects.forName("mariadb");

  private TestDialect() {}
}
