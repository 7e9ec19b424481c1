package dev.migrate.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.common.DatabaseKind;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.schema.CheckConstraint;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.ConstraintKind;
import dev.migrate.engine.schema.EnumType;
import dev.migrate.engine.schema.Identity;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.PrimaryKey;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.View;
import dev.migrate.engine.schema.change.AddConstraint;
import dev.migrate.engine.schema.change.CreateEnumType;
import dev.migrate.engine.schema.change.CreateIndex;
import dev.migrate.engine.schema.change.CreateSequence;
import dev.migrate.engine.schema.change.CreateTable;
import dev.migrate.engine.schema.change.CreateView;
import dev.migrate.engine.schema.change.DropConstraint;
import dev.migrate.engine.schema.change.DropView;
import dev.migrate.engine.schema.change.SchemaChange;
import dev.migrate.engine.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Change values that the operations API does not build, as each database's renderer writes them.
 */
class ChangeRenderingTest {

  private static List<String> render(DatabaseKind kind, SchemaChange change) {
    List<Statement> out = new ArrayList<>();
    new StatementOperations(
            Databases.forName(kind.name()), out::add, Optional.empty(), "test", true)
        .apply(change);
    return out.stream().map(Statement::sql).toList();
  }

  @Test
  void checkAndPrimaryKeyConstraintsAreAddedNamedOrNot() {
    assertThat(
            render(
                DatabaseKind.POSTGRESQL,
                new AddConstraint("users", new CheckConstraint("ck_age", "age > 0"))))
        .containsExactly("ALTER TABLE \"users\" ADD CONSTRAINT \"ck_age\" CHECK (age > 0)");
    assertThat(render(DatabaseKind.MARIADB, new AddConstraint("users", PrimaryKey.of("id"))))
        .containsExactly("ALTER TABLE `users` ADD PRIMARY KEY (`id`)");
  }

  @Test
  void aPrimaryKeyReadFromMariadbIsDroppedWithoutAName() {
    assertThat(
            render(
                DatabaseKind.MARIADB,
                new DropConstraint("users", null, ConstraintKind.PRIMARY_KEY, null)))
        .containsExactly("ALTER TABLE `users` DROP PRIMARY KEY");
  }

  @Test
  void partialExpressionAndCoveringIndexes() {
    Index index =
        new Index(
            "ix_lower_email",
            List.of(new IndexKey("lower(email)", true, false), new IndexKey("id", false, true)),
            true,
            "deleted IS NULL",
            null,
            List.of("name"));

    assertThat(render(DatabaseKind.POSTGRESQL, new CreateIndex("users", index, false)))
        .containsExactly(
            "CREATE UNIQUE INDEX \"ix_lower_email\" ON \"users\" ((lower(email)), \"id\" DESC)"
                + " INCLUDE (\"name\") WHERE deleted IS NULL");
  }

  @Test
  void sequencesViewsAndEnumTypes() {
    assertThat(
            render(
                DatabaseKind.H2,
                new CreateSequence(new Sequence("numbers", null, 1000L, 1L, null, null, true))))
        .containsExactly("CREATE SEQUENCE \"NUMBERS\" START WITH 1000 INCREMENT BY 1 CYCLE");
    View view = new View("daily", " SELECT 1 AS n;", true, List.of(Index.of("ix_daily", "n")));
    assertThat(render(DatabaseKind.POSTGRESQL, new CreateView(view)))
        .containsExactly(
            "CREATE MATERIALIZED VIEW \"daily\" AS SELECT 1 AS n",
            "CREATE INDEX \"ix_daily\" ON \"daily\" (\"n\")");
    assertThat(render(DatabaseKind.POSTGRESQL, new DropView("daily", view)))
        .containsExactly("DROP MATERIALIZED VIEW \"daily\"");
    assertThat(
            render(
                DatabaseKind.POSTGRESQL,
                new CreateEnumType(EnumType.of("app.mood", "happy", "it's ok"))))
        .containsExactly("CREATE TYPE \"app\".\"mood\" AS ENUM ('happy', 'it''s ok')");
    assertThatThrownBy(
            () -> render(DatabaseKind.MARIADB, new CreateEnumType(EnumType.of("mood", "a"))))
        .isInstanceOf(InvalidOperationException.class)
        .hasMessageContaining("no enum types");
  }

