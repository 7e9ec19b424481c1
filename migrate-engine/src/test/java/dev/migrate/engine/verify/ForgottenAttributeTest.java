package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.api.VerifyReport;
import dev.migrate.engine.common.Reporter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each attribute verify compares, forgotten by a downgrade: revision a1 makes objects with the
 * attributes, b2 takes them away, and b2's downgrade makes them again without. Verify must name
 * every forgotten attribute, on every database that has it. One scratch database per database holds
 * every attribute's objects, each under names of its own.
 */
class ForgottenAttributeTest {

  private static final String FK = "(user_id) references users (id) on update no action";
  private static final String FK_MATCH =
      "(user_id, org) references users (id, org) on update no action on delete no action";
  private static final String INT_SEQUENCE =
      " (integer, start %d, increment 1, minimum 1, maximum 2147483647, no cycle)";

  /**
   * One attribute's objects.
   *
   * @param create in a1's upgrade: the objects with the attribute
   * @param drop in a1's downgrade, before the two base tables go
   * @param change in b2's upgrade: takes the objects away
   * @param forgetful in b2's downgrade: makes the objects again, without the attribute
   * @param differences how verify names what the downgrade left different
   */
  record Part(
      List<String> create,
      List<String> drop,
      List<String> change,
      List<String> forgetful,
      List<String> differences) {}

  /** A constraint of a base table, added with the attribute and added again without. */
  private static Part constraint(
      String table, String name, String with, String without, String... differences) {
    String add = "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " ";
    return new Part(
        List.of(add + with),
        List.of(),
        List.of("ALTER TABLE " + table + " DROP CONSTRAINT " + name),
        List.of(add + without),
        List.of(differences));
  }

  /** An index of a base table, created with the attribute and created again without. */
  private static Part index(String drop, String with, String without, String difference) {
    return new Part(List.of(with), List.of(), List.of(drop), List.of(without), List.of(difference));
  }

  /** A table of its own, created with the attribute and created again without. */
  private static Part table(String name, String with, String without, String... differences) {
    String create = "CREATE TABLE " + name + " ";
    String drop = "DROP TABLE " + name;
    return new Part(
        List.of(create + with),
        List.of(drop),
        List.of(drop),
        List.of(create + without),
        List.of(differences));
  }

  static Stream<Object[]> databases() {
    return Stream.of(
        new Object[] {"PostgreSQL", (Supplier<ScratchDatabase>) Servers::postgres, postgres()},
        new Object[] {"H2", (Supplier<ScratchDatabase>) Servers::h2, h2()},
        new Object[] {"MariaDB", (Supplier<ScratchDatabase>) Servers::mariadb, mariadb()});
  }

  private static List<Part> postgres() {
    return List.of(
        new Part(
            List.of("ALTER TABLE users ADD CONSTRAINT uq_users_id_org UNIQUE (id, org)"),
            List.of(),
            List.of(),
            List.of(),
            List.of()),
        constraint(
            "orders",
            "fk_match",
            "FOREIGN KEY (user_id, org) REFERENCES users (id, org) MATCH FULL",
            "FOREIGN KEY (user_id, org) REFERENCES users (id, org)",
            "definition of foreign key fk_match on orders changed from "
                + FK_MATCH
                + " match full to "
                + FK_MATCH),
        constraint(
            "orders",
            "fk_deferrable",
            "FOREIGN KEY (user_id) REFERENCES users (id) DEFERRABLE",
            "FOREIGN KEY (user_id) REFERENCES users (id)",
            "definition of foreign key fk_deferrable on orders changed from "
                + FK
                + " on delete no action deferrable to "
                + FK
                + " on delete no action"),
        constraint(
            "orders",
            "fk_deferred",
            "FOREIGN KEY (user_id) REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED",
            "FOREIGN KEY (user_id) REFERENCES users (id) DEFERRABLE",
            "definition of foreign key fk_deferred on orders changed from "
                + FK
                + " on delete no action deferrable initially deferred to "
                + FK
                + " on delete no action deferrable"),
        constraint(
            "users",
            "uq_include",
            "UNIQUE (id) INCLUDE (name)",
            "UNIQUE (id)",
            "include of unique constraint uq_include on users changed from (name) to NULL"),
        uniqueNulls(),
        keys("ix_nulls", "name NULLS FIRST", "name", "name nulls first", "name"),
        keys("ix_opclass", "name text_pattern_ops", "name", "name text_pattern_ops", "name"),
        keys("ix_collate", "name COLLATE \"C\"", "name", "name collate \"C\"", "name"),
        keys(
            "ix_lower",
            "(lower(name)) COLLATE \"C\"",
            "(lower(name))",
            "lower(name::text) collate \"C\"",
            "lower(name::text)"),
        descending("DROP INDEX ix_desc"),
        index(
            "DROP INDEX ix_fill",
            "CREATE INDEX ix_fill ON orders (note) WITH (fillfactor = 70)",
            "CREATE INDEX ix_fill ON orders (note)",
            "storage parameters of index ix_fill on orders changed from (fillfactor=70) to NULL"),
        index(
            "DROP INDEX ix_unique_nulls",
            "CREATE UNIQUE INDEX ix_unique_nulls ON orders (note) NULLS NOT DISTINCT",
            "CREATE UNIQUE INDEX ix_unique_nulls ON orders (note)",
            "nulls of index ix_unique_nulls on orders changed from not distinct to NULL"),
        always(),
        table(
            "t_serial_identity",
            "(id SERIAL PRIMARY KEY)",
            "(id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)",
            "identity of column t_serial_identity.id changed from serial to by default"),
        table(
            "t_serial_plain",
            "(id SERIAL PRIMARY KEY)",
            "(id INT PRIMARY KEY)",
            "identity of column t_serial_plain.id changed from serial to no",
            "sequence of column t_serial_plain.id changed from t_serial_plain_id_seq"
                + INT_SEQUENCE.formatted(1)
                + " to NULL"),
        table(
            "t_start",
            "(id INT GENERATED BY DEFAULT AS IDENTITY (START WITH 100) PRIMARY KEY)",
            "(id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)",
            "sequence of column t_start.id changed from t_start_id_seq"
                + INT_SEQUENCE.formatted(100)
                + " to t_start_id_seq"
                + INT_SEQUENCE.formatted(1)),
        new Part(
            List.of("CREATE SEQUENCE seq_owned OWNED BY users.id"),
            List.of("DROP SEQUENCE seq_owned"),
            List.of("DROP SEQUENCE seq_owned"),
            List.of("CREATE SEQUENCE seq_owned"),
            List.of("owner of sequence seq_owned changed from users.id to NULL")));
  }

