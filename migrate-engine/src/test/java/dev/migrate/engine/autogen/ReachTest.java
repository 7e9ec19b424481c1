package dev.migrate.engine.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.database.SubsetRead;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.ReferentialAction;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.SqlType;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.TableSubset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tables a revision can reach: those its changes name, those that differ, their referrers. */
class ReachTest {
  private static final Table PARENT =
      Table.of("parent").withColumn(Column.of("id", "int").notNull());
  private static final Table CHILD =
      Table.of("child")
          .withColumn(Column.of("parent_id", "int"))
          .withForeignKey(
              new ForeignKey(
                  "fk_child_parent",
                  List.of("parent_id"),
                  "parent",
                  List.of("id"),
                  ReferentialAction.NO_ACTION,
                  ReferentialAction.NO_ACTION));
  private static final Table ALONE = Table.of("alone").withColumn(Column.of("id", "int"));

  @Test
  void aChangedTableReachesTheTablesWhoseForeignKeysReferenceItAndNoOthers() {
    DatabaseSchema current = schema(PARENT, CHILD, ALONE);
    DatabaseSchema desired = schema(PARENT.withColumn(Column.of("name", "text")), CHILD, ALONE);

    TableSubset reach = Reach.of(Comparison.of(current, desired, Renames.of(List.of())));

    assertThat(reach.names()).isEqualTo(Set.of("parent", "child"));
  }

  @Test
  void aNewTableWithAForeignKeyReachesItselfOnly() {
    DatabaseSchema current = schema(PARENT, ALONE);
    DatabaseSchema desired = schema(PARENT, CHILD, ALONE);

    TableSubset reach = Reach.of(Comparison.of(current, desired, Renames.of(List.of())));

    assertThat(reach.names()).isEqualTo(Set.of("child"));
  }

  @Test
  void aChangeThatIsNotATablesReachesEveryTable() {
    DatabaseSchema current = schema(PARENT, ALONE);
    DatabaseSchema desired =
        schema(PARENT, ALONE).toBuilder()
            .sequence(
                new Sequence("numbers", SqlType.parse("bigint"), 1L, 1L, 1L, 1000L, false, null))
            .build();

    TableSubset reach = Reach.of(Comparison.of(current, desired, Renames.of(List.of())));

    assertThat(reach.isAll()).isTrue();
  }

  private static DatabaseSchema schema(Table... tables) {
    DatabaseSchema.Builder schema = DatabaseSchema.builder();
    for (Table table : tables) {
      schema.table(table);
    }
    return schema.build();
  }

  @Test
  void aTableMadeOrDroppedOutsideTheReadTablesFailsTheProof() {
    DatabaseSchema expected = schema(PARENT, CHILD, ALONE);
    TableSubset reach = TableSubset.of(Set.of("parent", "child"));
    TableFilter everything = TableFilter.of(List.of(), List.of());
    DatabaseSchema covered = expected.onlyTables(reach);

    // A statement that left a table behind, and one that dropped a table it should not have.
    SubsetRead leftBehind =
        new SubsetRead(covered, reach, Set.of("parent", "child", "alone", "parent_tmp"));
    SubsetRead dropped = new SubsetRead(covered, reach, Set.of("parent", "child"));

    assertThat(Proof.tablesOutside("after the upgrade, ", leftBehind, expected, everything))
        .containsExactly("after the upgrade, table parent_tmp is there but should not be");
    assertThat(Proof.tablesOutside("after the downgrade, ", dropped, expected, everything))
        .containsExactly("after the downgrade, table alone is missing");
    // Tables the filter leaves to others are theirs, and a complete read has nothing outside.
    assertThat(
            Proof.tablesOutside(
                "", leftBehind, expected, TableFilter.of(List.of(), List.of("*_tmp"))))
        .isEmpty();
    assertThat(
            Proof.tablesOutside(
                "",
                new SubsetRead(expected, TableSubset.all(), expected.tables().keySet()),
                expected,
                everything))
        .isEmpty();
  }
}