  @Test
  void attributesThatTheDifferCarriesAreRendered() {
    dev.migrate.engine.schema.ForeignKey fk =
        dev.migrate.engine.schema.ForeignKey.of("fk_orders_user", "user_id", "users", "id")
            .match(dev.migrate.engine.schema.ForeignKey.Match.FULL)
            .deferrable(true);
    assertThat(render(DatabaseKind.POSTGRESQL, new AddConstraint("orders", fk)))
        .containsExactly(
            "ALTER TABLE \"orders\" ADD CONSTRAINT \"fk_orders_user\" FOREIGN KEY (\"user_id\")"
                + " REFERENCES \"users\" (\"id\") MATCH FULL DEFERRABLE INITIALLY DEFERRED");
    UniqueConstraint unique =
        UniqueConstraint.of("uq_users_email", "email").including("name").withNullsNotDistinct();
    assertThat(render(DatabaseKind.POSTGRESQL, new AddConstraint("users", unique)))
        .containsExactly(
            "ALTER TABLE \"users\" ADD CONSTRAINT \"uq_users_email\""
                + " UNIQUE NULLS NOT DISTINCT (\"email\") INCLUDE (\"name\")");
    Index index =
        new Index(
            "ix_users_name",
            List.of(
                IndexKey.column("name").nulls(IndexKey.Nulls.FIRST),
                IndexKey.column("code").collate("\"C\"").opclass("text_pattern_ops"),
                IndexKey.column("id").desc().nulls(IndexKey.Nulls.LAST)),
            false,
            null,
            null,
            List.of());
    assertThat(render(DatabaseKind.H2, new CreateIndex("users", index, false)))
        .containsExactly(
            "CREATE INDEX \"IX_USERS_NAME\" ON \"USERS\" (\"NAME\" NULLS FIRST,"
                + " \"CODE\" COLLATE \"C\" text_pattern_ops, \"ID\" DESC NULLS LAST)");
  }

  @Test
  void aUniqueIndexWithNullsNotDistinctAsEachDatabaseWritesIt() {
    Index index = Index.of("ix_users_name", "name").asUniqueNullsNotDistinct();
    assertThat(render(DatabaseKind.POSTGRESQL, new CreateIndex("users", index, false)))
        .containsExactly(
            "CREATE UNIQUE INDEX \"ix_users_name\" ON \"users\" (\"name\") NULLS NOT DISTINCT");
    assertThat(render(DatabaseKind.H2, new CreateIndex("users", index, false)))
        .containsExactly(
            "CREATE UNIQUE NULLS NOT DISTINCT INDEX \"IX_USERS_NAME\" ON \"USERS\" (\"NAME\")");
  }

  @Test
  void storageParametersFollowTheKeys() {
    Index index =
        Index.of("ix_users_name", "name").asUniqueNullsNotDistinct().with("fillfactor=70");
    assertThat(
            render(DatabaseKind.POSTGRESQL, new CreateIndex("users", index.where("id > 0"), false)))
        .containsExactly(
            "CREATE UNIQUE INDEX \"ix_users_name\" ON \"users\" (\"name\") NULLS NOT DISTINCT"
                + " WITH (fillfactor=70) WHERE id > 0");
  }

  @Test
  void identitiesAndSerialsAreRenderedAsEachDatabaseWritesThem() {
    Column always = Column.of("id", "integer").notNull().withIdentity(Identity.ALWAYS);
    Column serial = Column.of("id", "bigint").notNull().withIdentity(Identity.SERIAL);
    assertThat(render(DatabaseKind.POSTGRESQL, new CreateTable(Table.of("t", always))))
        .containsExactly(
            "CREATE TABLE \"t\" (\n  \"id\" integer GENERATED ALWAYS AS IDENTITY NOT NULL\n)");
    assertThat(render(DatabaseKind.POSTGRESQL, new CreateTable(Table.of("t", serial))))
        .containsExactly("CREATE TABLE \"t\" (\n  \"id\" BIGSERIAL NOT NULL\n)");
    assertThat(render(DatabaseKind.MARIADB, new CreateTable(Table.of("t", always))))
        .containsExactly("CREATE TABLE `t` (\n  `id` integer NOT NULL AUTO_INCREMENT\n)");
  }
}
