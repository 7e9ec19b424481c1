package dev.migrate.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TableProbeTest {

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void findsExactlyTheNamedTableInTheCurrentOrGivenSchema(String database) throws Exception {
    try (TestDatabase db = TestDatabase.create(database)) {
      // A name that the unescaped LIKE pattern migrate_version would also match.
      db.execute("CREATE TABLE migrateXversion (id INT PRIMARY KEY)");
      try (Connection connection = db.connect()) {
        Dialect dialect = Databases.detect(connection);
        assertThat(TableProbe.exists(connection, dialect, null, "migrate_version")).isFalse();
        db.execute("CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL)");
        assertThat(TableProbe.exists(connection, dialect, null, "migrate_version")).isTrue();
        assertThat(TableProbe.exists(connection, dialect, null, "migrate_history")).isFalse();
        String current =
            connection.getSchema() != null
                ? connection.getSchema()
                : db.is("sqlite") ? "main" : db.name();
        assertThat(TableProbe.exists(connection, dialect, current, "migrate_version")).isTrue();
        assertThat(TableProbe.exists(connection, dialect, "no_such_schema", "migrate_version"))
            .isFalse();
      }
    }
  }

  @Test
  void literalPatternsEscapeWildcardsAndTheEscape() {
    assertThat(TableProbe.literalPattern("MIGRATE_VERSION", "\\")).isEqualTo("MIGRATE\\_VERSION");
    assertThat(TableProbe.literalPattern("a%b\\c", "\\")).isEqualTo("a\\%b\\\\c");
    assertThat(TableProbe.literalPattern("PUBLIC", "\\")).isEqualTo("PUBLIC");
    assertThat(TableProbe.literalPattern(null, "\\")).isNull();
    assertThat(TableProbe.literalPattern("A_B", "")).isEqualTo("A_B");
  }
}
