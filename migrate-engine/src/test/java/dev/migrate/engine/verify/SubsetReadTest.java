package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.database.SubsetRead;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.TableSubset;
import dev.migrate.engine.testing.TestDatabase;
import dev.migrate.engine.testing.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A read of some tables gives exactly what a read of all gives for those tables, and everything
 * that is not a table's whole; where a change can reach further than foreign keys (PostgreSQL's
 * inheritance, event triggers) it covers every table.
 */
class SubsetReadTest {
  private static final SnapshotReader READER =
      new SnapshotReader(List.of("migrate_version", "migrate_history"));

  private static final List<String> TABLES =
      List.of(
          "CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
          "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL UNIQUE,"
              + " age INT CHECK (age > 0))",
          "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT REFERENCES users (id),"
              + " status VARCHAR(10) DEFAULT 'new' NOT NULL, total NUMERIC(10,2))",
          "CREATE INDEX ix_orders_status ON orders (status, total DESC)",
          "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100))",
          "CREATE INDEX ix_notes_body ON notes (body)",
          "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100");

  private static final List<String> POSTGRES =
      List.of(
          "CREATE SCHEMA audit",
          "CREATE TABLE audit.events (id BIGSERIAL PRIMARY KEY, note_id INT REFERENCES notes)",
          "CREATE INDEX ix_events_note ON audit.events (note_id)",
          "CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) AS total"
              + " FROM orders GROUP BY user_id",
          "CREATE INDEX ix_order_totals ON order_totals (user_id)",
          "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
          "CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION"
              + " touch()",
          "CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION"
              + " touch()");

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aSubsetReadNamesEveryTableAndReadsItsOwnAsAWholeReadDoes(String database) {
    try (ScratchDatabase db = TestServers.scratch(database)) {
      List<String> statements = new ArrayList<>(TABLES);
      boolean postgres = database.equals("postgresql");
      if (postgres) {
        statements.addAll(POSTGRES);
      }
      Servers.execute(db, statements);
      TableSubset subset = TableSubset.of(Set.of("orders", "audit.events", "gone"));

      DatabaseSchema whole = read(db);
      SubsetRead part = read(db, subset);

      // Only PostgreSQL's catalog says which tables a change can reach; the others read all.
      assertThat(part.covered()).isEqualTo(postgres ? subset : TableSubset.all());
      assertThat(part.schema()).isEqualTo(whole.onlyTables(part.covered()));
      assertThat(part.tableNames())
          .isEqualTo(whole.tables().keySet())
          .contains("orders", "users", "notes")
          .doesNotContain("migrate_version");
      assertThat(part.schema().tables().get("orders"))
          .isEqualTo(whole.tables().get("orders"))
          .satisfies(orders -> assertThat(orders.foreignKeys()).hasSize(1))
          .satisfies(orders -> assertThat(orders.indexes()).isNotEmpty());
      assertThat(part.schema().views()).isEqualTo(whole.views()).isNotEmpty();
      assertThat(part.schema().sequences()).isEqualTo(whole.sequences());
      if (postgres) {
        assertThat(part.schema().tables().keySet())
            .contains("orders", "audit.events")
            .doesNotContain("users", "notes", "migrate_version");
        assertThat(part.schema().tables().get("orders").triggers()).hasSize(1);
        assertThat(part.schema().views().get("order_totals").indexes()).hasSize(1);
        assertThat(part.schema().sequences()).isNotEmpty();
      }
    }
  }

  @Test
  void postgresqlReadsEveryTableWhereATableInherits() {
    try (ScratchDatabase db = Servers.postgres()) {
      Servers.execute(
          db,
          List.of(
              "CREATE TABLE measurements (id INT, at DATE) PARTITION BY RANGE (at)",
              "CREATE TABLE measurements_2026 PARTITION OF measurements"
                  + " FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
              "CREATE TABLE other (id INT PRIMARY KEY)"));

      SubsetRead part = read(db, TableSubset.of(Set.of("measurements")));

      assertThat(part.covered().isAll()).isTrue();
      assertThat(part.schema().tables()).containsKeys("measurements", "measurements_2026", "other");
    }
  }

  @Test
  void postgresqlReadsEveryTableWhereAnEventTriggerMayChangeAnyOnDdl() {
    try (ScratchDatabase db = Servers.postgres()) {
      Servers.execute(
          db,
          List.of(
              "CREATE TABLE one (id INT PRIMARY KEY)",
              "CREATE TABLE other (id INT PRIMARY KEY)",
              "CREATE FUNCTION noop() RETURNS event_trigger LANGUAGE plpgsql"
                  + " AS $$ BEGIN END $$",
              "CREATE EVENT TRIGGER on_ddl ON ddl_command_end EXECUTE FUNCTION noop()"));

      SubsetRead part = read(db, TableSubset.of(Set.of("one")));

      assertThat(part.covered().isAll()).isTrue();
      assertThat(part.schema().tables()).containsKeys("one", "other");
    }
  }

  private static DatabaseSchema read(ScratchDatabase db) {
    try (Connection connection = db.connect()) {
      return READER.read(connection);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static SubsetRead read(ScratchDatabase db, TableSubset subset) {
    try (Connection connection = db.connect()) {
      return READER.read(connection, subset);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
