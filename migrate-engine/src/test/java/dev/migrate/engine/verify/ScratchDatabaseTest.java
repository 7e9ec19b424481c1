package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.testing.TestServers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ScratchDatabaseTest {

  @Test
  void postgresScratchDatabaseIsCreatedUniquelyAndDroppedOnClose() throws SQLException {
    String name;
    try (ScratchDatabase first = Servers.postgres();
        ScratchDatabase second = Servers.postgres()) {
      name = first.name();
      assertThat(first.name()).startsWith("migrate_verify_").isNotEqualTo(second.name());
      assertThat(first.url()).contains("/" + name).doesNotContain("/test");
      assertThat(postgresDatabaseExists(name)).isTrue();
      // An open connection does not keep the database from being dropped.
      first.connect();
    }
    assertThat(postgresDatabaseExists(name)).isFalse();
  }

  @Test
  void mariadbScratchDatabaseIsDroppedOnClose() throws SQLException {
    String name;
    try (ScratchDatabase db = Servers.mariadb()) {
      name = db.name();
      try (Connection connection = db.connect()) {
        assertThat(connection.getCatalog()).isEqualTo(name);
      }
    }
    try (Connection connection = TestServers.connectOrSkip(TestServers.server("mariadb"));
        ResultSet rs = connection.getMetaData().getCatalogs()) {
      while (rs.next()) {
        assertThat(rs.getString(1)).isNotEqualTo(name);
      }
    }
  }

  @Test
  void h2ScratchKeepsTheCompatibilitySettingsOfTheConfiguredUrl() throws SQLException {
    try (ScratchDatabase db =
        ScratchDatabase.create(
            "jdbc:h2:file:./target/app;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
            null,
            null)) {
      assertThat(db.url())
          .startsWith("jdbc:h2:mem:migrate_verify_")
          .contains(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
          .doesNotContain("AUTO_SERVER")
          .doesNotContain("file:");
      try (Connection connection = db.connect()) {
        connection.createStatement().execute("CREATE TABLE Users (id INT)");
        try (ResultSet rs = connection.getMetaData().getTables(null, null, "users", null)) {
          assertThat(rs.next()).isTrue();
        }
      }
    }
  }

  @Test
  void anUnsupportedServerIsAnErrorWithoutThePassword() {
    assertThatThrownBy(
            () -> ScratchDatabase.create("jdbc:sqlserver://db;password=hunter2", "sa", "x"))
        .isInstanceOf(MigrateException.class)
        .hasMessageContaining("cannot on jdbc:sqlserver://db;password=****")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void anUnreachableServerIsAnErrorNamingTheScratchDatabase() {
    assertThatThrownBy(
            () ->
                ScratchDatabase.create(
                    "jdbc:postgresql://127.0.0.1:1/test?connectTimeout=1", "u", "secret"))
        .isInstanceOf(MigrateException.class)
        .hasMessageStartingWith("Could not create the scratch database migrate_verify_")
        .hasMessageNotContaining("secret");
  }

  private static boolean postgresDatabaseExists(String name) throws SQLException {
    try (Connection connection = TestServers.connectOrSkip(TestServers.server("postgresql"));
        var ps = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
