package dev.migrate.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestDatabaseTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void createsAUsableDatabaseAndDropsIt(TestDatabase.Kind kind) {
    String name;
    try (TestDatabase db = TestDatabase.create(kind)) {
      name = db.name();
      db.execute("CREATE TABLE probe (id INT PRIMARY KEY)", "INSERT INTO probe VALUES (7)");
      assertThat(db.strings("SELECT id FROM probe")).containsExactly("7");
      assertThat(db.tableExists("probe")).isTrue();
      assertThat(db.tableExists("nothing_here")).isFalse();
    }
    try (TestDatabase other = TestDatabase.create(kind)) {
      assertThat(other.name()).isNotEqualTo(name);
      assertThat(other.tableExists("probe")).isFalse();
    }
  }
}
