package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {
  private static final SnapshotReader READER =
      new SnapshotReader(List.of("migrate_version", "migrate_history"));

  private static final List<String> COMMON =
      List.of(
          "CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
          "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL UNIQUE,"
              + " age INT CHECK (age > 0))",
          "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT REFERENCES users (id),"
              + " status VARCHAR(10) DEFAULT 'new' NOT NULL, total NUMERIC(10,2))",
          "CREATE INDEX ix_orders_status ON orders (status, total DESC)",
          "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100",
          "CREATE SEQUENCE invoice_numbers START WITH 1000");

  private static final List<String> POSTGRES_EXTRA =
      List.of(
          "CREATE TYPE mood AS ENUM ('happy', 'sad')",
          "CREATE SCHEMA audit",
          "CREATE TABLE audit.events (id BIGSERIAL PRIMARY KEY, feeling mood)",
          "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
          "CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION"
              + " touch()",
          "CREATE DOMAIN short_text AS VARCHAR(20) NOT NULL");

  @Test
  void h2SeesEveryKindOfObjectAndNotTheVersionTable() {
    SchemaSnapshot snapshot = snapshotAfter(Servers::h2, COMMON);

    assertThat(snapshot.objects().keySet())
        .contains(
            "table users",
            "table orders",
            "column orders.status",
            "primary key on users",
            "foreign key on orders (user_id)",
            "index ix_orders_status on orders",
            "view big_orders",
            "sequence invoice_numbers")
        .noneMatch(key -> key.contains("migrate_version"));
    assertThat(snapshot.ofType("unique constraint")).hasSize(1);
    assertThat(snapshot.ofType("check constraint")).hasSize(1);
    assertThat(snapshot.objects().get("column orders.status").properties())
        .containsEntry("type", "character varying(10)")
        .containsEntry("nullable", "no")
        .containsEntry("default", "'new'");
    assertThat(snapshot.objects().get("index ix_orders_status on orders").properties())
        .containsEntry("columns", "(status, total desc)");
  }

  @Test
  void enumColumnsCarryTheirValuesOnH2AndMariadb() {
    for (Supplier<ScratchDatabase> server :
        List.<Supplier<ScratchDatabase>>of(Servers::h2, Servers::mariadb)) {
      SchemaSnapshot snapshot =
          snapshotAfter(server, List.of("CREATE TABLE moods (feeling ENUM('happy', 'it''s ok'))"));

      assertThat(snapshot.objects().get("column moods.feeling").properties().get("type"))
          .isEqualTo("enum('happy','it''s ok')");
    }
  }

  @Test
  void h2SnapshotsOfTheSameDdlAreEqualDespiteGeneratedConstraintNames() {
    try (ScratchDatabase db = Servers.h2()) {
      Servers.execute(db, COMMON);
      SchemaSnapshot first = read(db);
      Servers.execute(
          db,
          List.of(
              "DROP VIEW big_orders",
              "DROP TABLE orders",
              "DROP TABLE users",
              "DROP SEQUENCE invoice_numbers"));
      Servers.execute(db, COMMON.subList(1, COMMON.size()));

      assertThat(read(db)).isEqualTo(first);
    }
  }

  @Test
  void postgresSeesFunctionsTriggersEnumsAndOtherSchemas() {
    SchemaSnapshot snapshot = snapshotAfter(Servers::postgres, concat(COMMON, POSTGRES_EXTRA));

    assertThat(snapshot.objects().keySet())
        .contains(
            "schema audit",
            "table audit.events",
            "column audit.events.feeling",
            "primary key on users",
            "unique constraint users_email_key on users",
            "check constraint users_age_check on users",
            "foreign key orders_user_id_fkey on orders",
            "index ix_orders_status on orders",
            "view big_orders",
            "sequence invoice_numbers",
            "sequence audit.events_id_seq",
            "function touch()",
            "trigger orders_touch on orders",
            "enum type mood",
            "domain short_text")
        .noneMatch(key -> key.contains("migrate_version"));
    assertThat(snapshot.objects().get("enum type mood").properties())
        .containsEntry("values", "('happy', 'sad')");
    assertThat(snapshot.objects().get("column orders.status").properties())
        .containsEntry("default", "'new'");
  }

  @Test
  void mariadbSeesTablesKeysIndexesAndViews() {
    SchemaSnapshot snapshot = snapshotAfter(Servers::mariadb, COMMON);

    assertThat(snapshot.objects().keySet())
        .contains(
            "table users",
            "column orders.status",
            "primary key on users",
            "index email on users",
            "index ix_orders_status on orders",
            "view big_orders",
            "sequence invoice_numbers")
        .noneMatch(key -> key.contains("migrate_version"));
    assertThat(snapshot.ofType("foreign key")).hasSize(1);
  }

  @Test
  void differencesAreNamedInPlainWords() {
    try (ScratchDatabase db = Servers.postgres()) {
      Servers.execute(db, COMMON);
      SchemaSnapshot before = read(db);
      Servers.execute(
          db,
          List.of(
              "DROP INDEX ix_orders_status",
              "ALTER TABLE orders ALTER COLUMN status DROP DEFAULT",
              "ALTER TABLE users ADD COLUMN nickname TEXT",
              "CREATE TABLE leftovers (id INT PRIMARY KEY)"));

      List<String> differences =
          read(db).differencesFrom(before).stream().map(SchemaDifference::describe).toList();

      assertThat(differences)
          .containsExactlyInAnyOrder(
              "index ix_orders_status on orders is missing",
              "default of column orders.status changed from 'new' to NULL",
              "column users.nickname is still there",
              "table leftovers is still there");
    }
  }

  private static SchemaSnapshot snapshotAfter(
      Supplier<ScratchDatabase> server, List<String> statements) {
    try (ScratchDatabase db = server.get()) {
      Servers.execute(db, statements);
      return read(db);
    }
  }

  private static SchemaSnapshot read(ScratchDatabase db) {
    try (Connection connection = db.connect()) {
      return READER.read(connection);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
