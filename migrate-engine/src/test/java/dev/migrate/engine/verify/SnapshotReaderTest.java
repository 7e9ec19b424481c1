package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.schema.CheckConstraint;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.EnumType;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.Identity;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.PrimaryKey;
import dev.migrate.engine.schema.ReferentialAction;
import dev.migrate.engine.schema.SchemaComparison;
import dev.migrate.engine.schema.SqlType;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.UniqueConstraint;
import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {
  private static final SnapshotReader READER =
      new SnapshotReader(List.of("migrate_version", "migrate_history"));

  static final List<String> COMMON =
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
    DatabaseSchema schema = snapshotAfter(Servers::h2, COMMON);

    assertThat(schema.tables()).containsOnlyKeys("users", "orders");
    Table users = schema.tables().get("users");
    Table orders = schema.tables().get("orders");
    assertThat(users.primaryKey()).isEqualTo(PrimaryKey.of("id"));
    assertThat(users.uniques()).containsExactly(new UniqueConstraint(null, List.of("email")));
    assertThat(users.checks()).singleElement().extracting(CheckConstraint::name).isNull();
    assertThat(orders.foreignKeys())
        .containsExactly(
            new ForeignKey(
                null,
                List.of("user_id"),
                "users",
                List.of("id"),
                ReferentialAction.RESTRICT,
                ReferentialAction.RESTRICT));
    assertThat(orders.column("status"))
        .contains(Column.of("status", "varchar(10)").notNull().defaultValue("'new'"));
    assertThat(orders.column("total").orElseThrow().type()).isEqualTo(SqlType.of("numeric", 10, 2));
    assertThat(orders.indexes())
        .containsExactly(
            new Index(
                "ix_orders_status",
                List.of(IndexKey.column("status"), new IndexKey("total", false, true)),
                false,
                null,
                null,
                List.of()));
    assertThat(schema.views()).containsOnlyKeys("big_orders");
    assertThat(schema.sequences()).containsOnlyKeys("invoice_numbers");
    assertThat(schema.sequences().get("invoice_numbers").start()).isEqualTo(1000L);
  }

  @Test
  void enumColumnsCarryTheirValuesOnH2AndMariadb() {
    for (Supplier<ScratchDatabase> server :
        List.<Supplier<ScratchDatabase>>of(Servers::h2, Servers::mariadb)) {
      DatabaseSchema schema =
          snapshotAfter(server, List.of("CREATE TABLE moods (feeling ENUM('happy', 'it''s ok'))"));

      SqlType type = schema.tables().get("moods").column("feeling").orElseThrow().type();
      assertThat(type.toString()).isEqualTo("enum('happy','it''s ok')");
      assertThat(type).isEqualTo(SqlType.parse("ENUM('happy', 'it''s ok')"));
    }
  }

  @Test
  void h2UuidIsReadWithoutTheLengthH2ReportsAndCanBeCreatedAgain() {
    try (ScratchDatabase db = Servers.h2()) {
      Servers.execute(
          db,
          List.of(
              "CREATE TABLE tokens (id UUID PRIMARY KEY, digest BINARY(16), raw VARBINARY(20))"));
      Table tokens = read(db).tables().get("tokens");

      SqlType uuid = tokens.column("id").orElseThrow().type();
      assertThat(uuid.toString()).isEqualTo("uuid");
      assertThat(tokens.column("digest").orElseThrow().type().toString()).isEqualTo("binary(16)");
      assertThat(tokens.column("raw").orElseThrow().type().toString())
          .isEqualTo("binary varying(20)");
      // H2 rejects "uuid(16)", which is how JDBC describes the column (BINARY, size 16).
      Servers.execute(db, List.of("CREATE TABLE tokens_again (id " + uuid + " PRIMARY KEY)"));
      assertThat(read(db).tables().get("tokens_again").column("id").orElseThrow().type())
          .isEqualTo(uuid);
    }
  }

  @Test
  void h2SnapshotsOfTheSameDdlAreEqualDespiteGeneratedConstraintNames() {
    try (ScratchDatabase db = Servers.h2()) {
      Servers.execute(db, COMMON);
      DatabaseSchema first = read(db);
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
    DatabaseSchema schema = snapshotAfter(Servers::postgres, concat(COMMON, POSTGRES_EXTRA));

    assertThat(schema.schemas()).containsExactly("audit", "public");
    assertThat(schema.tables()).containsOnlyKeys("users", "orders", "audit.events");
    Table users = schema.tables().get("users");
    assertThat(users.primaryKey()).isEqualTo(new PrimaryKey("users_pkey", List.of("id")));
    assertThat(users.uniques()).containsExactly(UniqueConstraint.of("users_email_key", "email"));
    assertThat(users.checks()).containsExactly(new CheckConstraint("users_age_check", "(age > 0)"));
    Table orders = schema.tables().get("orders");
    assertThat(orders.foreignKeys())
        .containsExactly(
            ForeignKey.of("orders_user_id_fkey", "user_id", "users", "id")
                .actions(ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION));
    assertThat(orders.indexes()).extracting(Index::keyList).containsExactly("(status, total desc)");
    assertThat(orders.triggers()).extracting(t -> t.name()).containsExactly("orders_touch");
    assertThat(orders.column("status").orElseThrow().defaultValue()).isEqualTo("'new'");
    Table events = schema.tables().get("audit.events");
    assertThat(events.column("feeling").orElseThrow().type()).isEqualTo(SqlType.of("mood"));
    // A serial: its nextval default and its sequence are part of the column.
    assertThat(events.column("id").orElseThrow().identity()).isEqualTo(Identity.SERIAL);
    assertThat(events.column("id").orElseThrow().defaultValue()).isNull();
    assertThat(schema.views()).containsOnlyKeys("big_orders");
    assertThat(schema.sequences()).containsOnlyKeys("invoice_numbers", "audit.events_id_seq");
    assertThat(schema.sequences().get("audit.events_id_seq").owner()).isEqualTo("audit.events.id");
    assertThat(schema.columnSequences()).containsOnlyKeys("audit.events.id");
    assertThat(schema.routines()).containsOnlyKeys("touch()");
    assertThat(schema.enumTypes()).containsEntry("mood", EnumType.of("mood", "happy", "sad"));
    assertThat(schema.domains()).containsOnlyKeys("short_text");
    assertThat(schema.domains().get("short_text").type()).isEqualTo(SqlType.parse("varchar(20)"));
  }

  @Test
  void mariadbSeesTablesKeysIndexesAndViews() {
    DatabaseSchema schema = snapshotAfter(Servers::mariadb, COMMON);

    assertThat(schema.tables()).containsOnlyKeys("users", "orders");
    Table users = schema.tables().get("users");
    assertThat(users.primaryKey().columns()).containsExactly("id");
    assertThat(users.indexes()).containsExactly(Index.of("email", "email").asUnique());
    assertThat(users.column("id").orElseThrow().type()).isEqualTo(SqlType.parse("integer"));
    assertThat(schema.tables().get("orders").indexes())
        .extracting(Index::name)
        .contains("ix_orders_status");
    assertThat(schema.tables().get("orders").foreignKeys()).hasSize(1);
    assertThat(schema.views()).containsOnlyKeys("big_orders");
    assertThat(schema.sequences()).containsOnlyKeys("invoice_numbers");
  }

  @Test
  void differencesAreNamedInPlainWords() {
    try (ScratchDatabase db = Servers.postgres()) {
      Servers.execute(db, COMMON);
      DatabaseSchema before = read(db);
      Servers.execute(
          db,
          List.of(
              "DROP INDEX ix_orders_status",
              "ALTER TABLE orders ALTER COLUMN status DROP DEFAULT",
              "ALTER TABLE users ADD COLUMN nickname TEXT",
              "CREATE TABLE leftovers (id INT PRIMARY KEY)"));

      List<String> differences =
          SchemaComparison.compare(before, read(db)).stream().map(Verifier::describe).toList();

      assertThat(differences)
          .containsExactlyInAnyOrder(
              "index ix_orders_status on orders is missing",
              "default of column orders.status changed from 'new' to NULL",
              "column users.nickname is still there",
              "table leftovers is still there");
    }
  }

  @Test
  void mariadbNullableColumnsWithoutADefaultHaveNoneAndSetNotNullIsTheOnlyDifference() {
    try (ScratchDatabase db = Servers.mariadb()) {
      Servers.execute(
          db,
          List.of(
              "CREATE TABLE product (id INT PRIMARY KEY, name VARCHAR(50), code VARCHAR(10)"
                  + " DEFAULT NULL, word VARCHAR(10) DEFAULT 'NULL')"));
      DatabaseSchema before = read(db);
      Table product = before.tables().get("product");
      // MariaDB reports the bare NULL for a nullable column without default: no default at all.
      assertThat(product.column("name").orElseThrow().defaultValue()).isNull();
      assertThat(product.column("code").orElseThrow().defaultValue()).isNull();
      assertThat(product.column("word").orElseThrow().defaultValue()).isEqualTo("'NULL'");

      Servers.execute(db, List.of("ALTER TABLE product MODIFY COLUMN name VARCHAR(50) NOT NULL"));
      List<String> differences =
          SchemaComparison.compare(before, read(db)).stream().map(Verifier::describe).toList();

      assertThat(differences)
          .singleElement()
          .asString()
          .contains("product.name")
          .contains("nullable");
      assertThat(differences.get(0)).doesNotContain("default");
    }
  }

  static DatabaseSchema snapshotAfter(Supplier<ScratchDatabase> server, List<String> statements) {
    try (ScratchDatabase db = server.get()) {
      Servers.execute(db, statements);
      return read(db);
    }
  }

  static DatabaseSchema read(ScratchDatabase db) {
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
