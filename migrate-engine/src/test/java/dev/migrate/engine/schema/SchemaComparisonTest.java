package dev.migrate.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The attributes SchemaComparison compares, each reported as data when it alone differs. */
class SchemaComparisonTest {
  private static final Table USERS =
      Table.of("users", Column.of("id", "integer").notNull(), Column.of("name", "varchar(50)"));
  private static final ForeignKey FK = ForeignKey.of("fk_orders_user", "user_id", "users", "id");

  private static DatabaseSchema withForeignKey(ForeignKey key) {
    return DatabaseSchema.builder()
        .table(USERS)
        .table(Table.of("orders", Column.of("user_id", "integer")).withForeignKey(key))
        .build();
  }

  private static DatabaseSchema users(Table table) {
    return DatabaseSchema.builder().table(table).build();
  }

  private static Difference changed(
      String type, String name, String attribute, String a, String b) {
    return new Difference(Difference.Change.CHANGED, new ObjectRef(type, name), attribute, a, b);
  }

  private static final String FK_TEXT =
      "(user_id) references users (id) on update null on delete null";

  @Test
  void aForeignKeysMatchTypeIsCompared() {
    assertThat(
            SchemaComparison.compare(
                withForeignKey(FK.match(ForeignKey.Match.FULL)), withForeignKey(FK)))
        .containsExactly(
            changed(
                "foreign key",
                "fk_orders_user on orders",
                "definition",
                FK_TEXT + " match full",
                FK_TEXT));
  }

  @Test
  void aForeignKeysDeferralIsCompared() {
    assertThat(
            SchemaComparison.compare(
                withForeignKey(FK.deferrable(true)), withForeignKey(FK.deferrable(false))))
        .containsExactly(
            changed(
                "foreign key",
                "fk_orders_user on orders",
                "definition",
                FK_TEXT + " deferrable initially deferred",
                FK_TEXT + " deferrable"));
    assertThat(SchemaComparison.compare(withForeignKey(FK), withForeignKey(FK.deferrable(false))))
        .extracting(Difference::actual)
        .containsExactly(FK_TEXT + " deferrable");
  }

  @Test
  void aUniqueConstraintsIncludeAndNullsAreCompared() {
    UniqueConstraint unique = UniqueConstraint.of("uq_users_id", "id");

    assertThat(
            SchemaComparison.compare(
                users(USERS.withUnique(unique.including("name").withNullsNotDistinct())),
                users(USERS.withUnique(unique))))
        .containsExactly(
            changed(
                "unique constraint", "uq_users_id on users", "nulls", "not distinct", "distinct"),
            changed("unique constraint", "uq_users_id on users", "include", "(name)", "NULL"));
  }

  @Test
  void anIndexKeysCollationOperatorClassOrderAndNullsOrderAreCompared() {
    Index plain = Index.of("ix_users_name", "name");
    Index ordered =
        new Index(
            "ix_users_name",
            List.of(
                IndexKey.column("name")
                    .collate("\"C\"")
                    .opclass("text_pattern_ops")
                    .desc()
                    .nulls(IndexKey.Nulls.LAST)),
            false,
            null,
            null,
            List.of());

    assertThat(
            SchemaComparison.compare(
                users(USERS.withIndex(ordered)), users(USERS.withIndex(plain))))
        .containsExactly(
            changed(
                "index",
                "ix_users_name on users",
                "columns",
                "(name collate \"C\" text_pattern_ops desc nulls last)",
                "(name)"));
  }

  @Test
  void aUniqueIndexsNullsAreCompared() {
    Index index = Index.of("ix_users_name", "name");

    assertThat(
            SchemaComparison.compare(
                users(USERS.withIndex(index.asUniqueNullsNotDistinct())),
                users(USERS.withIndex(index.asUnique()))))
        .containsExactly(
            changed("index", "ix_users_name on users", "nulls", "not distinct", "NULL"));
  }

  @Test
  void anIndexsStorageParametersAreCompared() {
    Index index = Index.of("ix_users_name", "name");

    assertThat(
            SchemaComparison.compare(
                users(USERS.withIndex(index.with("fillfactor=70"))), users(USERS.withIndex(index))))
        .containsExactly(
            changed(
                "index",
                "ix_users_name on users",
                "storage parameters",
                "(fillfactor=70)",
                "NULL"));
  }

  @Test
  void anIdentitysKindIsCompared() {
    Table always = Table.of("users", Column.of("id", "integer").withIdentity(Identity.ALWAYS));
    Table byDefault = Table.of("users", Column.of("id", "integer").asIdentity());

    assertThat(SchemaComparison.compare(users(always), users(byDefault)))
        .containsExactly(changed("column", "users.id", "identity", "always", "by default"));
  }

  @Test
  void aSerialAndTheSequenceItOwnsAreOneColumn() {
    Sequence sequence =
        new Sequence("users_id_seq", SqlType.of("integer"), 1L, 1L, 1L, 2147483647L, false)
            .ownedBy("users.id");
    DatabaseSchema serial =
        DatabaseSchema.builder()
            .table(Table.of("users", Column.of("id", "integer").withIdentity(Identity.SERIAL)))
            .sequence(sequence)
            .build();
    DatabaseSchema identity =
        DatabaseSchema.builder()
            .table(Table.of("users", Column.of("id", "integer").asIdentity()))
            .sequence(sequence)
            .build();
    DatabaseSchema plain =
        DatabaseSchema.builder().table(Table.of("users", Column.of("id", "integer"))).build();
    String text =
        "users_id_seq (integer, start 1, increment 1, minimum 1, maximum 2147483647, no cycle)";

    assertThat(serial.columnSequences()).containsOnlyKeys("users.id");
    assertThat(SchemaComparison.compare(serial, identity))
        .containsExactly(changed("column", "users.id", "identity", "serial", "by default"));
    assertThat(SchemaComparison.compare(serial, plain))
        .containsExactly(
            changed("column", "users.id", "identity", "serial", "no"),
            changed("column", "users.id", "sequence", text, "NULL"));
    assertThat(
            SchemaComparison.compare(
                serial,
                serial.toBuilder()
                    .sequence(
                        new Sequence(
                                "users_id_seq",
                                SqlType.of("integer"),
                                5L,
                                1L,
                                1L,
                                2147483647L,
                                false)
                            .ownedBy("users.id"))
                    .build()))
        .containsExactly(
            changed("column", "users.id", "sequence", text, text.replace("start 1", "start 5")));
  }

  @Test
  void aSequenceOwnedByAPlainColumnIsItsOwnObjectWithItsOwner() {
    Sequence numbers = Sequence.of("numbers", 1).ownedBy("users.id");
    DatabaseSchema owned = users(USERS).toBuilder().sequence(numbers).build();
    DatabaseSchema free = users(USERS).toBuilder().sequence(numbers.ownedBy(null)).build();

    assertThat(owned.columnSequences()).isEmpty();
    assertThat(SchemaComparison.compare(owned, free))
        .containsExactly(changed("sequence", "numbers", "owner", "users.id", "NULL"));
  }
}
