package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaSnapshotTest {
  private static final SchemaObject USERS = SchemaObject.of("table", "users");

  private static SchemaObject column(String name, String defaultValue) {
    return new SchemaObject(
        "column",
        "users." + name,
        "table users",
        JdbcMetadata.props("type", "varchar(10)", "nullable", "yes", "default", defaultValue));
  }

  @Test
  void equalObjectsMakeEqualSnapshotsWhateverTheOrder() {
    SchemaSnapshot a = SchemaSnapshot.of(List.of(USERS, column("email", null)));
    SchemaSnapshot b = SchemaSnapshot.of(List.of(column("email", null), USERS));

    assertThat(a).isEqualTo(b);
    assertThat(a.differencesFrom(b)).isEmpty();
  }

  @Test
  void aTableThatIsStillThereHidesItsColumns() {
    SchemaSnapshot expected = SchemaSnapshot.of(List.of());
    SchemaSnapshot actual = SchemaSnapshot.of(List.of(USERS, column("email", null)));

    assertThat(actual.differencesFrom(expected))
        .extracting(SchemaDifference::describe)
        .containsExactly("table users is still there");
  }

  @Test
  void aChangedPropertyNamesOldAndNewValue() {
    SchemaSnapshot expected = SchemaSnapshot.of(List.of(USERS, column("status", "'new'")));
    SchemaSnapshot actual = SchemaSnapshot.of(List.of(USERS, column("status", null)));

    assertThat(actual.differencesFrom(expected))
        .extracting(SchemaDifference::describe)
        .containsExactly("default of column users.status changed from 'new' to NULL");
  }

  @Test
  void missingAndExtraObjectsAreNamed() {
    SchemaObject index =
        new SchemaObject(
            "index", "ix_users_email on users", "table users", Map.of("columns", "(email)"));
    SchemaSnapshot expected = SchemaSnapshot.of(List.of(USERS, index));
    SchemaSnapshot actual = SchemaSnapshot.of(List.of(USERS, column("email", null)));

    assertThat(actual.differencesFrom(expected))
        .extracting(SchemaDifference::describe)
        .containsExactly(
            "column users.email is still there", "index ix_users_email on users is missing");
  }

  @Test
  void longDefinitionsAreShortenedToOneLine() {
    SchemaObject before =
        new SchemaObject("view", "v", null, Map.of("definition", "SELECT\n  a\nFROM t"));
    SchemaObject after = new SchemaObject("view", "v", null, Map.of("definition", "x".repeat(300)));

    String text =
        SchemaSnapshot.of(List.of(after))
            .differencesFrom(SchemaSnapshot.of(List.of(before)))
            .get(0)
            .describe();

    assertThat(text).startsWith("definition of view v changed from SELECT a FROM t to xxx");
    assertThat(text).endsWith("...").hasSizeLessThan(260);
  }
}
