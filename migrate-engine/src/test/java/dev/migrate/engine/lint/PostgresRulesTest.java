package dev.migrate.engine.lint;

import static dev.migrate.engine.lint.LintCorpus.lint;
import static dev.migrate.engine.lint.LintCorpus.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PostgreSQL corpus: for each rule, statements it must catch, and the look-alikes it must not
 * (the peers' false positives among them). A lock timeout is configured, so that only the rule
 * under test speaks; transactional unless the case says otherwise.
 */
class PostgresRulesTest {
  private static final String NO_TX = "NO_TX ";

  static Stream<Arguments> corpus() {
    return Stream.of(
        // pg-index-not-concurrent
        c("CREATE INDEX ix ON orders (created_at)", "pg-index-not-concurrent"),
        c("CREATE UNIQUE INDEX ix ON app.orders USING btree (code)", "pg-index-not-concurrent"),
        c(NO_TX + "CREATE INDEX CONCURRENTLY ix ON orders (created_at)"),
        c("CREATE TABLE t (id int); CREATE INDEX ix ON t (id)"),
        // pg-drop-index-not-concurrent
        c("DROP INDEX ix_orders_created", "pg-drop-index-not-concurrent"),
        c(NO_TX + "DROP INDEX CONCURRENTLY IF EXISTS ix_orders_created"),
        c("CREATE TABLE t (id int); CREATE INDEX ix_t ON t (id); DROP INDEX ix_t"),
        // pg-reindex-not-concurrent
        c("REINDEX INDEX ix_orders", "pg-reindex-not-concurrent"),
        c(NO_TX + "REINDEX INDEX CONCURRENTLY ix_orders"),
        // pg-concurrently-in-transaction
        c("CREATE INDEX CONCURRENTLY ix ON orders (a)", "pg-concurrently-in-transaction"),
        c("DROP INDEX CONCURRENTLY ix", "pg-concurrently-in-transaction"),
        c("VACUUM orders", "pg-concurrently-in-transaction"),
        c(NO_TX + "VACUUM orders"),
        // pg-enum-value-same-transaction
        c(
            "ALTER TYPE mood ADD VALUE 'meh'; UPDATE people SET mood = 'meh' WHERE id = 1",
            "pg-enum-value-same-transaction"),
        v(11, "ALTER TYPE mood ADD VALUE 'meh'", "pg-enum-value-same-transaction"),
        c("ALTER TYPE mood ADD VALUE 'meh'"),
        c(NO_TX + "ALTER TYPE mood ADD VALUE 'meh'; UPDATE people SET mood = 'meh' WHERE id = 1"),
        // pg-constraint-not-valid
        c(
            "ALTER TABLE orders ADD CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers",
            "pg-constraint-not-valid"),
        c("ALTER TABLE orders ADD CHECK (total >= 0)", "pg-constraint-not-valid"),
        c(
            "ALTER TABLE orders ADD COLUMN shop_id int REFERENCES shops (id)",
            "pg-constraint-not-valid"),
        c("ALTER TABLE orders ADD CONSTRAINT ck CHECK (total >= 0) NOT VALID"),
        c("CREATE TABLE t (id int); ALTER TABLE t ADD CONSTRAINT ck CHECK (id > 0)"),
        // pg-validate-same-transaction
        c(
            "ALTER TABLE orders ADD CONSTRAINT ck CHECK (total >= 0) NOT VALID;"
                + " ALTER TABLE orders VALIDATE CONSTRAINT ck",
            "pg-validate-same-transaction"),
        c("ALTER TABLE orders VALIDATE CONSTRAINT ck"),
        c(
            NO_TX
                + "ALTER TABLE orders ADD CONSTRAINT ck CHECK (total >= 0) NOT VALID;"
                + " ALTER TABLE orders VALIDATE CONSTRAINT ck"),
        // pg-set-not-null
        c("ALTER TABLE orders ALTER COLUMN note SET NOT NULL", "pg-set-not-null"),
        c("ALTER TABLE orders ALTER COLUMN note DROP NOT NULL"),
        c("CREATE TABLE t (a int); ALTER TABLE t ALTER COLUMN a SET NOT NULL"),
        // pg-add-column-rewrite, and constant defaults on 11+
        c(
            "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid()",
            "pg-add-column-rewrite"),
        c("ALTER TABLE orders ADD COLUMN n bigserial", "pg-add-column-rewrite"),
        c(
            "ALTER TABLE orders ADD COLUMN id2 bigint GENERATED ALWAYS AS IDENTITY",
            "pg-add-column-rewrite"),
        c(
            "ALTER TABLE orders ADD COLUMN t2 numeric GENERATED ALWAYS AS (total * 2) STORED",
            "pg-add-column-rewrite"),
        v(10, "ALTER TABLE orders ADD COLUMN flag boolean DEFAULT false", "pg-add-column-rewrite"),
        c("ALTER TABLE orders ADD COLUMN flag boolean DEFAULT false"),
        c("ALTER TABLE orders ADD COLUMN seen timestamptz DEFAULT now()"),
        c("ALTER TABLE orders ADD COLUMN tags text[] DEFAULT '{}'::text[]"),
        c("ALTER TABLE orders ADD COLUMN state order_state DEFAULT 'new'"),
        c("ALTER TABLE orders ADD COLUMN note text"),
        // pg-type-change-rewrite (types learnt from the script's own CREATE TABLE via a
        // previous statement in another script is covered in LinterTest)
        c("ALTER TABLE orders ALTER COLUMN total TYPE bigint", "pg-type-change-rewrite"),
        c(
            "ALTER TABLE orders ALTER COLUMN code TYPE int USING code::int",
            "pg-type-change-rewrite"),
        c("ALTER TABLE orders ALTER COLUMN note TYPE text"),
        c("ALTER TABLE orders ALTER COLUMN note TYPE varchar"),
        // pg-add-unique-or-pk
        c("ALTER TABLE orders ADD CONSTRAINT uq UNIQUE (code)", "pg-add-unique-or-pk"),
        c("ALTER TABLE orders ADD PRIMARY KEY (id)", "pg-add-unique-or-pk"),
        c("ALTER TABLE orders ADD CONSTRAINT uq UNIQUE USING INDEX uq_idx"),
        // pg-add-exclusion-constraint
        c(
            "ALTER TABLE rooms ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&)",
            "pg-add-exclusion-constraint"),
        // pg-table-rewrite-command
        c("CLUSTER orders USING ix_orders", "pg-table-rewrite-command"),
        c(NO_TX + "VACUUM FULL orders", "pg-table-rewrite-command"),
        c("REFRESH MATERIALIZED VIEW totals", "pg-table-rewrite-command"),
        c("ALTER TABLE orders SET TABLESPACE fast", "pg-table-rewrite-command"),
        c(NO_TX + "REFRESH MATERIALIZED VIEW CONCURRENTLY totals"),
        // partitions
        c("ALTER TABLE events DETACH PARTITION events_2020", "pg-detach-partition-not-concurrent"),
        c(NO_TX + "ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY"),
        c(
            "ALTER TABLE events ATTACH PARTITION events_2030 FOR VALUES FROM (1) TO (2)",
            "pg-attach-partition-scan"),
        // pg-statements-after-access-exclusive
        c(
            "ALTER TABLE orders ADD COLUMN note2 text; UPDATE customers SET x = 1 WHERE id = 2",
            "pg-statements-after-access-exclusive"),
        c("ALTER TABLE orders ADD COLUMN a text; ALTER TABLE orders ADD COLUMN b text"),
        // backfill-in-ddl-transaction
        c(
            "ALTER TABLE orders ADD COLUMN n int; UPDATE orders SET n = 0 WHERE n IS NULL",
            "backfill-in-ddl-transaction"),
        c("UPDATE orders SET n = 0", "backfill-in-ddl-transaction"),
        c("UPDATE orders SET n = 0 WHERE id < 1000"),
        c(NO_TX + "UPDATE orders SET n = 0"),
        c("CREATE TABLE t (n int); UPDATE t SET n = 0"),
        // nontransactional-not-rerunnable
        c(
            NO_TX
                + "CREATE INDEX CONCURRENTLY a ON orders (a);"
                + " CREATE INDEX CONCURRENTLY IF NOT EXISTS b ON orders (b)",
            "nontransactional-not-rerunnable"),
        c(NO_TX + "CREATE INDEX CONCURRENTLY a ON orders (a)"),
        c(
            NO_TX
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS a ON orders (a);"
                + " CREATE INDEX CONCURRENTLY IF NOT EXISTS b ON orders (b)"),
        // common rules
        c("DROP TABLE legacy", "drop-table"),
        c("DROP TABLE IF EXISTS a, b CASCADE", "drop-table", "drop-table"),
        c("CREATE TABLE scratch (id int); DROP TABLE scratch"),
        c("ALTER TABLE orders DROP COLUMN legacy", "drop-column"),
        c("ALTER TABLE orders DROP CONSTRAINT ck"),
        c("ALTER TABLE orders ALTER COLUMN a DROP DEFAULT"),
        c("ALTER TABLE orders RENAME TO purchases", "rename-table"),
        c("ALTER TABLE orders RENAME COLUMN note TO remark", "rename-column"),
        c("ALTER TABLE orders RENAME CONSTRAINT a TO b"),
        c("ALTER TABLE orders ADD COLUMN code text NOT NULL", "add-required-column"),
        c("ALTER TABLE orders ADD COLUMN code text NOT NULL DEFAULT 'x'"),
        c("CREATE TABLE t (id int); ALTER TABLE t ADD COLUMN code text NOT NULL"),
        // bodies, comments and literals are not statements of the script
        c(
            "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN DROP TABLE x; RETURN NEW; END $$"
                + " LANGUAGE plpgsql"),
        c("DO $body$ BEGIN EXECUTE 'CREATE INDEX ix ON orders (a)'; END $body$"),
        c("COMMENT ON TABLE orders IS 'DROP TABLE orders'"),
        c("INSERT INTO audit (note) VALUES ('ALTER TABLE orders DROP COLUMN x')"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void findsExactlyTheRules(String sql, boolean transactional, int major, List<String> expected) {
    assertThat(rules(lint("postgresql", transactional, major, sql)))
        .as(sql)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /** A case on PostgreSQL 16. */
  private static Arguments c(String sql, String... rules) {
    return v(16, sql, rules);
  }

  /** A case on another server version. */
  private static Arguments v(int major, String sql, String... rules) {
    boolean transactional = !sql.startsWith(NO_TX);
    String text = transactional ? sql : sql.substring(NO_TX.length());
    return Arguments.of(text, transactional, major, List.of(rules));
  }
}
