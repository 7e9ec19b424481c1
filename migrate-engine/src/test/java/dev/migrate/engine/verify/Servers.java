package dev.migrate.engine.verify;

import dev.migrate.engine.testing.TestServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Scratch databases on the test servers, for the verify tests ({@link TestServers} decides). */
final class Servers {
  private Servers() {}

  static ScratchDatabase postgres() {
    return TestServers.scratch("postgresql");
  }

  static ScratchDatabase mariadb() {
    return TestServers.scratch("mariadb");
  }

  static ScratchDatabase h2() {
    return TestServers.scratch("h2");
  }

  static void execute(ScratchDatabase db, List<String> statements) {
    try (Connection connection = db.connect();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
