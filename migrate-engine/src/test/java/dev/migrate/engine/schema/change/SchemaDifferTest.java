package dev.migrate.engine.schema.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.schema.CheckConstraint;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.ConstraintKind;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.EnumType;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.Identity;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.PrimaryKey;
import dev.migrate.engine.schema.Routine;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.SqlType;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.Trigger;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {
  private static final Table USERS =
      Table.of("users", Column.of("id", "integer").notNull(), Column.of("email", "varchar(100)"))
          .withPrimaryKey(PrimaryKey.of("id"));

  private static final Table ORDERS =
      Table.of("orders", Column.of("id", "int").notNull(), Column.of("user_id", "int"))
          .withPrimaryKey(PrimaryKey.of("id"))
          .withForeignKey(ForeignKey.of("fk_orders_user", "user_id", "users", "id"))
          .withIndex(Index.of("ix_orders_user", "user_id"));

  private static List<String> kinds(SchemaDiff diff) {
    return diff.changes().stream().map(c -> c.getClass().getSimpleName()).toList();
  }

  @Test
  void equalSchemasHaveNoChanges() {
    DatabaseSchema schema = DatabaseSchema.builder().table(USERS).table(ORDERS).build();

    assertThat(SchemaDiffer.diff(schema, schema).isEmpty()).isTrue();
  }

  @Test
  void anotherSpellingOfATypeIsNoChange() {
    DatabaseSchema a =
        DatabaseSchema.builder()
            .table(Table.of("t", Column.of("n", "int"), Column.of("s", "varchar(5)")))
            .build();
    DatabaseSchema b =
        DatabaseSchema.builder()
            .table(Table.of("t", Column.of("n", "INTEGER"), Column.of("s", "character varying(5)")))
            .build();

    assertThat(SchemaDiffer.diff(a, b).isEmpty()).isTrue();
  }

  @Test
  void aNewTableIsCreatedBeforeItsIndexesAndForeignKeys() {
    DatabaseSchema before = DatabaseSchema.builder().table(USERS).build();
    DatabaseSchema after = DatabaseSchema.builder().table(USERS).table(ORDERS).build();

    SchemaDiff diff = SchemaDiffer.diff(before, after);

    assertThat(diff.changes())
        .containsExactly(
            new CreateTable(
                Table.of("orders", Column.of("id", "int").notNull(), Column.of("user_id", "int"))
                    .withPrimaryKey(PrimaryKey.of("id"))),
            new CreateIndex("orders", Index.of("ix_orders_user", "user_id"), false),
            new AddConstraint("orders", ForeignKey.of("fk_orders_user", "user_id", "users", "id")));
    assertThat(diff.unexpressed()).isEmpty();
  }

  @Test
  void aDroppedTableLosesItsForeignKeysAndIndexesFirstAndCarriesItsDefinition() {
    DatabaseSchema before = DatabaseSchema.builder().table(USERS).table(ORDERS).build();
    DatabaseSchema after = DatabaseSchema.builder().table(USERS).build();

    SchemaDiff diff = SchemaDiffer.diff(before, after);

    assertThat(kinds(diff)).containsExactly("DropConstraint", "DropIndex", "DropTable");
    DropTable drop = (DropTable) diff.changes().get(2);
    assertThat(drop.definition().columns()).hasSize(2);
    assertThat(drop.reverse()).isInstanceOf(CreateTable.class);
  }

  @Test
  void tablesWhoseForeignKeysFormACycleAreAllCreatedBeforeAnyKey() {
    Table a =
        Table.of("a", Column.of("id", "int"), Column.of("b_id", "int"))
            .withForeignKey(ForeignKey.of("fk_a_b", "b_id", "b", "id"));
    Table b =
        Table.of("b", Column.of("id", "int"), Column.of("a_id", "int"))
            .withForeignKey(ForeignKey.of("fk_b_a", "a_id", "a", "id"));

    SchemaDiff diff =
        SchemaDiffer.diff(
            DatabaseSchema.empty(), DatabaseSchema.builder().table(b).table(a).build());

    assertThat(kinds(diff))
        .containsExactly("CreateTable", "CreateTable", "AddConstraint", "AddConstraint");
  }

  @Test
  void columnsAreAddedAlteredAndDroppedWithTheValuesTheyReplace() {
    DatabaseSchema before =
        DatabaseSchema.builder()
            .table(
                Table.of(
                    "t",
                    Column.of("keep", "int"),
                    Column.of("wide", "varchar(10)").defaultValue("'x'"),
                    Column.of("gone", "int")))
            .build();
    DatabaseSchema after =
        DatabaseSchema.builder()
            .table(
                Table.of(
                    "t",
                    Column.of("keep", "int"),
                    Column.of("wide", "varchar(20)").notNull(),
                    Column.of("new", "text")))
            .build();

    SchemaDiff diff = SchemaDiffer.diff(before, after);

    assertThat(diff.changes())
        .containsExactly(
            new AlterColumn(
                "t",
                "wide",
                null,
                SqlType.parse("varchar(20)"),
                false,
                AlterColumn.Default.none(),
                SqlType.parse("varchar(10)"),
                true,
                new AlterColumn.Default("'x'"),
                null),
            new AddColumn("t", Column.of("new", "text"), false),
            new DropColumn("t", "gone", Column.of("gone", "int")));
    assertThat(diff.changes()).allMatch(SchemaChange::isReversible);
  }

  @Test
  void aChangedIndexOrConstraintIsDroppedAndCreatedAgain() {
    Table before = USERS.withIndex(Index.of("ix_email", "email"));
    Table after =
        USERS
            .withIndex(Index.of("ix_email", "email").asUnique().where("email IS NOT NULL"))
            .withCheck(new CheckConstraint("ck_email", "(email <> '')"));

    SchemaDiff diff =
        SchemaDiffer.diff(
            DatabaseSchema.builder().table(before).build(),
            DatabaseSchema.builder().table(after).build());

    assertThat(diff.changes())
        .containsExactly(
            new DropIndex("users", "ix_email", Index.of("ix_email", "email")),
            new AddConstraint("users", new CheckConstraint("ck_email", "(email <> '')")),
            new CreateIndex(
                "users",
                Index.of("ix_email", "email").asUnique().where("email IS NOT NULL"),
                false));
  }

  @Test
  void unnamedConstraintsAreMatchedByTheirShape() {
    Table before = USERS.withUnique(new UniqueConstraint(null, List.of("email")));
    Table after = USERS.withUnique(new UniqueConstraint(null, List.of("email")));

    assertThat(
            SchemaDiffer.diff(
                    DatabaseSchema.builder().table(before).build(),
                    DatabaseSchema.builder().table(after).build())
                .isEmpty())
        .isTrue();
  }

  @Test
  void viewsAreDroppedFirstAndCreatedLast() {
    DatabaseSchema before =
        DatabaseSchema.builder().table(USERS).view(View.of("v", "SELECT id FROM users")).build();
    DatabaseSchema after =
        DatabaseSchema.builder()
            .table(USERS.withColumn(Column.of("name", "text")))
            .view(View.of("v", "SELECT id, name FROM users"))
            .build();

    assertThat(kinds(SchemaDiffer.diff(before, after)))
        .containsExactly("DropView", "AddColumn", "CreateView");
    assertThat(SchemaDiffer.diff(before, after).changes().get(0))
        .isEqualTo(new DropView("v", View.of("v", "SELECT id FROM users")));
    assertThat(SchemaDiffer.diff(before, after).changes().get(2))
        .isEqualTo(new CreateView(View.of("v", "SELECT id, name FROM users")));
  }

  @Test
  void enumTypesAndSequencesComeBeforeTheTablesThatUseThem() {
    DatabaseSchema after =
        DatabaseSchema.builder()
            .enumType(EnumType.of("mood", "happy", "sad"))
            .sequence(Sequence.of("numbers", 1000))
            .table(Table.of("t", Column.of("feeling", "mood")))
            .build();

    assertThat(SchemaDiffer.diff(DatabaseSchema.empty(), after).changes())
        .containsExactly(
            new CreateEnumType(EnumType.of("mood", "happy", "sad")),
            new CreateSequence(Sequence.of("numbers", 1000)),
            new CreateTable(Table.of("t", Column.of("feeling", "mood"))));
  }

  @Test
  void anEnumTypeGoesAfterTheColumnThatUsesItAndViewsComeLast() {
    DatabaseSchema before =
        DatabaseSchema.builder()
            .enumType(EnumType.of("mood", "happy"))
            .table(Table.of("t", Column.of("id", "int"), Column.of("feeling", "mood")))
            .build();
    DatabaseSchema after =
        DatabaseSchema.builder()
            .table(Table.of("t", Column.of("id", "int")))
            .view(View.of("v", "SELECT id FROM t"))
            .build();

    assertThat(kinds(SchemaDiffer.diff(before, after)))
        .containsExactly("DropColumn", "DropEnumType", "CreateView");
  }

  @Test
  void whatNoChangeExpressesIsListed() {
    DatabaseSchema before = DatabaseSchema.builder().table(USERS).build();
    DatabaseSchema after =
        DatabaseSchema.builder()
            .table(USERS.withTrigger(new Trigger("touch", "BEFORE UPDATE")).withComment("people"))
            .routine(new Routine("touch()", "function", "BEGIN END"))
            .build();

    SchemaDiff diff = SchemaDiffer.diff(before, after);

    assertThat(diff.changes()).isEmpty();
    assertThat(diff.unexpressed())
        .extracting(d -> d.change() + " " + d.object() + " " + d.attribute())
        .containsExactly(
            "MISSING function touch() null",
            "CHANGED table users comment",
            "MISSING trigger touch on users null");
  }

  @Test
  void twoRunsGiveTheSameChanges() {
    DatabaseSchema before = DatabaseSchema.builder().table(USERS).table(ORDERS).build();
    DatabaseSchema after =
        DatabaseSchema.builder()
            .table(USERS.withColumn(Column.of("name", "text")))
            .table(Table.of("tags", Column.of("id", "int")))
            .build();

    assertThat(SchemaDiffer.diff(before, after)).isEqualTo(SchemaDiffer.diff(before, after));
    assertThat(kinds(SchemaDiffer.diff(before, after)))
        .containsExactly("DropConstraint", "DropIndex", "DropTable", "CreateTable", "AddColumn");
    assertThat(SchemaDiffer.diff(before, after).changes().get(0))
        .isEqualTo(
            new DropConstraint(
                "orders",
                "fk_orders_user",
                ConstraintKind.FOREIGN_KEY,
                ForeignKey.of("fk_orders_user", "user_id", "users", "id")));
  }

  private static final Sequence NOTES_SEQUENCE =
      new Sequence("notes_id_seq", SqlType.of("integer"), 1L, 1L, 1L, 2147483647L, false)
          .ownedBy("notes.id");

  private static DatabaseSchema notes(Identity identity) {
    return DatabaseSchema.builder()
        .table(Table.of("notes", Column.of("id", "integer").notNull().withIdentity(identity)))
        .sequence(NOTES_SEQUENCE)
        .build();
  }

  @Test
  void aSerialsSequenceComesAndGoesWithItsTable() {
    DatabaseSchema serial = notes(Identity.SERIAL);

    SchemaDiff create = SchemaDiffer.diff(DatabaseSchema.empty(), serial);
    SchemaDiff drop = SchemaDiffer.diff(serial, DatabaseSchema.empty());

    assertThat(kinds(create)).containsExactly("CreateTable");
    assertThat(kinds(drop)).containsExactly("DropTable");
    assertThat(create.unexpressed()).isEmpty();
    assertThat(drop.unexpressed()).isEmpty();
    assertThat(drop.changes().get(0).reverse()).isEqualTo(create.changes().get(0));
  }

  @Test
  void aChangedIdentityIsNotExpressedAndSaysSo() {
    SchemaDiff diff = SchemaDiffer.diff(notes(Identity.SERIAL), notes(Identity.ALWAYS));

    assertThat(diff.changes()).isEmpty();
    assertThat(diff.unexpressed())
        .extracting(d -> d.attribute() + ": " + d.expected() + " -> " + d.actual())
        .containsExactly("identity: always -> serial");
  }

  @Test
  void aSequenceOwnedByAPlainColumnIsItsOwnChangeButItsOwnerIsNotExpressed() {
    DatabaseSchema before = DatabaseSchema.builder().table(USERS).build();
    DatabaseSchema after =
        before.toBuilder().sequence(Sequence.of("numbers", 1).ownedBy("users.id")).build();

    SchemaDiff diff = SchemaDiffer.diff(before, after);

    assertThat(kinds(diff)).containsExactly("CreateSequence");
    assertThat(diff.unexpressed())
        .extracting(d -> d.object() + " " + d.attribute())
        .containsExactly("sequence numbers owner");
  }

  @Test
  void changedForeignKeyUniqueAndIndexAttributesAreDroppedAndMadeAgain() {
    Table orders = Table.of("orders", Column.of("user_id", "integer"), Column.of("code", "text"));
    ForeignKey fk = ForeignKey.of("fk_orders_user", "user_id", "users", "id");
    UniqueConstraint unique = UniqueConstraint.of("uq_orders_code", "code");
    Index index = Index.of("ix_orders_code", "code");
    DatabaseSchema before =
        DatabaseSchema.builder()
            .table(USERS)
            .table(orders.withForeignKey(fk).withUnique(unique).withIndex(index))
            .build();
    Index nullsFirst =
        new Index(
            "ix_orders_code",
            List.of(IndexKey.column("code").nulls(IndexKey.Nulls.FIRST)),
            false,
            null,
            null,
            List.of());
    DatabaseSchema after =
        DatabaseSchema.builder()
            .table(USERS)
            .table(
                orders
                    .withForeignKey(fk.match(ForeignKey.Match.FULL).deferrable(true))
                    .withUnique(unique.including("user_id").withNullsNotDistinct())
                    .withIndex(nullsFirst))
            .build();

    SchemaDiff diff = SchemaDiffer.diff(before, after);

    assertThat(kinds(diff))
        .containsExactly(
            "DropConstraint",
            "DropConstraint",
            "DropIndex",
            "AddConstraint",
            "CreateIndex",
            "AddConstraint");
    assertThat(diff.unexpressed()).isEmpty();
    assertThat(diff.changes())
        .contains(
            new AddConstraint("orders", fk.match(ForeignKey.Match.FULL).deferrable(true)),
            new AddConstraint("orders", unique.including("user_id").withNullsNotDistinct()),
            new CreateIndex("orders", nullsFirst, false));
  }
}
