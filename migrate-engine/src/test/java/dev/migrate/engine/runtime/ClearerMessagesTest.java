package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.UnknownRevisionException;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Messages that say what was attempted: relative upgrades, unknown stamps, an empty project. */
class ClearerMessagesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void aRelativeUpgradeTooFarSaysHowManyArePending(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("a", null, null);
    scripts.table("b", "a", null);
    scripts.table("c", "b", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      migrator.upgrade("a");
      assertThatThrownBy(() -> migrator.upgrade("+10"))
          .isInstanceOf(InvalidTargetException.class)
          .hasMessageContaining("Relative revision +10 didn't produce 10 migrations")
          .hasMessageEndingWith("only 2 are pending");
      migrator.upgrade("heads");
      assertThatThrownBy(() -> migrator.upgrade("+10"))
          .hasMessageEndingWith("nothing is pending, the database is at the head");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("c");
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void stampOfAnUnknownIdNamesItAsARevisionNotABranch(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("a1b2c3", null, null);
    try (TestDatabase db = TestDatabase.create(database)) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      assertThatThrownBy(() -> migrator.stamp(List.of("zzz"), false))
          .isInstanceOf(UnknownRevisionException.class)
          .hasMessageContaining("Can't locate revision identified by 'zzz'")
          .message()
          .doesNotContain("branch:")
          .doesNotContain("please ensure");
      assertThat(db.tableExists("migrate_version")).isFalse();
      // One character of a longer id is a prefix, as the message says.
      migrator.stamp(List.of("a"), false);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("a1b2c3");
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void currentOnAProjectWithoutScriptsIsNoRevisions(String database) throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    try (TestDatabase db = TestDatabase.create(database)) {
      assertThat(Migrator.create(db.config().locations("filesystem:" + empty).build()).current())
          .isEmpty();
      assertThat(
              Migrator.create(db.config().locations("filesystem:" + dir.resolve("none")).build())
                  .current())
          .isEmpty();
      // A malformed location is still an error, and so is a database whose rows no script knows.
      assertThatThrownBy(
              () -> Migrator.create(db.config().locations("nowhere:x").build()).current())
          .isInstanceOf(MigrateException.class);
      db.execute("CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL)");
      db.execute("INSERT INTO migrate_version VALUES ('f00d')");
      assertThatThrownBy(
              () -> Migrator.create(db.config().locations("filesystem:" + empty).build()).current())
          .hasMessageContaining("f00d");
    }
  }
}
