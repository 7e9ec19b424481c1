package dev.migrate.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.RevisionRequest;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RevisionGraph;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code revision} and {@code merge} through the facade, read back by the script loader. */
class AuthoringTest {
  @TempDir Path project;

  Migrator migrator(String... locations) {
    return Migrator.create(
        MigrateConfig.builder().baseDirectory(project).locations(locations).build());
  }

  List<Revision> load(String location) {
    return MigrationLoader.standard()
        .load(List.of(location), getClass().getClassLoader(), project)
        .stream()
        .map(Migration::revision)
        .toList();
  }

  @Test
  void chainBranchAndMergeAsTheAcceptanceDescribes() {
    Migrator m = migrator("filesystem:db/migrations");
    Path first = m.revision(RevisionRequest.of("add users"));
    Path second = m.revision(RevisionRequest.of("add users"));
    Path audit =
        m.revision(new RevisionRequest("audit log", "base", false, "audit", List.of(), null, null));

    assertThat(first.getParent()).isEqualTo(project.resolve("db/migrations"));
    assertThat(first.getFileName().toString())
        .matches("\\d{8}_\\d{6}-[0-9a-f]{12}_add_users\\.sql");
    RevisionGraph graph = RevisionGraph.of(load("filesystem:db/migrations"));
    assertThat(graph.heads()).hasSize(2);
    assertThatThrownBy(() -> m.revision(RevisionRequest.of("more")))
        .isInstanceOf(RevisionWriteException.class)
        .hasMessageContaining("Multiple heads are present")
        .hasMessageContaining("(audit)");

    Path merge = m.merge(List.of(), "merge", null, null);
    List<Revision> all = load("filesystem:db/migrations");
    graph = RevisionGraph.of(all);
    assertThat(graph.heads()).extracting(Revision::id).containsExactly(id(all, merge));
    Revision mergeRevision = graph.find(id(all, merge)).orElseThrow();
    assertThat(mergeRevision.downRevisions())
        .containsExactlyInAnyOrder(id(all, second), id(all, audit));
    assertThat(graph.find(id(all, second)).orElseThrow().downRevisions())
        .containsExactly(id(all, first));
    assertThat(graph.labels(id(all, audit))).containsExactly("audit");
    assertThat(mergeRevision.message()).isEqualTo("merge");
  }

  @Test
  void aStaleClasspathCopyDoesNotHideTheScriptJustWritten() throws Exception {
    Path classes = Files.createDirectories(project.resolve("target/classes/db/migrations"));
    Path sources = project.resolve("src/main/resources/db/migrations");
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {project.resolve("target/classes").toUri().toURL()},
            getClass().getClassLoader())) {
      Migrator m =
          Migrator.create(
              MigrateConfig.builder()
                  .baseDirectory(project)
                  .classLoader(loader)
                  .versionPath(Path.of("src/main/resources/db/migrations"))
                  .build());
      Path first = m.revision(RevisionRequest.of("one"));
      Path second = m.revision(RevisionRequest.of("two"));
      // A process-resources run copies the first script only.
      Files.copy(first, classes.resolve(first.getFileName()));
      Path third = m.revision(RevisionRequest.of("three"));

      List<Revision> all = load("filesystem:" + sources);
      assertThat(RevisionGraph.of(all).heads())
          .extracting(Revision::id)
          .containsExactly(id(all, third));
      assertThat(Files.readString(third)).contains("-- down_revision: " + id(all, second));
    }
  }

  @Test
  void withoutAWritableDirectoryTheErrorSaysWhatToConfigure() {
    assertThatThrownBy(() -> migrator("classpath:db/migrations").revision(RevisionRequest.of("x")))
        .isInstanceOf(RevisionWriteException.class)
        .hasMessageContaining("set versionPath, or add a filesystem: location")
        .hasMessageContaining("classpath:db/migrations");
  }

  @Test
  void theProjectTemplateIsPickedUpByConvention() throws Exception {
    Path template = project.resolve(Authoring.CONVENTIONAL_TEMPLATE);
    Files.createDirectories(template.getParent());
    Files.writeString(
        template,
        "-- revision: ${revision}\n-- down_revision: ${down_revision}\n-- message: ${message}\n\n"
            + "-- migrate:upgrade\nSET search_path = app;\n\n-- migrate:downgrade\n");
    Path written = migrator("filesystem:db").revision(RevisionRequest.of("templated"));
    assertThat(Files.readString(written)).contains("SET search_path = app;");
    assertThat(load("filesystem:db")).extracting(Revision::message).containsExactly("templated");
  }

  @Test
  void anExistingRevIdNamesTheFileThatHasIt() {
    Migrator m = migrator("filesystem:db");
    Path first =
        m.revision(new RevisionRequest("one", null, false, null, List.of(), "abc123", null));
    assertThatThrownBy(
            () ->
                m.revision(
                    new RevisionRequest("two", null, false, null, List.of(), "abc123", null)))
        .hasMessageContaining("abc123")
        .hasMessageContaining(first.getFileName().toString());
  }

  private static String id(List<Revision> all, Path file) {
    return all.stream()
        .filter(r -> r.source().endsWith(file.getFileName().toString()))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
