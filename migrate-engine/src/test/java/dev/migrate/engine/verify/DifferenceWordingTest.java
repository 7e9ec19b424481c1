package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Grant;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.SchemaComparison;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How verify words the differences between the schema expected and the schema found. */
class DifferenceWordingTest {

  private static List<String> sentences(DatabaseSchema expected, DatabaseSchema actual) {
    return SchemaComparison.compare(expected, actual).stream().map(Verifier::describe).toList();
  }

  private static Table users(Column... columns) {
    return Table.of("users", columns);
  }

  private static Column email() {
    return Column.of("email", "varchar(10)");
  }

  @Test
  void equalSchemasHaveNoDifferencesWhateverTheOrderTheyWereBuiltIn() {
    DatabaseSchema a =
        DatabaseSchema.builder().table(users(email())).table(Table.of("orders")).build();
    DatabaseSchema b =
        DatabaseSchema.builder().table(Table.of("orders")).table(users(email())).build();

    assertThat(a).isEqualTo(b);
    assertThat(sentences(a, b)).isEmpty();
  }

  @Test
  void aTableThatIsStillThereHidesItsColumns() {
    DatabaseSchema actual = DatabaseSchema.builder().table(users(email())).build();

    assertThat(sentences(DatabaseSchema.empty(), actual))
        .containsExactly("table users is still there");
  }

  @Test
  void aChangedPropertyNamesOldAndNewValue() {
    DatabaseSchema expected =
        DatabaseSchema.builder()
            .table(users(Column.of("status", "varchar(10)").defaultValue("'new'")))
            .build();
    DatabaseSchema actual =
        DatabaseSchema.builder().table(users(Column.of("status", "varchar(10)"))).build();

    assertThat(sentences(expected, actual))
        .containsExactly("default of column users.status changed from 'new' to NULL");
  }

  @Test
  void missingAndExtraObjectsAreNamed() {
    DatabaseSchema expected =
        DatabaseSchema.builder()
            .table(users().withIndex(Index.of("ix_users_email", "email")))
            .build();
    DatabaseSchema actual = DatabaseSchema.builder().table(users(email())).build();

    assertThat(sentences(expected, actual))
        .containsExactly(
            "column users.email is still there", "index ix_users_email on users is missing");
  }

  @Test
  void longDefinitionsAreShortenedToOneLine() {
    DatabaseSchema before =
        DatabaseSchema.builder().view(View.of("v", "SELECT\n  a\nFROM t")).build();
    DatabaseSchema after = DatabaseSchema.builder().view(View.of("v", "x".repeat(300))).build();

    String text = sentences(before, after).get(0);

    assertThat(text).startsWith("definition of view v changed from SELECT a FROM t to xxx");
    assertThat(text).endsWith("...").hasSizeLessThan(260);
  }

  private static Grant select(String object, boolean grantable) {
    return new Grant("table", object, null, "reader", "SELECT", grantable);
  }

  @Test
  void grantsAreNamedByPrivilegeObjectAndGrantee() {
    DatabaseSchema expected =
        DatabaseSchema.builder()
            .table(users(email()))
            .grant(new Grant("table", "users", "email", "editor", "UPDATE", false))
            .build();
    DatabaseSchema actual =
        DatabaseSchema.builder()
            .table(users(email()))
            .grant(select("users", false))
            .grant(new Grant("sequence", "users_seq", null, "PUBLIC", "USAGE", false))
            .build();

    assertThat(sentences(expected, actual))
        .containsExactly(
            "grant SELECT on table users to reader is still there",
            "grant UPDATE (email) on table users to editor is missing",
            "grant USAGE on sequence users_seq to PUBLIC is still there");
  }

  @Test
  void aChangedGrantOptionIsNamed() {
    DatabaseSchema expected =
        DatabaseSchema.builder().table(users()).grant(select("users", true)).build();
    DatabaseSchema actual =
        DatabaseSchema.builder().table(users()).grant(select("users", false)).build();

    assertThat(sentences(expected, actual))
        .containsExactly(
            "grant option of grant SELECT on table users to reader changed from yes to no");
  }

  @Test
  void aTableThatIsStillThereHidesItsGrantsButAGrantOnAGoneTableIsNamed() {
    DatabaseSchema actual =
        DatabaseSchema.builder()
            .table(users(email()))
            .grant(select("users", false))
            .grant(select("orders", false))
            .build();

    assertThat(sentences(DatabaseSchema.empty(), actual))
        .containsExactly(
            "grant SELECT on table orders to reader is still there", "table users is still there");
  }

  @Test
  void tableAndColumnCommentsAreCompared() {
    DatabaseSchema expected =
        DatabaseSchema.builder()
            .table(users(email().comment("where to write")).withComment("people"))
            .build();
    DatabaseSchema actual = DatabaseSchema.builder().table(users(email())).build();

    assertThat(sentences(expected, actual))
        .containsExactly(
            "comment of column users.email changed from where to write to NULL",
            "comment of table users changed from people to NULL");
  }
}