  private static List<Part> h2() {
    return List.of(
        uniqueNulls(),
        keys("ix_nulls", "name NULLS LAST", "name", "name nulls last", "name"),
        descending("DROP INDEX ix_desc"),
        index(
            "DROP INDEX ix_unique_nulls",
            "CREATE UNIQUE NULLS NOT DISTINCT INDEX ix_unique_nulls ON orders (note)",
            "CREATE UNIQUE INDEX ix_unique_nulls ON orders (note)",
            "nulls of index ix_unique_nulls on orders changed from not distinct to NULL"),
        always());
  }

  private static List<Part> mariadb() {
    return List.of(
        descending("DROP INDEX ix_desc ON users"),
        table(
            "t_auto",
            "(id INT AUTO_INCREMENT PRIMARY KEY)",
            "(id INT PRIMARY KEY)",
            "identity of column t_auto.id changed from by default to no"));
  }

  private static Part uniqueNulls() {
    return constraint(
        "users",
        "uq_nulls",
        "UNIQUE NULLS NOT DISTINCT (name)",
        "UNIQUE (name)",
        "nulls of unique constraint uq_nulls on users changed from not distinct to distinct");
  }

  private static Part keys(String name, String with, String without, String read, String plain) {
    String create = "CREATE INDEX " + name + " ON users (";
    return index(
        "DROP INDEX " + name,
        create + with + ")",
        create + without + ")",
        "columns of index " + name + " on users changed from (" + read + ") to (" + plain + ")");
  }

  private static Part descending(String drop) {
    return index(
        drop,
        "CREATE INDEX ix_desc ON users (name DESC)",
        "CREATE INDEX ix_desc ON users (name)",
        "columns of index ix_desc on users changed from (name desc) to (name)");
  }

  private static Part always() {
    return table(
        "t_always",
        "(id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY)",
        "(id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)",
        "identity of column t_always.id changed from always to by default");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aDowngradeThatForgetsAttributesFailsNamingEach(
      String database, Supplier<ScratchDatabase> server, List<Part> parts) {
    List<String> create =
        new ArrayList<>(
            List.of(
                "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50), org INT)",
                "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT, org INT,"
                    + " note VARCHAR(10))"));
    List<String> drop = new ArrayList<>();
    List<String> change = new ArrayList<>();
    List<String> forgetful = new ArrayList<>();
    List<String> differences = new ArrayList<>();
    for (Part part : parts) {
      create.addAll(part.create());
      drop.addAll(part.drop());
      change.addAll(part.change());
      forgetful.addAll(part.forgetful());
      differences.addAll(part.differences());
    }
    drop.addAll(List.of("DROP TABLE orders", "DROP TABLE users"));
    try (ScratchDatabase db = server.get()) {
      ScriptedDriver driver =
          new ScriptedDriver(db)
              .revision("a1", null, "create", create, drop)
              .revision("b2", "a1", "change", change, forgetful);

      VerifyReport report = new Verifier(driver, List.of(), Reporter.silent()).run();

      String prefix = "after downgrading b2 `change` (db/migrations/b2_change.sql), ";
      assertThat(report.failures()).singleElement().asString().startsWith(prefix);
      assertThat(Arrays.asList(report.failures().get(0).substring(prefix.length()).split("; ")))
          .containsExactlyInAnyOrderElementsOf(differences);
    }
  }
}
