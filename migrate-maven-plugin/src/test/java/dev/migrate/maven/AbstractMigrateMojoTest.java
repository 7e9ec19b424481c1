package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.TransactionMode;
import dev.migrate.engine.common.MigrateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbstractMigrateMojoTest {
  @TempDir Path basedir;
  MojoHarness harness;

  /** A goal whose run() does what the test says and remembers the configuration it got. */
  static class ProbeMojo extends AbstractMigrateMojo {
    interface Body {
      void run(Migrator migrator) throws MojoExecutionException, MojoFailureException;
    }

    final List<MigrateConfig> seen = new ArrayList<>();
    Body body = migrator -> {};

    ProbeMojo() {
      super(
          request -> {
            throw new AssertionError("no server expected");
          });
    }

    @Override
    protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
      seen.add(migrator.config());
      body.run(migrator);
    }
  }

  @BeforeEach
  void setUp() {
    harness = new MojoHarness(basedir);
  }

  @Test
  void skipLogsOneLineAndRunsNothing() throws Exception {
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "upgrade");
    MojoHarness.set(mojo, "skip", true);

    mojo.execute();

    assertThat(mojo.seen).isEmpty();
    assertThat(harness.lines)
        .containsExactly("[INFO] Skipping migrate:upgrade (migrate.skip=true)");
  }

  @Test
  void embeddedDefaultIsAnnouncedInOneLine() throws Exception {
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "upgrade");

    mojo.execute();

    MigrateConfig config = mojo.seen.get(0);
    assertThat(config.url())
        .isEqualTo("jdbc:h2:file:" + basedir.resolve("target/migrate/migrate").toAbsolutePath());
    assertThat(config.locations()).containsExactly("classpath:db/migrations");
    assertThat(config.baseDirectory()).isEqualTo(basedir);
    assertThat(harness.lines)
        .singleElement()
        .asString()
        .startsWith("[INFO] No database configured: using the embedded H2 database jdbc:h2:file:")
        .contains("-Dmigrate.url", "DATABASE_URL");
  }

  @Test
  void commandLineBeatsEnvironmentBeatsPom() throws Exception {
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "upgrade");
    MojoHarness.set(mojo, "url", "jdbc:h2:mem:pom");
    MojoHarness.set(mojo, "versionTable", "pom_version");
    harness.systemProperties.setProperty("env.DATABASE_URL", "jdbc:h2:mem:env");

    mojo.execute();
    assertThat(mojo.seen.get(0).url()).isEqualTo("jdbc:h2:mem:env");
    assertThat(mojo.seen.get(0).versionTable()).isEqualTo("pom_version");
    assertThat(mojo.seen.get(0).validateOnMigrate()).isFalse();

    harness.userProperties.setProperty("migrate.url", "jdbc:h2:mem:cli");
    harness.userProperties.setProperty("migrate.versionTable", "cli_version");
    harness.userProperties.setProperty("migrate.locations", "filesystem:a, classpath:b");
    harness.userProperties.setProperty("migrate.transactionMode", "ALL");
    harness.userProperties.setProperty("migrate.lockTimeout", "7");
    harness.userProperties.setProperty("migrate.validateOnMigrate", "true");
    mojo.execute();
    MigrateConfig config = mojo.seen.get(1);
    assertThat(config.url()).isEqualTo("jdbc:h2:mem:cli");
    assertThat(config.versionTable()).isEqualTo("cli_version");
    assertThat(config.locations()).containsExactly("filesystem:a", "classpath:b");
    assertThat(config.transactionMode()).isEqualTo(TransactionMode.ALL);
    assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(config.validateOnMigrate()).isTrue();
    assertThat(harness.lines).noneMatch(line -> line.contains("No database configured"));
  }

  @Test
  void debugPrintsEffectiveSettingsWithPasswordsMasked() throws Exception {
    harness.debug = true;
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "upgrade");
    harness.systemProperties.setProperty(
        "env.DATABASE_URL", "postgresql://app:p%40ss%3Aw%2Frd%25@db:5432/app");
    MojoHarness.set(mojo, "password", "pom-secret");

    mojo.execute();

    assertThat(harness.lines)
        .anyMatch(
            line -> line.contains("Effective connection: url=postgresql://app:****@db:5432/app"))
        .anyMatch(line -> line.contains("Effective settings: "))
        .noneMatch(line -> line.contains("p%40ss") || line.contains("pom-secret"));
  }

  @Test
  void engineErrorsBecomeOneLineExecutionFailuresWithoutCause() {
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "upgrade");
    mojo.body =
        migrator -> {
          throw new MigrateException(
              "Revision 2b3c in 2b3c_add.sql failed at line 8: Table \"NOPE\" not found",
              new IllegalStateException("inner"));
        };

    assertThatThrownBy(mojo::execute)
        .isExactlyInstanceOf(MojoExecutionException.class)
        .hasMessage("Revision 2b3c in 2b3c_add.sql failed at line 8: Table \"NOPE\" not found")
        .hasNoCause();
  }

  @Test
  void multiLineDatabaseMessagesBecomeOneLine() {
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "upgrade");
    mojo.body =
        migrator -> {
          throw new MigrateException(
              "Upgrade of revision 2b3c failed at statement 2 (line 8): Table \"NOPE\" not found;"
                  + " SQL statement:\nINSERT INTO nope VALUES (1) [42102-232]");
        };

    assertThatThrownBy(mojo::execute)
        .hasMessage(
            "Upgrade of revision 2b3c failed at statement 2 (line 8): Table \"NOPE\" not found;"
                + " SQL statement: INSERT INTO nope VALUES (1) [42102-232]");

    mojo.body =
        migrator -> {
          throw new MojoFailureException("migrate:check: pending\n  a\n  b");
        };
    assertThatThrownBy(mojo::execute)
        .isExactlyInstanceOf(MojoFailureException.class)
        .hasMessage("migrate:check: pending a b");
  }

  @Test
  void underDebugTheCauseChainIsKept() {
    harness.debug = true;
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "upgrade");
    MigrateException error = new MigrateException("broken", new IllegalStateException("inner"));
    mojo.body =
        migrator -> {
          throw error;
        };

    assertThatThrownBy(mojo::execute)
        .isExactlyInstanceOf(MojoExecutionException.class)
        .hasCause(error);
  }

  @Test
  void expectedOutcomesStayFailures() {
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "check");
    mojo.body =
        migrator -> {
          throw new MojoFailureException("migrate:check: 2 revisions pending");
        };

    assertThatThrownBy(mojo::execute)
        .isExactlyInstanceOf(MojoFailureException.class)
        .hasMessage("migrate:check: 2 revisions pending");
  }

  @Test
  void unexpectedExceptionsNameTheGoalAndType() {
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "history");
    mojo.body =
        migrator -> {
          throw new IllegalStateException("boom");
        };

    assertThatThrownBy(mojo::execute)
        .isExactlyInstanceOf(MojoExecutionException.class)
        .hasMessage("migrate:history failed: IllegalStateException: boom");
  }

  @Test
  void invalidSettingsAreExecutionFailuresNamingTheSetting() {
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "upgrade");
    harness.userProperties.setProperty("migrate.transactionMode", "sometimes");

    assertThatThrownBy(mojo::execute)
        .isExactlyInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("transactionMode")
        .hasMessageContaining("sometimes");

    harness.userProperties.setProperty("migrate.transactionMode", "per_revision");
    harness.userProperties.setProperty("migrate.versionTable", "bad;name");
    assertThatThrownBy(mojo::execute).hasMessageContaining("versionTable 'bad;name'");
  }

  @Test
  void unknownServerIdFailsWithAHint() {
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "upgrade");
    MojoHarness.set(mojo, "serverId", "missing");
    harness.settings.addServer(new Server());

    assertThatThrownBy(mojo::execute)
        .isExactlyInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("serverId 'missing' names no <server> in settings.xml");
  }

  @Test
  void goalsWithoutDatabaseGetNoEmbeddedDefault() throws Exception {
    ProbeMojo mojo =
        harness.prepare(
            new ProbeMojo() {
              @Override
              protected boolean usesDatabase() {
                return false;
              }
            },
            "sql");

    mojo.execute();

    assertThat(mojo.seen.get(0).hasDatabase()).isFalse();
    assertThat(harness.lines).isEmpty();
  }

  @Test
  void scriptHeadersAreCachedUnderTheBuildDirectoryNotBesideTheScripts() throws Exception {
    Path scripts = basedir.resolve("db/migrations");
    Files.createDirectories(scripts);
    Files.writeString(
        scripts.resolve("1_a.sql"),
        "-- revision: a1\n-- down_revision:\n\n-- migrate:upgrade\nSELECT 1;\n");
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "heads");
    MojoHarness.set(mojo, "locations", List.of("filesystem:db/migrations"));
    List<String> heads = new ArrayList<>();
    mojo.body = migrator -> migrator.heads().forEach(entry -> heads.add(entry.id()));

    mojo.execute();

    assertThat(heads).containsExactly("a1");
    assertThat(mojo.seen.get(0).scriptCacheDirectory())
        .isEqualTo(basedir.resolve("target/migrate/headers").toAbsolutePath());
    try (var cached = Files.list(basedir.resolve("target/migrate/headers"))) {
      assertThat(cached.map(p -> p.getFileName().toString()).toList())
          .singleElement()
          .satisfies(name -> assertThat(name).endsWith(".bin"));
    }
    try (var beside = Files.list(scripts)) {
      assertThat(beside.count()).isEqualTo(1);
    }
  }

  @Test
  void credentialsMergePerFieldAndDebugNamesTheSourceOfEach() throws Exception {
    harness.debug = true;
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "upgrade");
    MojoHarness.set(mojo, "url", "jdbc:h2:mem:pom");
    MojoHarness.set(mojo, "user", "pom_user");
    MojoHarness.set(mojo, "password", "pom-secret");
    harness.userProperties.setProperty("migrate.password", "cli-secret");

    mojo.execute();

    assertThat(mojo.seen.get(0).user()).isEqualTo("pom_user");
    assertThat(mojo.seen.get(0).password()).isEqualTo("cli-secret");
    assertThat(harness.lines)
        .anyMatch(line -> line.equals("[DEBUG]   url = jdbc:h2:mem:pom (from <url> in the POM)"))
        .anyMatch(line -> line.equals("[DEBUG]   user = pom_user (from <user> in the POM)"))
        .anyMatch(line -> line.equals("[DEBUG]   password = **** (from -Dmigrate.password)"))
        .noneMatch(line -> line.contains("cli-secret") || line.contains("pom-secret"));

    // -Dmigrate.user alone keeps the POM's password.
    harness.lines.clear();
    harness.userProperties.clear();
    harness.userProperties.setProperty("migrate.user", "cli_user");
    mojo.execute();
    assertThat(mojo.seen.get(1).user()).isEqualTo("cli_user");
    assertThat(mojo.seen.get(1).password()).isEqualTo("pom-secret");
    assertThat(harness.lines)
        .anyMatch(line -> line.equals("[DEBUG]   user = cli_user (from -Dmigrate.user)"))
        .anyMatch(line -> line.equals("[DEBUG]   password = **** (from <password> in the POM)"))
        .noneMatch(line -> line.contains("pom-secret"));
  }

  @Test
  void hintsSpellOptionsAsMavenUsersWriteThem() throws Exception {
    Path scripts = basedir.resolve("db/migrations");
    Files.createDirectories(scripts);
    for (String[] script : new String[][] {{"a1", ""}, {"b1", "a1"}, {"c1", "a1"}}) {
      Files.writeString(
          scripts.resolve(script[0] + ".sql"),
          "-- revision: "
              + script[0]
              + "\n-- down_revision: "
              + script[1]
              + "\n\n-- migrate:upgrade\nSELECT 1;\n");
    }
    ProbeMojo mojo = harness.prepare(new ProbeMojo(), "revision");
    MojoHarness.set(mojo, "locations", List.of("filesystem:db/migrations"));
    mojo.body = migrator -> migrator.revision(dev.migrate.engine.api.RevisionRequest.of("next"));
    assertThatThrownBy(mojo::execute)
        .isExactlyInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("Multiple heads are present: b1, c1")
        .hasMessageContaining(
            "choose the parent with -Dmigrate.head=<revision> (e.g. -Dmigrate.head=b1 or"
                + " -Dmigrate.head=c1)");
    mojo.body =
        migrator ->
            migrator.revision(
                new dev.migrate.engine.api.RevisionRequest(
                    "next", "a1", false, null, List.of(), null, null));
    assertThatThrownBy(mojo::execute).hasMessageContaining("give -Dmigrate.splice=true to");
  }
}
