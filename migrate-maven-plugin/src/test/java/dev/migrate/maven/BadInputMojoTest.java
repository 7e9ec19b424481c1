package dev.migrate.maven;

import static dev.migrate.maven.BadInputWorld.NO_SERVERS;
import static dev.migrate.maven.BadInputWorld.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.maven.BadInputWorld.Db;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input and faults through the Maven goals, one row per case: the settings and files, how the
 * build ends (success, {@link MojoFailureException} for an expected finding, {@link
 * MojoExecutionException} for a broken run), the key words of the message, and the database
 * afterwards. Every row also asserts that nothing logged or thrown holds a stack trace, a Java
 * class name or a test password, and that no cause chain is attached without {@code -X}.
 */
class BadInputMojoTest {
  private static final Class<MojoExecutionException> BROKEN = MojoExecutionException.class;
  private static final Class<MojoFailureException> FAILED = MojoFailureException.class;

  @TempDir Path basedir;

  /**
   * One case: its database, the goal it prepares (with files, settings and environment), the
   * exception it must end in ({@code null}: success), words the output must and must not hold
   * (case-insensitive), and the state the database must be left in.
   */
  record Row(
      String name,
      Db db,
      Function<BadInputWorld, AbstractMigrateMojo> given,
      Class<? extends Exception> ends,
      List<String> says,
      List<String> never,
      Consumer<BadInputWorld> after) {
    Row never(String... words) {
      return new Row(name, db, given, ends, says, List.of(words), after);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void row(Row row) {
    // Surefire's report names a row by its index only: put its name in front of any failure.
    try {
      check(row);
    } catch (AssertionError e) {
      throw new AssertionError(row.name() + ": " + e.getMessage(), e);
    }
  }

  private void check(Row row) {
    try (BadInputWorld w = new BadInputWorld(basedir, row.db())) {
      AbstractMigrateMojo mojo = row.given().apply(w);
      Exception thrown = null;
      try {
        mojo.execute();
      } catch (MojoExecutionException | MojoFailureException e) {
        thrown = e;
        // What Maven prints for a failed goal (without -e).
        w.harness.record("[ERROR] Failed to execute goal: " + e.getMessage());
      }
      String printed = String.join("\n", w.harness.lines);
      if (row.ends() == null) {
        assertThat(thrown).as("the goal failed:%n%s", printed).isNull();
      } else {
        assertThat(thrown).as("how the goal ended%n%s", printed).isExactlyInstanceOf(row.ends());
        assertThat(thrown.getCause()).as("a cause chain without -X").isNull();
      }
      for (String word : row.says()) {
        assertThat(printed).containsIgnoringCase(word);
      }
      for (String word : row.never()) {
        assertThat(printed).doesNotContainIgnoringCase(word);
      }
      BadInputWorld.assertClean(printed);
      row.after().accept(w);
    }
  }

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(secretsAndUrls());
    rows.addAll(falseStatements());
    rows.addAll(unsplittable());
    rows.addAll(credentials());
    rows.addAll(unclear());
    rows.addAll(whatGoalsSay());
    rows.addAll(alreadyGood());
    return rows.stream();
  }

  // ---- Wrong today: passwords in DATABASE_URL, %zz, unknown host, locations ----

  static List<Row> secretsAndUrls() {
    return List.of(
        row(
            "DATABASE_URL password with an unencoded '/'",
            Db.NONE,
            w ->
                upgrade(
                    withScript(w)
                        .env(
                            "DATABASE_URL",
                            "postgresql://app:" + TestSecrets.SLASH + "@127.0.0.1:5432/app")),
            BROKEN,
            List.of("percent-encode", "%2F", "****"),
            nothingCreated()),
        row(
            "DATABASE_URL password with an unencoded '@' (the last '@' ends it: reaches the port)",
            Db.NONE,
            w ->
                upgrade(
                    withScript(w)
                        .env(
                            "DATABASE_URL",
                            "postgresql://app:" + TestSecrets.AT + "@127.0.0.1:1/app")),
            BROKEN,
            List.of("127.0.0.1:1", "user app"),
            nothingCreated()),
        row(
            "'%zz' in the URL",
            Db.NONE,
            w ->
                upgrade(
                    withScript(w)
                        .env(
                            "DATABASE_URL",
                            "postgresql://app:" + TestSecrets.PERCENT + "@127.0.0.1:5432/ap%zzp")),
            BROKEN,
            List.of("%zz"),
            nothingCreated()),
        row(
            "unknown host",
            Db.NONE,
            w ->
                upgrade(
                    withScript(w)
                        .property("url", "jdbc:postgresql://mt-no-such-host.invalid:5432/app")),
            BROKEN,
            List.of("mt-no-such-host.invalid"),
            nothingCreated()),
        row(
            "locations without a prefix",
            Db.H2,
            w -> {
              w.table("aa01", null);
              return upgrade(
                  w.property("url", w.url())
                      .property("locations", "src/main/resources/db/migrations"));
            },
            BROKEN,
            List.of("filesystem:"),
            versions()));
  }

  // ---- Wrong today: statements about the database that were false ----

  static List<Row> falseStatements() {
    return List.of(
        row(
                "transactionMode=all with a transactional: false revision is refused at the start",
                Db.POSTGRESQL,
                w -> {
                  w.table("aa01", null);
                  w.script(
                      "bb02.sql",
                      header("bb02", "aa01") + "\n-- transactional: false",
                      "CREATE TABLE t_bb02 (id INT);",
                      "DROP TABLE t_bb02;");
                  w.script(
                      "cc03.sql", header("cc03", "bb02"), "SELECT * FROM no_such_table;", null);
                  return upgrade(w.property("url", w.url()).property("transactionMode", "all"));
                },
                BROKEN,
                List.of("bb02", "transactional"),
                versionsAndNoTables(List.of(), "t_aa01", "t_bb02"))
            .never("whole run was rolled back"),
        row(
            "downgrade base through a revision without a downgrade section changes nothing",
            Db.H2,
            w -> {
              w.table("aa01", null);
              w.script("bb02.sql", header("bb02", "aa01"), "CREATE TABLE t_bb02 (id INT);", null);
              w.table("cc03", "bb02");
              w.property("url", w.url());
              w.ok(upgrade(w));
              return downgrade(w, "base");
            },
            BROKEN,
            List.of("bb02", "downgrade"),
            w -> {
              assertThat(w.versions()).containsExactly("cc03");
              assertThat(w.tableExists("t_cc03")).isTrue();
            }),
        row(
                "a failed downgrade says the revision stays applied",
                Db.H2,
                w -> {
                  w.table("aa01", null);
                  w.script(
                      "bb02.sql",
                      header("bb02", "aa01"),
                      "CREATE TABLE t_bb02 (id INT);",
                      "DROP TABLE no_such_table;");
                  w.property("url", w.url());
                  w.ok(upgrade(w));
                  return downgrade(w, "base");
                },
                BROKEN,
                List.of("bb02", "downgrade", "stays applied"),
                versions("bb02"))
            .never("revisions before it stay applied"));
  }

  // ---- Wrong today: scripts that cannot be split, refused before the first statement ----

  static List<Row> unsplittable() {
    List<Row> rows = new ArrayList<>();
    for (String goal : List.of("validate", "check", "upgrade", "sql")) {
      rows.add(
          unsplittable(goal, Db.H2, "h2", "INSERT INTO t_aa01 VALUES (1);\nSELECT 'unterminated;"));
      rows.add(
          unsplittable(
              goal,
              Db.POSTGRESQL,
              "postgresql",
              "CREATE TABLE t_x (id INT);\nDO $$ BEGIN\n  PERFORM 1;\nEND;\n"));
    }
    return rows;
  }

  private static Row unsplittable(String goal, Db db, String dialect, String body) {
    return row(
        "unterminated " + (body.contains("$$") ? "$$" : "quote") + " refused by migrate:" + goal,
        goal.equals("sql") ? Db.NONE : db,
        w -> {
          w.table("aa01", null);
          w.script("bb02.sql", header("bb02", "aa01"), body, null);
          if (goal.equals("sql")) {
            w.property("dialect", dialect);
          } else {
            w.property("url", w.url());
          }
          return switch (goal) {
            case "validate" -> w.goal(new ValidateMojo(NO_SERVERS), goal);
            case "check" -> w.goal(new CheckMojo(NO_SERVERS), goal);
            case "upgrade" -> w.goal(new UpgradeMojo(NO_SERVERS), goal);
            default -> w.goal(new SqlMojo(NO_SERVERS, null), goal);
          };
        },
        goal.equals("validate") || goal.equals("check") ? FAILED : BROKEN,
        List.of("bb02.sql", "line 6"),
        goal.equals("sql") ? nothingCreated() : versionsAndNoTables(List.of(), "t_aa01", "t_x"));
  }

  // ---- Wrong today: credentials merge per field, the same rule as the CLI ----

  static List<Row> credentials() {
    return List.of(
        row(
            "<user> in the POM with -Dmigrate.password",
            Db.MARIADB,
            w -> {
              w.table("aa01", null);
              String user = w.user(TestSecrets.MARIADB);
              UpgradeMojo mojo = upgrade(w.property("url", w.bareUrl()));
              MojoHarness.set(mojo, "user", user);
              w.property("password", TestSecrets.MARIADB);
              return mojo;
            },
            null,
            List.of("Upgraded 1 revision"),
            versions("aa01")),
        row(
            "-Dmigrate.user alone keeps the POM's <password>",
            Db.MARIADB,
            w -> {
              w.table("aa01", null);
              String user = w.user(TestSecrets.MARIADB);
              UpgradeMojo mojo = upgrade(w.property("url", w.bareUrl()).property("user", user));
              MojoHarness.set(mojo, "password", TestSecrets.MARIADB);
              return mojo;
            },
            null,
            List.of("Upgraded 1 revision"),
            versions("aa01")),
        row(
            "MIGRATE_USER with the POM's <password>",
            Db.MARIADB,
            w -> {
              w.table("aa01", null);
              String user = w.user(TestSecrets.MARIADB);
              UpgradeMojo mojo = upgrade(w.property("url", w.bareUrl()).env("MIGRATE_USER", user));
              MojoHarness.set(mojo, "password", TestSecrets.MARIADB);
              return mojo;
            },
            null,
            List.of("Upgraded 1 revision"),
            versions("aa01")),
        row(
            "-X says where the user and the password came from",
            Db.MARIADB,
            w -> {
              w.table("aa01", null);
              String user = w.user(TestSecrets.MARIADB);
              w.harness.debug = true;
              CurrentMojo mojo = w.goal(new CurrentMojo(NO_SERVERS), "current");
              w.property("url", w.bareUrl()).property("password", TestSecrets.MARIADB);
              MojoHarness.set(mojo, "user", user);
              return mojo;
            },
            null,
            List.of("-Dmigrate.password", "<user>"),
            versions()));
  }

  // ---- Unclear today ----

  static List<Row> unclear() {
    return List.of(
        row(
            "version table in a schema that does not exist",
            Db.POSTGRESQL,
            w -> {
              w.table("aa01", null);
              return upgrade(w.property("url", w.url()).property("schema", "mt_no_such_schema"));
            },
            BROKEN,
            List.of("mt_no_such_schema", "schema"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "version table without the privilege to create it",
            Db.POSTGRESQL,
            w -> {
              w.table("aa01", null);
              String user = w.user(null);
              return upgrade(w.property("url", w.bareUrl() + "?user=" + user));
            },
            BROKEN,
            List.of("migrate_version", "CREATE"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "edited applied script: check fails",
            Db.H2,
            w -> {
              editedAfterUpgrade(w);
              return w.goal(new CheckMojo(NO_SERVERS), "check");
            },
            FAILED,
            List.of("aa01.sql", "changed after it was applied"),
            versions("aa01")),
        row(
            "edited applied script: upgrade warns and runs",
            Db.H2,
            w -> {
              editedAfterUpgrade(w);
              w.table("bb02", "aa01");
              return upgrade(w);
            },
            null,
            List.of("[WARNING]", "aa01.sql", "changed after it was applied", "repair"),
            versions("bb02")),
        row(
            "edited applied script: validateOnMigrate fails before running",
            Db.H2,
            w -> {
              editedAfterUpgrade(w);
              w.table("bb02", "aa01");
              UpgradeMojo mojo = upgrade(w);
              w.property("validateOnMigrate", "true");
              return mojo;
            },
            BROKEN,
            List.of("aa01"),
            versionsAndNoTables(List.of("aa01"), "t_bb02")),
        row(
            "edited applied script: repair accepts it, check passes again",
            Db.H2,
            w -> {
              editedAfterUpgrade(w);
              w.ok(w.goal(new RepairMojo(NO_SERVERS), "repair"));
              return w.goal(new CheckMojo(NO_SERVERS), "check");
            },
            null,
            List.of(),
            versions("aa01")),
        row(
            "CREATE INDEX CONCURRENTLY in a transactional script",
            Db.POSTGRESQL,
            w -> {
              w.table("aa01", null);
              w.script(
                  "bb02.sql",
                  header("bb02", "aa01"),
                  "CREATE INDEX CONCURRENTLY i_aa01 ON t_aa01 (id);",
                  "DROP INDEX i_aa01;");
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("bb02", "transactional: false", "line 5"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "migrate:sql with a url and no dialect detects it and changes nothing",
            Db.POSTGRESQL,
            w -> {
              w.table("aa01", null);
              return sql(w.property("url", w.url()));
            },
            null,
            List.of("Wrote upgrade SQL"),
            w -> {
              assertThat(w.versions()).isEmpty();
              assertThat(w.tableExists("t_aa01")).isFalse();
              assertThat(read(w.basedir.resolve("target/migrate/upgrade.sql")))
                  .contains("CREATE TABLE t_aa01");
            }),
        row(
            "symlink loop among the scripts",
            Db.H2,
            w -> {
              w.table("aa01", null);
              symlink(w.scripts.resolve("loop"), w.scripts);
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("loop"),
            versions()),
        row(
            "Latin-1 file names the line",
            Db.H2,
            w -> {
              w.table("aa01", null);
              w.write(
                  "bb02.sql",
                  (header("bb02", "aa01")
                          + "\n-- migrate:upgrade\nCREATE TABLE t_bb02 (name VARCHAR(10));\n"
                          + "INSERT INTO t_bb02 VALUES ('caf\u00e9');\n")
                      .getBytes(StandardCharsets.ISO_8859_1));
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("bb02.sql", "UTF-8", "line 6"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
                "stamp of an unknown id",
                Db.H2,
                w -> {
                  w.table("aa01", null);
                  StampMojo stamp = w.goal(new StampMojo(NO_SERVERS), "stamp");
                  MojoHarness.set(stamp, "target", List.of("mt_nope"));
                  w.property("url", w.url());
                  return stamp;
                },
                BROKEN,
                List.of("revision", "'mt_nope'"),
                versions())
            .never("No such branch"),
        row(
                "upgrade xyz: no false hint about prefix length",
                Db.H2,
                w -> {
                  w.table("aa01", null);
                  UpgradeMojo mojo = upgrade(w.property("url", w.url()));
                  MojoHarness.set(mojo, "target", "xyz");
                  return mojo;
                },
                BROKEN,
                List.of("xyz"),
                versionsAndNoTables(List.of(), "t_aa01"))
            .never("four characters"),
        row(
            "upgrade +10 at the head",
            Db.H2,
            w -> {
              w.table("aa01", null);
              w.ok(upgrade(w.property("url", w.url())));
              UpgradeMojo mojo = upgrade(w);
              MojoHarness.set(mojo, "target", "+10");
              return mojo;
            },
            BROKEN,
            List.of("nothing is pending"),
            versions("aa01")),
        row(
            "downgrade marker inside a $$ body",
            Db.POSTGRESQL,
            w -> {
              w.table("aa01", null);
              w.script(
                  "bb02.sql",
                  header("bb02", "aa01"),
                  "CREATE FUNCTION f_bb02() RETURNS int AS $$\n-- migrate:downgrade\n"
                      + "SELECT 1;\n$$ LANGUAGE sql;",
                  null);
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("bb02.sql", "migrate:downgrade", "line 6"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "psql meta-command \\set",
            Db.POSTGRESQL,
            w -> {
              w.table("aa01", null);
              w.script(
                  "bb02.sql",
                  header("bb02", "aa01"),
                  "\\set ON_ERROR_STOP on\nCREATE TABLE t_bb02 (id INT);",
                  null);
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("bb02.sql", "psql", "line 5"),
            versionsAndNoTables(List.of(), "t_aa01", "t_bb02")),
        row(
            "psql's COPY ... FROM STDIN",
            Db.POSTGRESQL,
            w -> {
              w.table("aa01", null);
              w.script(
                  "bb02.sql",
                  header("bb02", "aa01"),
                  "CREATE TABLE t_bb02 (id INT);\nCOPY t_bb02 (id) FROM STDIN;\n1\n2\n\\.",
                  null);
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("bb02.sql", "psql", "line 6"),
            versionsAndNoTables(List.of(), "t_aa01", "t_bb02")));
  }

  // ---- What a goal says about the database, the server and the scripts ----

  static List<Row> whatGoalsSay() {
    return List.of(
        row(
            "the database a goal changes is named, with where the URL came from",
            Db.POSTGRESQL,
            w -> {
              w.table("aa01", null);
              return upgrade(
                  w.env("DATABASE_URL", "postgresql://postgres@" + w.host() + "/" + w.name()));
            },
            null,
            List.of("Database: jdbc:postgresql://", "(PostgreSQL ", "DATABASE_URL"),
            versions("aa01")),
        row(
            "RAISE NOTICE from a script reaches the build's output as the server's line",
            Db.POSTGRESQL,
            w -> {
              w.script(
                  "aa01.sql",
                  header("aa01", null),
                  "DO $$ BEGIN RAISE NOTICE 'mt notice from aa01'; END $$;",
                  null);
              return upgrade(w.property("url", w.url()));
            },
            null,
            List.of("Server: mt notice from aa01"),
            versions("aa01")),
        row(
                "verify twice over a revision whose downgrade forgets its role: the role goes,"
                    + " the second build says the same",
                Db.POSTGRESQL,
                w -> {
                  String role = "mt_vr_" + w.name().replaceAll("[^a-z0-9]", "");
                  w.cleanup("DROP ROLE IF EXISTS " + role);
                  w.script(
                      "aa01.sql", header("aa01", null), "CREATE ROLE " + role + ";", "SELECT 1;");
                  w.property("url", w.url());
                  try {
                    verify(w).execute();
                    throw new AssertionError("the first verify passed");
                  } catch (MojoExecutionException | MojoFailureException e) {
                    w.harness.lines.clear();
                  }
                  return verify(w);
                },
                FAILED,
                List.of("created by its upgrade, is still there", "dropped role"),
                w ->
                    assertThat(
                            w.strings(
                                "SELECT rolname FROM pg_roles WHERE rolname = 'mt_vr_"
                                    + w.name().replaceAll("[^a-z0-9]", "")
                                    + "'"))
                        .isEmpty())
            .never("already exists"),
        row(
                "an Alembic version table with a row that is an ancestor of another is read as"
                    + " Alembic reads it",
                Db.H2,
                w -> {
                  w.table("aa01", null);
                  w.table("bb02", "aa01");
                  w.sql(
                      "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                      "INSERT INTO alembic_version VALUES ('aa01'), ('bb02')");
                  return w.property("url", w.url())
                      .property("versionTable", "alembic_version")
                      .goal(new CurrentMojo(NO_SERVERS), "current");
                },
                null,
                List.of("bb02"),
                w ->
                    assertThat(w.strings("SELECT version_num FROM alembic_version"))
                        .containsExactlyInAnyOrder("aa01", "bb02"))
            .never("overlap", "ancestor of another row"),
        row(
            "the next upgrade tidies the ancestor row and says so",
            Db.H2,
            w -> {
              w.table("aa01", null);
              w.table("bb02", "aa01");
              w.table("cc03", "bb02");
              w.sql(
                  "CREATE TABLE t_aa01 (id INT)",
                  "CREATE TABLE t_bb02 (id INT)",
                  "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                  "INSERT INTO alembic_version VALUES ('aa01'), ('bb02')");
              return upgrade(
                  w.property("url", w.url()).property("versionTable", "alembic_version"));
            },
            null,
            List.of("Deleting redundant version row aa01", "bb02 -> cc03"),
            w ->
                assertThat(w.strings("SELECT version_num FROM alembic_version"))
                    .containsExactly("cc03")),
        row(
            "current on a project with no scripts yet is no failure",
            Db.H2,
            w -> w.property("url", w.url()).goal(new CurrentMojo(NO_SERVERS), "current"),
            null,
            List.of("no revision applied"),
            versions()),
        row(
                "heads needs no database and announces none",
                Db.NONE,
                w -> {
                  w.table("aa01", null);
                  return w.goal(new HeadsMojo(NO_SERVERS), "heads");
                },
                null,
                List.of("aa01 (head)"),
                nothingCreated())
            .never("Database:", "embedded", "H2"),
        row(
            "history with verbose says when, by whom and how long",
            Db.POSTGRESQL,
            w -> {
              w.table("aa01", null);
              w.ok(upgrade(w.property("url", w.url())));
              HistoryMojo history = w.goal(new HistoryMojo(NO_SERVERS), "history");
              MojoHarness.set(history, "verbose", true);
              return history;
            },
            null,
            List.of("Applied: ", " by ", " ms"),
            versions("aa01")));
  }

  static VerifyMojo verify(BadInputWorld w) {
    return w.goal(new VerifyMojo(NO_SERVERS), "verify");
  }

  // ---- Already good: keep them so ----

  static List<Row> alreadyGood() {
    return List.of(
        row(
            "unknown header key",
            Db.H2,
            w -> {
              w.write(
                  "aa01.sql",
                  "-- revsion: aa01\n-- migrate:upgrade\nSELECT 1;\n"
                      .getBytes(StandardCharsets.UTF_8));
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("revsion", "aa01.sql"),
            versions()),
        row(
            "duplicate revision ids",
            Db.H2,
            w -> {
              w.table("aa01", null);
              w.script("other.sql", header("aa01", null), "SELECT 1;", null);
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("aa01", "aa01.sql", "other.sql"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "a cycle",
            Db.H2,
            w -> {
              w.table("aa01", "bb02");
              w.table("bb02", "aa01");
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("cycle", "aa01", "bb02"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "a missing parent",
            Db.H2,
            w -> {
              w.table("aa01", null);
              w.table("bb02", "zz99");
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("zz99", "bb02"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "a byte-order mark is read past",
            Db.H2,
            w -> {
              w.write(
                  "aa01.sql",
                  ("\uFEFF"
                          + header("aa01", null)
                          + "\n-- migrate:upgrade\nCREATE TABLE t_aa01 (id INT);\n")
                      .getBytes(StandardCharsets.UTF_8));
              return upgrade(w.property("url", w.url()));
            },
            null,
            List.of("Upgraded 1 revision"),
            versions("aa01")),
        row(
            "CRLF line ends",
            Db.H2,
            w -> {
              w.write(
                  "aa01.sql",
                  (header("aa01", null)
                          + "\n-- migrate:upgrade\nCREATE TABLE t_aa01 (id INT);\n"
                          + "-- migrate:downgrade\nDROP TABLE t_aa01;\n")
                      .replace("\n", "\r\n")
                      .getBytes(StandardCharsets.UTF_8));
              return upgrade(w.property("url", w.url()));
            },
            null,
            List.of("Upgraded 1 revision"),
            versions("aa01")),
        row(
            "a binary file among the scripts",
            Db.H2,
            w -> {
              w.table("aa01", null);
              w.write("junk.sql", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 10, 0x7f});
              return upgrade(w.property("url", w.url()));
            },
            BROKEN,
            List.of("junk.sql"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "injection in the version table's name",
            Db.H2,
            w -> {
              w.table("aa01", null);
              w.sql("CREATE TABLE y (id INT)");
              return upgrade(
                  w.property("url", w.url()).property("versionTable", "x; DROP TABLE y"));
            },
            BROKEN,
            List.of("versionTable", "x; DROP TABLE y"),
            w -> {
              assertThat(w.tableExists("y")).isTrue();
              assertThat(w.tableExists("t_aa01")).isFalse();
            }),
        row(
            "injection in the schema name",
            Db.POSTGRESQL,
            w -> {
              w.table("aa01", null);
              w.sql("CREATE TABLE y (id INT)");
              return upgrade(w.property("url", w.url()).property("schema", "public; DROP TABLE y"));
            },
            BROKEN,
            List.of("schema", "public; DROP TABLE y"),
            w -> {
              assertThat(w.tableExists("y")).isTrue();
              assertThat(w.tableExists("t_aa01")).isFalse();
            }),
        row(
            "a wrong password",
            Db.MARIADB,
            w -> {
              w.table("aa01", null);
              String user = w.user(TestSecrets.MARIADB);
              return upgrade(
                  w.property("url", w.bareUrl())
                      .property("user", user)
                      .property("password", TestSecrets.WRONG));
            },
            BROKEN,
            List.of("denied", "mt_u_"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "a refused port",
            Db.NONE,
            w ->
                upgrade(
                    withScript(w)
                        .property("url", "jdbc:postgresql://127.0.0.1:1/app")
                        .property("password", TestSecrets.WRONG)),
            BROKEN,
            List.of("127.0.0.1:1"),
            nothingCreated()),
        row(
            "a missing database",
            Db.NONE,
            w ->
                upgrade(
                    withScript(w)
                        .property(
                            "url", "jdbc:postgresql://127.0.0.1:5432/mt_no_such_db?user=postgres")),
            BROKEN,
            List.of("mt_no_such_db"),
            nothingCreated()),
        row(
            "an ambiguous prefix",
            Db.H2,
            w -> {
              w.table("abc1", null);
              w.table("abc2", "abc1");
              UpgradeMojo mojo = upgrade(w.property("url", w.url()));
              MojoHarness.set(mojo, "target", "abc");
              return mojo;
            },
            BROKEN,
            List.of("abc1", "abc2"),
            versionsAndNoTables(List.of(), "t_abc1")));
  }

  // ---- Row parts ----

  static Row row(
      String name,
      Db db,
      Function<BadInputWorld, AbstractMigrateMojo> given,
      Class<? extends Exception> ends,
      List<String> says,
      Consumer<BadInputWorld> after) {
    return new Row(name, db, given, ends, says, List.of(), after);
  }

  /** One good script, so that a row fails for its own reason and not for an empty location. */
  static BadInputWorld withScript(BadInputWorld w) {
    w.table("aa01", null);
    return w;
  }

  static UpgradeMojo upgrade(BadInputWorld w) {
    return w.goal(new UpgradeMojo(NO_SERVERS), "upgrade");
  }

  static DowngradeMojo downgrade(BadInputWorld w, String target) {
    DowngradeMojo mojo = w.goal(new DowngradeMojo(NO_SERVERS), "downgrade");
    MojoHarness.set(mojo, "target", target);
    return mojo;
  }

  static SqlMojo sql(BadInputWorld w) {
    return w.goal(new SqlMojo(NO_SERVERS, null), "sql");
  }

  static Consumer<BadInputWorld> versions(String... ids) {
    return w -> assertThat(w.versions()).containsExactly(ids);
  }

  static Consumer<BadInputWorld> versionsAndNoTables(List<String> ids, String... tables) {
    return w -> {
      assertThat(w.versions()).containsExactlyElementsOf(ids);
      for (String table : tables) {
        assertThat(w.tableExists(table)).as("table %s", table).isFalse();
      }
    };
  }

  /** No database at all: neither the embedded default nor any other H2 file appeared. */
  static Consumer<BadInputWorld> nothingCreated() {
    return w -> {
      try (Stream<Path> files = Files.walk(w.basedir)) {
        assertThat(files.filter(p -> p.toString().endsWith(".db"))).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void symlink(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** aa01 applied, then its upgrade section changed on disk. */
  static void editedAfterUpgrade(BadInputWorld w) {
    w.table("aa01", null);
    w.ok(upgrade(w.property("url", w.url())));
    w.script(
        "aa01.sql", header("aa01", null), "CREATE TABLE t_aa01 (id BIGINT);", "DROP TABLE t_aa01;");
  }
}
