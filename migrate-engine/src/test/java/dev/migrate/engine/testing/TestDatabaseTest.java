package dev.migrate.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TestDatabaseTest {

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void createsAUsableDatabaseAndDropsIt(String database) {
    String name;
    try (TestDatabase db = TestDatabase.create(database)) {
      name = db.name();
      db.execute("CREATE TABLE probe (id INT PRIMARY KEY)", "INSERT INTO probe VALUES (7)");
      assertThat(db.strings("SELECT id FROM probe")).containsExactly("7");
      assertThat(db.tableExists("probe")).isTrue();
      assertThat(db.tableExists("nothing_here")).isFalse();
    }
    try (TestDatabase other = TestDatabase.create(database)) {
      assertThat(other.name()).isNotEqualTo(name);
      assertThat(other.tableExists("probe")).isFalse();
    }
  }
}
