package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.RevisionEntry;
import dev.migrate.engine.RunResult;
import dev.migrate.engine.testing.TestDatabase;
import dev.migrate.engine.testing.TestDatabase.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The facade's commands over real scripts and real databases. */
class MigratorTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void upgradeDowngradeAndStampOverBranchesMergeAndDependency(Kind kind) {
    Scripts scripts = new Scripts(dir).branchesMergeAndDependency();
    try (TestDatabase db = TestDatabase.create(kind)) {
      List<String> lines = new ArrayList<>();
      Migrator migrator =
          Migrator.create(
              db.config().locations(scripts.location()).reporter(Reporters.into(lines)).build());

      assertThat(migrator.current()).isEmpty();
      assertThat(db.tableExists("migrate_version")).as("current creates nothing").isFalse();

      RunResult up = migrator.upgrade("heads");
      assertThat(up.steps()).hasSize(6);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("e");
      for (String id : List.of("a", "b", "c1", "c2", "d2", "e")) {
        assertThat(db.tableExists("t_" + id)).as(id).isTrue();
      }
      assertThat(lines).contains("Running upgrade c1, d2 -> e, create e");
      assertThat(migrator.current()).extracting(RevisionEntry::id).containsExactly("e");
      assertThat(migrator.heads()).extracting(RevisionEntry::id).containsExactly("e");
      assertThat(migrator.branches())
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.point().id()).isEqualTo("b");
                assertThat(b.children())
                    .extracting(RevisionEntry::id)
                    .containsExactlyInAnyOrder("c1", "c2");
              });
      List<RevisionEntry> history = migrator.history(null, true);
      assertThat(history).extracting(RevisionEntry::id).first().isEqualTo("e");
      assertThat(history).hasSize(6);
      assertThat(history.get(0).historyLine())
          .isEqualTo("c1, d2 -> e (one, two) (head) (current) (mergepoint), create e");
      assertThat(migrator.show("current")).extracting(RevisionEntry::id).containsExactly("e");
      assertThat(migrator.status().upToDate()).isTrue();
      assertThat(migrator.check().ok()).isTrue();

      migrator.downgrade("-1");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("d2");
      assertThat(db.tableExists("t_e")).isFalse();
      assertThat(migrator.status().pending()).containsExactly("e");

      migrator.downgrade("b");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("b");
      assertThat(db.tableExists("t_c1")).isFalse();
      assertThat(db.tableExists("t_b")).isTrue();

      migrator.downgrade("base");
      assertThat(db.strings("SELECT version_num FROM migrate_version")).isEmpty();
      assertThat(db.tableExists("t_a")).isFalse();

      migrator.stamp(List.of("heads"), false);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("e");
      assertThat(db.tableExists("t_e")).as("stamp runs no script").isFalse();

      db.execute("INSERT INTO migrate_version (version_num) VALUES ('zzz_unknown')");
      assertThat(migrator.validate().problems()).singleElement().asString().contains("zzz_unknown");
      migrator.stamp(List.of("c1"), true);
      assertThat(db.strings("SELECT version_num FROM migrate_version")).containsExactly("c1");
      assertThat(db.number("SELECT COUNT(*) FROM migrate_history WHERE direction = 'stamp'"))
          .isPositive();
    }
  }
}
