package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.dialect.Dialects;
import dev.migrate.engine.migration.StatementOperations;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.SchemaComparison;
import dev.migrate.engine.schema.change.SchemaChange;
import dev.migrate.engine.schema.change.SchemaDiff;
import dev.migrate.engine.schema.change.SchemaDiffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differ against real databases: two schemas made by DDL are read, diffed, and the changes,
 * rendered by the database's renderer, turn the first into the second; their reverses, in reverse
 * order, turn it back.
 */
class SchemaDifferDatabaseTest {

  private static final List<String> BEFORE =
      List.of(
          "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL, age INT)",
          "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT,"
              + " status VARCHAR(10) DEFAULT 'new',"
              + " CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id))",
          "CREATE INDEX ix_orders_status ON orders (status)",
          "CREATE TABLE legacy (id INT PRIMARY KEY, note VARCHAR(20))");

  private static final List<String> AFTER =
      List.of(
          "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL,"
              + " name VARCHAR(50), CONSTRAINT uq_users_email UNIQUE (email))",
          "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT NOT NULL,"
              + " status VARCHAR(10) DEFAULT 'open', total NUMERIC(10,2),"
              + " CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id)"
              + " ON DELETE CASCADE)",
          "CREATE INDEX ix_orders_status ON orders (status, total)",
          "CREATE TABLE tags (id INT PRIMARY KEY, label VARCHAR(20) NOT NULL)",
          "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100",
          "CREATE SEQUENCE invoice_numbers START WITH 1000");

  private static final List<String> POSTGRES_AFTER =
      List.of(
          "CREATE TYPE mood AS ENUM ('happy', 'sad')",
          "ALTER TABLE users ADD COLUMN feeling mood",
          "CREATE INDEX ix_users_lower_email ON users (lower(email)) WHERE name IS NOT NULL");

  static Stream<Arguments> servers() {
    return Stream.of(
        Arguments.of("H2", (Supplier<ScratchDatabase>) Servers::h2, List.of()),
        Arguments.of("PostgreSQL", (Supplier<ScratchDatabase>) Servers::postgres, POSTGRES_AFTER),
        Arguments.of("MariaDB", (Supplier<ScratchDatabase>) Servers::mariadb, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("servers")
  void theChangesTurnOneSchemaIntoTheOtherAndTheirReversesTurnItBack(
      String name, Supplier<ScratchDatabase> server, List<String> extra) {
    DatabaseSchema after =
        SnapshotReaderTest.snapshotAfter(
            server, Stream.concat(AFTER.stream(), extra.stream()).toList());
    try (ScratchDatabase db = server.get()) {
      Servers.execute(db, BEFORE);
      DatabaseSchema before = SnapshotReaderTest.read(db);

      SchemaDiff diff = SchemaDiffer.diff(before, after);
      assertThat(diff.unexpressed()).isEmpty();
      assertThat(diff.changes()).allMatch(SchemaChange::isReversible);
      apply(db, diff.changes());
      assertThat(SchemaComparison.compare(after, SnapshotReaderTest.read(db))).isEmpty();
      assertThat(SchemaDiffer.diff(SnapshotReaderTest.read(db), after).isEmpty()).isTrue();

      List<SchemaChange> back = new ArrayList<>();
      diff.changes().forEach(change -> back.add(change.reverse()));
      Collections.reverse(back);
      apply(db, back);
      assertThat(SchemaComparison.compare(before, SnapshotReaderTest.read(db))).isEmpty();
    }
  }

  private static void apply(ScratchDatabase db, List<SchemaChange> changes) {
    try (Connection connection = db.connect();
        java.sql.Statement statement = connection.createStatement()) {
      StatementOperations operations =
          new StatementOperations(
              Dialects.detect(connection),
              sql -> {
                try {
                  statement.execute(sql.sql());
                } catch (SQLException e) {
                  throw new AssertionError(sql.sql() + ": " + e.getMessage(), e);
                }
              },
              Optional.of(connection),
              "differ",
              true);
      changes.forEach(operations::apply);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
