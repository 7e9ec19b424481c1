package dev.migrate.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The statements a database refuses to run inside a transaction block, found before they run. */
class NonTransactionalStatementsTest {
  private static String reason(String sql) {
    return Databases.forName("postgresql").nonTransactional(sql).orElse(null);
  }

  @Test
  void postgresqlStatementsThatRefuseATransactionBlock() {
    assertThat(reason("create index concurrently idx on t (a)"))
        .isEqualTo("CREATE INDEX CONCURRENTLY");
    assertThat(reason("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a)"))
        .isEqualTo("CREATE UNIQUE INDEX CONCURRENTLY");
    assertThat(reason("DROP INDEX /* why */ CONCURRENTLY i")).isEqualTo("DROP INDEX CONCURRENTLY");
    assertThat(reason("REINDEX (VERBOSE) TABLE CONCURRENTLY t")).isEqualTo("REINDEX CONCURRENTLY");
    assertThat(reason("REINDEX DATABASE test")).isEqualTo("REINDEX DATABASE");
    assertThat(reason("CREATE DATABASE other")).isEqualTo("CREATE DATABASE");
    assertThat(reason("DROP TABLESPACE ts")).isEqualTo("DROP TABLESPACE");
    assertThat(reason("ALTER SYSTEM SET work_mem = '64MB'")).isEqualTo("ALTER SYSTEM");
    assertThat(reason("VACUUM (ANALYZE) t")).isEqualTo("VACUUM");
    assertThat(reason("DISCARD ALL")).isEqualTo("DISCARD ALL");
  }

  @Test
  void ordinaryStatementsAndOtherDatabasesAreFine() {
    assertThat(reason("CREATE INDEX idx ON t (a)")).isNull();
    assertThat(reason("REINDEX TABLE t")).isNull();
    assertThat(reason("ALTER TYPE mood ADD VALUE 'meh'")).isNull();
    assertThat(reason("SELECT 'CREATE DATABASE x'")).isNull();
    assertThat(reason("INSERT INTO log VALUES ('VACUUM')")).isNull();
    assertThat(Databases.forName("mysql").nonTransactional("CREATE DATABASE x")).isEmpty();
    assertThat(Databases.forName("h2").nonTransactional("CREATE INDEX CONCURRENTLY i ON t (a)"))
        .isEmpty();
  }
}
