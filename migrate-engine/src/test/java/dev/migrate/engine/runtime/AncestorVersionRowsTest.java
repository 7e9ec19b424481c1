package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.testing.Reporters;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Taking over an Alembic database whose {@code alembic_version} holds a row that is an ancestor of
 * another row (Alembic can leave such rows; its {@code current} leaves them out, its {@code
 * upgrade} refuses them): the rows are read as Alembic's {@code current} reads them, and the next
 * write deletes the redundant row.
 */
class AncestorVersionRowsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void theAncestorRowIsLeftOutWhenReadAndDeletedByTheNextWrite(String database) {
    Scripts scripts = new Scripts(dir);
    scripts.table("a1", null, null);
    scripts.table("b2", "a1", null);
    scripts.table("c3", "b2", null);
    try (TestDatabase db = TestDatabase.create(database)) {
      List<String> lines = new ArrayList<>();
      MigrateConfig config =
          db.config()
              .locations(scripts.location())
              .versionTable("alembic_version")
              .reporter(Reporters.into(lines))
              .build();
      Migrator migrator = Migrator.create(config);
      migrator.upgrade("b2");
      // What Alembic leaves behind: b2 and its ancestor a1.
      db.execute("INSERT INTO alembic_version (version_num) VALUES ('a1')");
      assertThat(db.strings("SELECT version_num FROM alembic_version"))
          .containsExactlyInAnyOrder("a1", "b2");

      assertThat(migrator.current()).extracting(RevisionEntry::id).containsExactly("b2");
      assertThat(migrator.history("current:", false)).extracting(RevisionEntry::id).contains("c3");
      assertThat(migrator.validate().ok()).isTrue();
      // Reading changes nothing.
      assertThat(db.strings("SELECT version_num FROM alembic_version"))
          .containsExactlyInAnyOrder("a1", "b2");

      lines.clear();
      migrator.upgrade("heads");
      assertThat(lines)
          .contains(
              "Deleting redundant version row a1: each is an ancestor of another row, which says"
                  + " it is applied already (Alembic can leave such rows)")
          .contains("Running upgrade b2 -> c3, create c3")
          .noneMatch(line -> line.contains("-> a1") || line.contains("-> b2,"));
      assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("c3");
      assertThat(db.tableExists("t_c3")).isTrue();
      // The history row of the write that tidied says what the table held before it.
      assertThat(db.strings("SELECT heads_before FROM migrate_history WHERE revision = 'c3'"))
          .singleElement()
          .satisfies(before -> assertThat(before.split(",")).containsExactlyInAnyOrder("a1", "b2"));

      // A downgrade tidies the same way, and runs only what the non-ancestor row says is applied.
      db.execute("INSERT INTO alembic_version (version_num) VALUES ('b2')");
      lines.clear();
      migrator.downgrade("-1");
      assertThat(lines).contains("Running downgrade c3 -> b2, create c3");
      assertThat(db.strings("SELECT version_num FROM alembic_version")).containsExactly("b2");
      assertThat(db.tableExists("t_c3")).isFalse();
      assertThat(db.tableExists("t_b2")).isTrue();
    }
  }
}
