package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.Applied;
import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code current --verbose} and {@code history --verbose} say when, by whom and how long each
 * applied revision took, from the history table, as Flyway's {@code info} does.
 */
class AppliedDetailsTest {
  @TempDir Path dir;

  private static final String APPLIED =
      "Applied: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d by \\S+ in \\d+ ms";

  @Test
  void currentAndHistoryCarryTheAppliedDetailsOfAppliedRevisionsOnly() throws Exception {
    Scripts scripts = new Scripts(dir);
    scripts.table("a1", null, null);
    scripts.table("b2", "a1", null);
    scripts.table("c3", "b2", null);
    try (TestDatabase db = TestDatabase.h2()) {
      Migrator migrator = Migrator.create(db.config().locations(scripts.location()).build());
      Instant before = Instant.now().minusSeconds(2);
      migrator.upgrade("b2");

      assertThat(migrator.current())
          .singleElement()
          .satisfies(e -> assertThat(e.applied()).isNull());
      RevisionEntry current = migrator.current(true).get(0);
      assertThat(current.id()).isEqualTo("b2");
      Applied applied = current.applied();
      assertThat(applied.stamped()).isFalse();
      assertThat(applied.by()).isEqualToIgnoringCase(db.user());
      assertThat(applied.at()).isAfter(before).isBefore(Instant.now().plusSeconds(2));
      assertThat(applied.executionMillis()).isNotNull().isNotNegative();
      String verbose = current.verbose();
      assertThat(verbose.lines().toList())
          .containsSubsequence("Rev: b2 (current)", "Parent: a1")
          .anySatisfy(line -> assertThat(line).matches(APPLIED));
      // Right after the path, the Alembic layout otherwise unchanged.
      List<String> lines = verbose.lines().toList();
      assertThat(
              lines.get(
                  lines.indexOf(
                          "Applied: "
                              + applied
                                  .line(ZoneId.systemDefault())
                                  .substring("Applied: ".length()))
                      - 1))
          .startsWith("Path: ");

      List<RevisionEntry> history = migrator.history(null, false, true);
      assertThat(history).extracting(RevisionEntry::id).containsExactly("c3", "b2", "a1");
      assertThat(history.get(0).applied()).isNull();
      assertThat(history.get(0).verbose()).doesNotContain("Applied:");
      assertThat(history.get(1).applied()).isNotNull();
      assertThat(history.get(2).applied()).isNotNull();
      assertThat(migrator.history(null, false)).allSatisfy(e -> assertThat(e.applied()).isNull());

      // Downgraded: no longer applied. Stamped: said so, with no duration.
      migrator.downgrade("-1");
      assertThat(migrator.history(null, false, true))
          .filteredOn(e -> e.applied() != null)
          .extracting(RevisionEntry::id)
          .containsExactly("a1");
      migrator.stamp(List.of("c3"), false);
      RevisionEntry stamped = migrator.current(true).get(0);
      assertThat(stamped.applied().stamped()).isTrue();
      assertThat(stamped.verbose())
          .containsPattern("Stamped: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d by \\S+\\n")
          .doesNotContain(" ms\n");
      assertThat(migrator.history(null, false, true).get(2).applied().stamped()).isFalse();
    }
  }

  @Test
  void appliedLineIsInLocalTimeToTheSecond() {
    Applied applied = new Applied(false, Instant.parse("2025-09-16T12:03:27.812Z"), "app ", 41L);
    assertThat(applied.line(ZoneId.of("Europe/Berlin")))
        .isEqualTo("Applied: 2025-09-16T14:03:27 by app in 41 ms");
    assertThat(
            new Applied(true, Instant.parse("2025-09-16T12:03:27Z"), "app", null)
                .line(ZoneId.of("UTC")))
        .isEqualTo("Stamped: 2025-09-16T12:03:27 by app");
    assertThat(
            new Applied(false, Instant.parse("2025-09-16T12:03:27Z"), null, null)
                .line(ZoneId.of("UTC")))
        .isEqualTo("Applied: 2025-09-16T12:03:27");
  }

  @Test
  void currentOfAProjectWithNoScriptsYetIsNoRevision() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("none"));
    try (TestDatabase db = TestDatabase.h2()) {
      Migrator migrator =
          Migrator.create(db.config().locations("filesystem:" + empty.toAbsolutePath()).build());
      assertThat(migrator.current()).isEmpty();
      assertThat(migrator.current(true)).isEmpty();
    }
  }
}
