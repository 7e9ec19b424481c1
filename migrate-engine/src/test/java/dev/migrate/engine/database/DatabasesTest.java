package dev.migrate.engine.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.common.DatabaseKind;
import dev.migrate.engine.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabasesTest {

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void detectsTheDatabaseFromItsMetadata(String database) throws Exception {
    try (TestDatabase db = TestDatabase.create(database);
        Connection c = db.connect()) {
      Dialect dialect = Databases.detect(c);
      assertThat(dialect.name()).isEqualTo(db.dialectName());
      assertThat(dialect.transactionalDdl())
          .isEqualTo(database.equals("postgresql") || database.equals("sqlite"));
    }
  }

  @Test
  void picksByNameForOfflineRendering() {
    assertThat(Databases.forName("postgresql").kind()).isEqualTo(DatabaseKind.POSTGRESQL);
    assertThat(Databases.forName("MySQL").kind()).isEqualTo(DatabaseKind.MYSQL);
    assertThat(Databases.forName("mariadb").quote("migrate_version"))
        .isEqualTo("`migrate_version`");
    assertThat(Databases.forName("h2").quote("migrate_version")).isEqualTo("\"MIGRATE_VERSION\"");
    assertThat(Databases.forName("mariadb").literal("it's a \\ test"))
        .isEqualTo("'it''s a \\\\ test'");
    assertThatThrownBy(() -> Databases.forName("oracle"))
        .hasMessageContaining("postgresql, mariadb, mysql, h2 or sqlite");
  }
}
