package dev.migrate.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransactionRulesTest {
  private static String reason(String sql) {
    return TransactionRules.nonTransactional(sql, SqlSyntax.POSTGRESQL).orElse(null);
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
    assertThat(TransactionRules.nonTransactional("CREATE DATABASE x", SqlSyntax.MYSQL)).isEmpty();
    assertThat(
            TransactionRules.nonTransactional("CREATE INDEX CONCURRENTLY i ON t (a)", SqlSyntax.H2))
        .isEmpty();
  }
}
