package dev.migrate.engine.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.testing.TestDatabase;
import dev.migrate.engine.testing.TestDatabase.Kind;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DialectsTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void detectsTheDatabaseFromItsMetadata(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind);
        Connection c = db.connect()) {
      Dialect dialect = Dialects.detect(c);
      assertThat(dialect.name()).isEqualTo(db.dialectName());
      assertThat(dialect.transactionalDdl()).isEqualTo(kind == Kind.POSTGRESQL);
    }
  }

  @Test
  void picksByNameForOfflineRendering() {
    assertThat(Dialects.forName("postgresql").kind()).isEqualTo(DatabaseKind.POSTGRESQL);
    assertThat(Dialects.forName("MySQL").kind()).isEqualTo(DatabaseKind.MYSQL);
    assertThat(Dialects.forName("mariadb").quote("migrate_version")).isEqualTo("`migrate_version`");
    assertThat(Dialects.forName("h2").quote("migrate_version")).isEqualTo("\"MIGRATE_VERSION\"");
    assertThat(Dialects.forName("mariadb").literal("it's a \\ test"))
        .isEqualTo("'it''s a \\\\ test'");
    assertThatThrownBy(() -> Dialects.forName("oracle"))
        .hasMessageContaining("postgresql, mariadb, mysql or h2");
  }
}
