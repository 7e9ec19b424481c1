package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.api.VerifyReport;
import dev.migrate.engine.common.Reporter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each attribute verify compares, forgotten by a downgrade: revision a1 makes an object with the
 * attribute, b2 takes the object away, and b2's downgrade makes it again without the attribute.
 * Verify must name the attribute, on every database that has it.
 */
class ForgottenAttributeTest {

  private static final String USERS = "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50))";
  private static final String ORDERS = "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT,";
  private static final String FK = "ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id)";
  private static final List<String> DROP_BOTH = List.of("DROP TABLE orders", "DROP TABLE users");
  private static final List<String> DROP_USERS = List.of("DROP TABLE users");
  private static final List<String> DROP_FK =
      List.of("ALTER TABLE orders DROP CONSTRAINT fk_orders_user");
  private static final String FK_SIMPLE =
      "(user_id) references users (id) on update no action on delete no action";

  /**
   * One forgotten attribute.
   *
   * @param name what is forgotten, on which database
   * @param server the database
   * @param create a1's upgrade: the object with the attribute
   * @param drop a1's downgrade
   * @param change b2's upgrade: takes the object away
   * @param forgetful b2's downgrade: makes the object again, without the attribute
   * @param difference how verify names what the downgrade left different
   */
  record Case(
      String name,
      Supplier<ScratchDatabase> server,
      List<String> create,
      List<String> drop,
      List<String> change,
      List<String> forgetful,
      String difference) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "foreign key MATCH FULL on PostgreSQL",
            Servers::postgres,
            List.of(
                "CREATE TABLE users (id INT, org INT, CONSTRAINT uq_users UNIQUE (id, org))",
                ORDERS + " org INT)",
                "ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id, org)"
                    + " REFERENCES users (id, org) MATCH FULL"),
            DROP_BOTH,
            DROP_FK,
            List.of(
                "ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id, org)"
                    + " REFERENCES users (id, org)"),
            "definition of foreign key fk_orders_user on orders changed from (user_id, org)"
                + " references users (id, org) on update no action on delete no action"
                + " match full to (user_id, org) references users (id, org)"
                + " on update no action on delete no action"),
        new Case(
            "foreign key DEFERRABLE on PostgreSQL",
            Servers::postgres,
            List.of(
                USERS,
                ORDERS + " note VARCHAR(10))",
                "ALTER TABLE orders " + FK + " REFERENCES users (id) DEFERRABLE"),
            DROP_BOTH,
            DROP_FK,
            List.of("ALTER TABLE orders " + FK + " REFERENCES users (id)"),
            "definition of foreign key fk_orders_user on orders changed from "
                + FK_SIMPLE
                + " deferrable to "
                + FK_SIMPLE),
        new Case(
            "foreign key INITIALLY DEFERRED on PostgreSQL",
            Servers::postgres,
            List.of(
                USERS,
                ORDERS + " note VARCHAR(10))",
                "ALTER TABLE orders "
                    + FK
                    + " REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED"),
            DROP_BOTH,
            DROP_FK,
            List.of("ALTER TABLE orders " + FK + " REFERENCES users (id) DEFERRABLE"),
            "definition of foreign key fk_orders_user on orders changed from "
                + FK_SIMPLE
                + " deferrable initially deferred to "
                + FK_SIMPLE
                + " deferrable"),
        new Case(
            "unique constraint INCLUDE on PostgreSQL",
            Servers::postgres,
            List.of(
                USERS, "ALTER TABLE users ADD CONSTRAINT uq_users_id UNIQUE (id) INCLUDE (name)"),
            DROP_USERS,
            List.of("ALTER TABLE users DROP CONSTRAINT uq_users_id"),
            List.of("ALTER TABLE users ADD CONSTRAINT uq_users_id UNIQUE (id)"),
            "include of unique constraint uq_users_id on users changed from (name) to NULL"),
        new Case(
            "unique constraint NULLS NOT DISTINCT on PostgreSQL",
            Servers::postgres,
            List.of(
                USERS,
                "ALTER TABLE users ADD CONSTRAINT uq_users_name UNIQUE NULLS NOT DISTINCT (name)"),
            DROP_USERS,
            List.of("ALTER TABLE users DROP CONSTRAINT uq_users_name"),
            List.of("ALTER TABLE users ADD CONSTRAINT uq_users_name UNIQUE (name)"),
            "nulls of unique constraint uq_users_name on users changed from not distinct to"
                + " distinct"),
        new Case(
            "unique constraint NULLS NOT DISTINCT on H2",
            Servers::h2,
            List.of(
                USERS,
                "ALTER TABLE users ADD CONSTRAINT uq_users_name UNIQUE NULLS NOT DISTINCT (name)"),
            DROP_USERS,
            List.of("ALTER TABLE users DROP CONSTRAINT uq_users_name"),
            List.of("ALTER TABLE users ADD CONSTRAINT uq_users_name UNIQUE (name)"),
            "nulls of unique constraint uq_users_name on users changed from not distinct to"
                + " distinct"),
        new Case(
            "unique index NULLS NOT DISTINCT on PostgreSQL",
            Servers::postgres,
            List.of(USERS, "CREATE UNIQUE INDEX ix_users_name ON users (name) NULLS NOT DISTINCT"),
            DROP_USERS,
            List.of("DROP INDEX ix_users_name"),
            List.of("CREATE UNIQUE INDEX ix_users_name ON users (name)"),
            "nulls of index ix_users_name on users changed from not distinct to NULL"),
        new Case(
            "unique index NULLS NOT DISTINCT on H2",
            Servers::h2,
            List.of(USERS, "CREATE UNIQUE NULLS NOT DISTINCT INDEX ix_users_name ON users (name)"),
            DROP_USERS,
            List.of("DROP INDEX ix_users_name"),
            List.of("CREATE UNIQUE INDEX ix_users_name ON users (name)"),
            "nulls of index ix_users_name on users changed from not distinct to NULL"),
        new Case(
            "index key NULLS FIRST on PostgreSQL",
            Servers::postgres,
            List.of(USERS, "CREATE INDEX ix_users_name ON users (name NULLS FIRST)"),
            DROP_USERS,
            List.of("DROP INDEX ix_users_name"),
            List.of("CREATE INDEX ix_users_name ON users (name)"),
            "columns of index ix_users_name on users changed from (name nulls first) to (name)"),
        new Case(
            "index key operator class on PostgreSQL",
            Servers::postgres,
            List.of(USERS, "CREATE INDEX ix_users_name ON users (name text_pattern_ops)"),
            DROP_USERS,
            List.of("DROP INDEX ix_users_name"),
            List.of("CREATE INDEX ix_users_name ON users (name)"),
            "columns of index ix_users_name on users changed from (name text_pattern_ops) to"
                + " (name)"),
        new Case(
            "index key collation on PostgreSQL",
            Servers::postgres,
            List.of(
                USERS,
                "CREATE INDEX ix_users_name ON users (name COLLATE \"C\")",
                "CREATE INDEX ix_users_lower_name ON users ((lower(name)) COLLATE \"C\")"),
            DROP_USERS,
            List.of("DROP INDEX ix_users_name", "DROP INDEX ix_users_lower_name"),
            List.of(
                "CREATE INDEX ix_users_name ON users (name)",
                "CREATE INDEX ix_users_lower_name ON users (lower(name))"),
            "columns of index ix_users_lower_name on users changed from (lower(name::text) collate"
                + " \"C\") to (lower(name::text)); columns of index ix_users_name on users changed"
                + " from (name collate \"C\") to (name)"),
        new Case(
            "index key NULLS LAST on H2",
            Servers::h2,
            List.of(USERS, "CREATE INDEX ix_users_name ON users (name NULLS LAST)"),
            DROP_USERS,
            List.of("DROP INDEX ix_users_name"),
            List.of("CREATE INDEX ix_users_name ON users (name)"),
            "columns of index ix_users_name on users changed from (name nulls last) to (name)"),
        descending("PostgreSQL", Servers::postgres),
        descending("H2", Servers::h2),
        descending("MariaDB", Servers::mariadb),
        new Case(
            "identity ALWAYS on PostgreSQL",
            Servers::postgres,
            List.of("CREATE TABLE users (id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY)"),
            DROP_USERS,
            DROP_USERS,
            List.of("CREATE TABLE users (id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)"),
            "identity of column users.id changed from always to by default"),
        new Case(
            "identity ALWAYS on H2",
            Servers::h2,
            List.of("CREATE TABLE users (id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY)"),
            DROP_USERS,
            DROP_USERS,
            List.of("CREATE TABLE users (id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)"),
            "identity of column users.id changed from always to by default"),
        new Case(
            "AUTO_INCREMENT on MariaDB",
            Servers::mariadb,
            List.of("CREATE TABLE users (id INT AUTO_INCREMENT PRIMARY KEY)"),
            DROP_USERS,
            DROP_USERS,
            List.of("CREATE TABLE users (id INT PRIMARY KEY)"),
            "identity of column users.id changed from by default to no"),
        new Case(
            "serial on PostgreSQL, made again as an identity",
            Servers::postgres,
            List.of("CREATE TABLE users (id SERIAL PRIMARY KEY)"),
            DROP_USERS,
            DROP_USERS,
            List.of("CREATE TABLE users (id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)"),
            "identity of column users.id changed from serial to by default"),
        new Case(
            "serial on PostgreSQL, made again as a plain column",
            Servers::postgres,
            List.of("CREATE TABLE users (id SERIAL PRIMARY KEY)"),
            DROP_USERS,
            DROP_USERS,
            List.of("CREATE TABLE users (id INT PRIMARY KEY)"),
            "identity of column users.id changed from serial to no; sequence of column users.id"
                + " changed from users_id_seq (integer, start 1, increment 1, minimum 1,"
                + " maximum 2147483647, no cycle) to NULL"),
        new Case(
            "identity START WITH on PostgreSQL",
            Servers::postgres,
            List.of(
                "CREATE TABLE users (id INT GENERATED BY DEFAULT AS IDENTITY (START WITH 100)"
                    + " PRIMARY KEY)"),
            DROP_USERS,
            DROP_USERS,
            List.of("CREATE TABLE users (id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)"),
            "sequence of column users.id changed from users_id_seq (integer, start 100,"
                + " increment 1, minimum 1, maximum 2147483647, no cycle) to users_id_seq"
                + " (integer, start 1, increment 1, minimum 1, maximum 2147483647, no cycle)"),
        new Case(
            "sequence OWNED BY on PostgreSQL",
            Servers::postgres,
            List.of(USERS, "CREATE SEQUENCE user_numbers OWNED BY users.id"),
            List.of("DROP SEQUENCE user_numbers", "DROP TABLE users"),
            List.of("DROP SEQUENCE user_numbers"),
            List.of("CREATE SEQUENCE user_numbers"),
            "owner of sequence user_numbers changed from users.id to NULL"));
  }

  private static Case descending(String database, Supplier<ScratchDatabase> server) {
    return new Case(
        "index key DESC on " + database,
        server,
        List.of(USERS, "CREATE INDEX ix_users_name ON users (name DESC)"),
        DROP_USERS,
        List.of("DROP INDEX ix_users_name" + (database.equals("MariaDB") ? " ON users" : "")),
        List.of("CREATE INDEX ix_users_name ON users (name)"),
        "columns of index ix_users_name on users changed from (name desc) to (name)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aDowngradeThatForgetsTheAttributeFailsNamingIt(Case c) {
    try (ScratchDatabase db = c.server().get()) {
      ScriptedDriver driver =
          new ScriptedDriver(db)
              .revision("a1", null, "create", c.create(), c.drop())
              .revision("b2", "a1", "change", c.change(), c.forgetful());

      VerifyReport report = new Verifier(driver, List.of(), Reporter.silent()).run();

      assertThat(report.failures())
          .containsExactly(
              "after downgrading b2 `change` (db/migrations/b2_change.sql), " + c.difference());
    }
  }
}
