package dev.migrate.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.graph.Revision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionWriterTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-16T10:55:07Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  final List<Revision> revisions = new ArrayList<>();
  RevisionWriter writer =
      new RevisionWriter(
          new FileNameTemplate("{yyyyMMdd_HHmm}-{rev}_{slug}"),
          ScriptTemplate.builtIn(),
          CLOCK,
          new SplittableRandom(42));

  RevisionWriter.Written revision(String message) {
    return revision(new NewRevision(message, null, false, null, List.of(), null));
  }

  RevisionWriter.Written revision(NewRevision request) {
    RevisionWriter.Written written = writer.revision(revisions, request, dir);
    revisions.add(written.revision());
    return written;
  }

  @Test
  void twoRevisionsMakeALinearChain() throws Exception {
    RevisionWriter.Written first = revision("add users");
    RevisionWriter.Written second = revision("add users");

    String a = first.revision().id();
    String b = second.revision().id();
    assertThat(a).matches("[0-9a-f]{12}").isNotEqualTo(b);
    assertThat(first.path().getFileName().toString())
        .isEqualTo("20250916_1055-" + a + "_add_users.sql");
    assertThat(Files.readString(first.path()))
        .isEqualTo(
            """
            -- revision: %s
            -- message: add users
            -- create_date: 2025-09-16 10:55:07
            -- A statement that cannot run in a transaction (CREATE INDEX CONCURRENTLY)? Uncomment:
            -- -- transactional: false

            -- migrate:upgrade


            -- migrate:downgrade
            """
                .formatted(a));
    assertThat(second.revision().downRevisions()).containsExactly(a);
    assertThat(Files.readString(second.path())).contains("-- down_revision: " + a + "\n");
  }

  @Test
  void headBaseWithALabelStartsASecondBranchAndMergeJoinsTheHeads() throws Exception {
    String a = revision("add users").revision().id();
    String b = revision("add orders").revision().id();
    RevisionWriter.Written audit =
        revision(new NewRevision("audit log", "base", false, "audit", List.of(), null));

    assertThat(audit.revision().downRevisions()).isEmpty();
    assertThat(Files.readString(audit.path()))
        .contains("-- branch_labels: audit\n")
        .doesNotContain("down_revision");

    RevisionWriter.Written merge = writer.merge(revisions, List.of(), "merge", null, null, dir);
    assertThat(merge.revision().downRevisions()).containsExactly(b, audit.revision().id());
    assertThat(Files.readString(merge.path()))
        .contains("-- down_revision: " + b + ", " + audit.revision().id() + "\n")
        .contains("-- migrate:upgrade")
        .contains("-- migrate:downgrade");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void mergeKeepsArgumentOrderAndRejectsDuplicatesAndNonHeads() {
    String a = revision("root").revision().id();
    String b = revision("left").revision().id();
    String c = revision(new NewRevision("right", a, true, null, List.of(), null)).revision().id();

    assertThat(writer.merge(revisions, List.of(c, b), "m", "joined", "m1", dir).revision())
        .satisfies(
            r -> {
              assertThat(r.downRevisions()).containsExactly(c, b);
              assertThat(r.branchLabels()).containsExactly("joined");
              assertThat(r.id()).isEqualTo("m1");
            });
    assertThat(writer.merge(revisions, List.of(b + ", " + c), "m", null, null, dir).revision())
        .extracting(Revision::downRevisions)
        .isEqualTo(List.of(b, c));
    assertThatThrownBy(() -> writer.merge(revisions, List.of(b, b), "m", null, null, dir))
        .hasMessageContaining("Duplicate head revisions specified");
    assertThatThrownBy(() -> writer.merge(revisions, List.of(a, b), "m", null, null, dir))
        .hasMessageContaining("Revision " + a + " is not a head revision");
  }

  @Test
  void severalHeadsWithoutHeadIsAnErrorListingThem() {
    String a = revision("one").revision().id();
    String b =
        revision(new NewRevision("two", "base", false, "audit", List.of(), null)).revision().id();

    assertThatThrownBy(() -> revision("three"))
        .isInstanceOf(RevisionWriteException.class)
        .hasMessageContaining("Multiple heads are present")
        .hasMessageContaining(a)
        .hasMessageContaining(b + " (audit)")
        .hasMessageContaining("audit@head");
    assertThat(
            revision(new NewRevision("on audit", "audit@head", false, null, List.of(), null))
                .revision()
                .downRevisions())
        .containsExactly(b);
  }

  @Test
  void aParentThatIsNotAHeadNeedsSplice() {
    String a = revision("one").revision().id();
    revision("two");

    assertThatThrownBy(() -> revision(new NewRevision("x", a, false, null, List.of(), null)))
        .hasMessageContaining("Revision " + a + " is not a head revision")
        .hasMessageContaining("splice");
    assertThat(
            revision(new NewRevision("x", a, true, null, List.of(), null))
                .revision()
                .downRevisions())
        .containsExactly(a);
  }

  @Test
  void anExistingRevIdIsAnErrorNamingTheFileThatHasIt() {
    RevisionWriter.Written first =
        revision(new NewRevision("one", null, false, null, List.of(), "abc123"));

    assertThatThrownBy(
            () -> revision(new NewRevision("two", null, false, null, List.of(), "abc123")))
        .isInstanceOf(RevisionWriteException.class)
        .hasMessageContaining("'abc123' is already used")
        .hasMessageContaining(first.path().toString());
    assertThatThrownBy(() -> revision(new NewRevision("two", null, false, null, List.of(), "a-b")))
        .isInstanceOf(MigrateException.class)
        .hasMessageContaining("Invalid revision id 'a-b'");
    assertThatThrownBy(
            () -> revision(new NewRevision("two", null, false, null, List.of(), "x".repeat(33))))
        .hasMessageContaining("Invalid revision id");
  }

  @Test
  void aBranchLabelMustBeNew() {
    revision(new NewRevision("one", null, false, "audit", List.of(), null));
    assertThatThrownBy(
            () -> revision(new NewRevision("two", null, false, "audit", List.of(), null)))
        .hasMessageContaining("Branch label 'audit' is already used by revision");
    assertThatThrownBy(
            () -> revision(new NewRevision("two", null, false, "heads", List.of(), null)))
        .hasMessageContaining("Invalid branch label 'heads'");
  }

  @Test
  void dependsOnResolvesPrefixesAndKeepsLabels() throws Exception {
    String a =
        revision(new NewRevision("one", null, false, "core", List.of(), "aaaa1111bbbb"))
            .revision()
            .id();
    revision(new NewRevision("other", "base", false, null, List.of(), "cccc2222dddd"));

    RevisionWriter.Written w =
        revision(
            new NewRevision("dep", "cccc2222dddd", false, null, List.of("aaaa1", "core"), null));
    assertThat(w.revision().dependsOn()).containsExactly(a, "core");
    assertThat(Files.readString(w.path())).contains("-- depends_on: " + a + ", core\n");
  }

  @Test
  void aMessageThatSlugsToNothingStillGivesAValidFileName() {
    RevisionWriter.Written w = revision("!!! ... ???");
    assertThat(w.path().getFileName().toString())
        .isEqualTo("20250916_1055-" + w.revision().id() + ".sql");
    RevisionWriter.Written none = revision((String) null);
    assertThat(none.path().getFileName().toString()).endsWith(none.revision().id() + ".sql");
  }

  @Test
  void generatedIdsAvoidExistingOnes() {
    String first = RevisionIds.generate(new SplittableRandom(7), java.util.Set.of());
    String second = RevisionIds.generate(new SplittableRandom(7), java.util.Set.of(first));
    assertThat(first).matches("[0-9a-f]{12}");
    assertThat(second).matches("[0-9a-f]{12}").isNotEqualTo(first);
  }

  @Test
  void aProjectTemplateFillsItsPlaceholders() throws Exception {
    Path template = dir.resolve("script.sql.template");
    Files.writeString(
        template,
        """
        -- revision: ${revision}
        -- down_revision: ${down_revision}
        -- message: ${message}
        -- branch_labels: ${branch_labels}
        -- depends_on: ${depends_on}

        -- migrate:upgrade
        -- TODO(${slug}): write the upgrade
        SET lock_timeout = '5s';

        -- migrate:downgrade
        """);
    writer =
        new RevisionWriter(
            new FileNameTemplate("{rev}"),
            ScriptTemplate.load(template),
            CLOCK,
            new SplittableRandom(1));
    RevisionWriter.Written w =
        revision(new NewRevision("Add Users\ntable", null, false, "users", List.of(), "r1"));
    assertThat(w.path().getFileName().toString()).isEqualTo("r1.sql");
    assertThat(Files.readString(w.path()))
        .isEqualTo(
            """
            -- revision: r1
            -- message: Add Users table
            -- branch_labels: users

            -- migrate:upgrade
            -- TODO(add_users_table): write the upgrade
            SET lock_timeout = '5s';

            -- migrate:downgrade
            """);
  }

  @Test
  void aTemplateWithoutAPlaceForALabelOrAnUnknownPlaceholderIsAnError() throws Exception {
    Path noLabels = dir.resolve("a.template");
    Files.writeString(
        noLabels,
        "-- revision: ${revision}\n-- down_revision: ${down_revision}\n\n-- migrate:upgrade\n");
    writer =
        new RevisionWriter(
            new FileNameTemplate("{rev}"),
            ScriptTemplate.load(noLabels),
            CLOCK,
            new SplittableRandom(1));
    assertThatThrownBy(() -> revision(new NewRevision("x", null, false, "audit", List.of(), null)))
        .hasMessageContaining("${branch_labels}")
        .hasMessageContaining(noLabels.toString());

    Path unknown = dir.resolve("b.template");
    Files.writeString(
        unknown, "-- revision: ${revision}\n-- down_revision: ${down_revision}\n-- x: ${author}\n");
    Path noSection = dir.resolve("c.template");
    Files.writeString(noSection, "-- revision: ${revision}\n-- down_revision: ${down_revision}\n");
    assertThatThrownBy(() -> ScriptTemplate.load(noSection))
        .hasMessageContaining("has no '-- migrate:upgrade' line");
    assertThatThrownBy(() -> ScriptTemplate.load(unknown))
        .hasMessageContaining(unknown + ", line 3: unknown placeholder ${author}");
  }

  @Test
  void theBuiltInTemplatesCommentedTransactionalHeaderLoadsAsTransactionalAndWorksUncommented()
      throws Exception {
    RevisionWriter.Written written = revision("add index");
    String text = Files.readString(written.path());
    assertThat(text)
        .contains("(CREATE INDEX CONCURRENTLY)? Uncomment:\n-- -- transactional: false\n");
    assertThat(ScriptParser.parse(text, "a.sql").transactional()).isTrue();
    String uncommented = text.replace("-- -- transactional: false", "-- transactional: false");
    assertThat(ScriptParser.parse(uncommented, "a.sql").transactional()).isFalse();
  }

  @Test
  void namesMadeWithinOneSecondSortInCreationOrder() throws Exception {
    RevisionWriter sameSecond =
        new RevisionWriter(
            new FileNameTemplate(dev.migrate.engine.api.MigrateConfig.DEFAULT_FILE_TEMPLATE),
            ScriptTemplate.builtIn(),
            CLOCK,
            new SplittableRandom(3));
    List<Path> made = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      RevisionWriter.Written w =
          sameSecond.revision(
              revisions, new NewRevision("step " + i, null, false, null, List.of(), null), dir);
      revisions.add(w.revision());
      made.add(w.path());
    }
    List<String> names = made.stream().map(p -> p.getFileName().toString()).toList();
    assertThat(names).isSorted().first().asString().startsWith("20250916_105507-");
    assertThat(names)
        .allSatisfy(
            n -> assertThat(n).matches("20250916_1055[0-9]{2}-[0-9a-f]{12}_step_[0-7].sql"));
    // The time moved on only where a random id would have sorted first; the header says the same.
    for (Path file : made) {
      String name = file.getFileName().toString();
      assertThat(Files.readString(file))
          .contains("-- create_date: 2025-09-16 10:55:" + name.substring(13, 15) + "\n");
    }
  }

  @Test
  void namesOfAMinuteTemplateSortInCreationOrderToo() throws Exception {
    // The template this project used to default to: two revisions in one minute.
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      names.add(revision("step " + i).path().getFileName().toString());
    }
    assertThat(names).isSorted();
  }

  @Test
  void hintsSpellOptionsAsTheFrontEndDoes() {
    String a = revision("one").revision().id();
    revision("one more");
    revision(new NewRevision("two", "base", false, "audit", List.of(), null));
    for (var spelling : dev.migrate.engine.common.OptionSpelling.values()) {
      RevisionWriter spelled =
          new RevisionWriter(
              new FileNameTemplate("{rev}"),
              ScriptTemplate.builtIn(),
              CLOCK,
              new SplittableRandom(1),
              spelling);
      String head =
          switch (spelling) {
            case CLI -> "--head audit@head";
            case MAVEN -> "-Dmigrate.head=audit@head";
            case API -> "head=audit@head";
          };
      String splice =
          switch (spelling) {
            case CLI -> "give --splice to";
            case MAVEN -> "give -Dmigrate.splice=true to";
            case API -> "give splice to";
          };
      assertThatThrownBy(
              () ->
                  spelled.revision(
                      revisions, new NewRevision("x", null, false, null, List.of(), null), dir))
          .hasMessageContaining("Multiple heads are present")
          .hasMessageContaining(head);
      assertThatThrownBy(
              () ->
                  spelled.revision(
                      revisions, new NewRevision("x", a, false, null, List.of(), null), dir))
          .hasMessageContaining(splice);
    }
  }
}
