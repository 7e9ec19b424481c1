package dev.migrate.cli;

import static dev.migrate.cli.BadInputFixture.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.cli.BadInputFixture.Db;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input and faults through the CLI, one row per case: what the user gave, the exit code, the
 * key words of the message, and the database afterwards. Every row also asserts that nothing
 * printed holds a stack trace, a Java class name or a test password.
 */
class BadInputCliTest {
  @TempDir Path dir;

  /** What a row runs: the arguments and the environment. */
  record Invocation(Map<String, String> environment, List<String> args) {}

  /**
   * One case: its database, what it sets up and runs, the exit code, words the output must hold
   * (case-insensitive) and must not hold, and the state the database must be left in.
   */
  record Row(
      String name,
      Db db,
      Function<BadInputFixture, Invocation> given,
      int exit,
      List<String> says,
      List<String> never,
      Consumer<BadInputFixture> after) {
    Row never(String... words) {
      return new Row(name, db, given, exit, says, List.of(words), after);
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
    try (BadInputFixture f = new BadInputFixture(dir, row.db())) {
      Invocation invocation = row.given().apply(f);
      CliRun run = f.cli(invocation.environment(), invocation.args());
      String printed = run.out() + run.err();
      assertThat(run.exitCode())
          .as("exit code of %s%n%s", invocation.args(), printed)
          .isEqualTo(row.exit());
      for (String word : row.says()) {
        assertThat(printed).as("the output of %s", invocation.args()).containsIgnoringCase(word);
      }
      for (String word : row.never()) {
        assertThat(printed)
            .as("the output of %s", invocation.args())
            .doesNotContainIgnoringCase(word);
      }
      BadInputFixture.assertClean(printed);
      row.after().accept(f);
    }
  }

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(secretsAndUrls());
    rows.addAll(falseStatements());
    rows.addAll(unsplittable());
    rows.addAll(credentials());
    rows.addAll(unclear());
    rows.addAll(whatRunsSay());
    rows.addAll(alreadyGood());
    return rows.stream();
  }

  // ---- Wrong today: passwords in DATABASE_URL, %zz, unknown host, --locations ----

  static List<Row> secretsAndUrls() {
    return List.of(
        row(
            "DATABASE_URL password with an unencoded '/'",
            Db.NONE,
            f -> env(Map.of("DATABASE_URL", pgUrl(TestSecrets.SLASH)), "current"),
            2,
            List.of("percent-encode", "%2F", "****"),
            nothingCreated()),
        row(
            "DATABASE_URL password with an unencoded '@' (the last '@' ends it: reaches the port)",
            Db.NONE,
            f ->
                env(
                    Map.of(
                        "DATABASE_URL", "postgresql://app:" + TestSecrets.AT + "@127.0.0.1:1/app"),
                    "current"),
            1,
            List.of("127.0.0.1:1", "user app"),
            nothingCreated()),
        row(
            "DATABASE_URL password with an unencoded ':' (valid in a password: reaches the port)",
            Db.NONE,
            f ->
                env(
                    Map.of(
                        "DATABASE_URL",
                        "postgresql://app:" + TestSecrets.COLON + "@127.0.0.1:1/app"),
                    "current"),
            1,
            List.of("127.0.0.1:1"),
            nothingCreated()),
        row(
            "'%zz' in the URL is a usage error",
            Db.NONE,
            f ->
                env(
                    Map.of(
                        "DATABASE_URL",
                        "postgresql://app:" + TestSecrets.PERCENT + "@127.0.0.1:5432/ap%zzp"),
                    "current"),
            2,
            List.of("%zz"),
            nothingCreated()),
        row(
            "unknown host",
            Db.NONE,
            f -> args("--url", "jdbc:postgresql://mt-no-such-host.invalid:5432/app", "current"),
            1,
            List.of("mt-no-such-host.invalid"),
            nothingCreated()),
        row(
            "--locations without a prefix",
            Db.H2,
            f -> {
              f.table("aa01", null);
              return args("--url", f.url(), "--locations", "db/migrations", "upgrade");
            },
            1,
            List.of("filesystem:"),
            versions()));
  }

  // ---- Wrong today: statements about the database that were false ----

  static List<Row> falseStatements() {
    return List.of(
        row(
                "transactionMode=all with a transactional: false revision is refused at the start",
                Db.POSTGRESQL,
                f -> {
                  f.table("aa01", null);
                  f.script(
                      "bb02.sql",
                      header("bb02", "aa01") + "\n-- transactional: false",
                      "CREATE TABLE t_bb02 (id INT);",
                      "DROP TABLE t_bb02;");
                  f.script(
                      "cc03.sql", header("cc03", "bb02"), "SELECT * FROM no_such_table;", null);
                  return args("--url", f.url(), "--transaction-mode", "all", "upgrade");
                },
                1,
                List.of("bb02", "transactional"),
                versionsAndNoTables(List.of(), "t_aa01", "t_bb02"))
            .never("whole run was rolled back"),
        row(
            "downgrade base through a revision without a downgrade section changes nothing",
            Db.H2,
            f -> {
              f.table("aa01", null);
              f.script("bb02.sql", header("bb02", "aa01"), "CREATE TABLE t_bb02 (id INT);", null);
              f.table("cc03", "bb02");
              f.ok("--url", f.url(), "upgrade");
              return args("--url", f.url(), "downgrade", "base");
            },
            1,
            List.of("bb02", "downgrade"),
            f -> {
              assertThat(f.versions()).containsExactly("cc03");
              assertThat(f.tableExists("t_cc03")).isTrue();
            }),
        row(
                "a failed downgrade says the revision stays applied",
                Db.H2,
                f -> {
                  f.table("aa01", null);
                  f.script(
                      "bb02.sql",
                      header("bb02", "aa01"),
                      "CREATE TABLE t_bb02 (id INT);",
                      "DROP TABLE no_such_table;");
                  f.ok("--url", f.url(), "upgrade");
                  return args("--url", f.url(), "downgrade", "base");
                },
                1,
                List.of("bb02", "downgrade", "stays applied"),
                versions("bb02"))
            .never("revisions before it stay applied"));
  }

  // ---- Wrong today: scripts that cannot be split, refused before the first statement ----

  static List<Row> unsplittable() {
    List<Row> rows = new ArrayList<>();
    for (String command : List.of("validate", "check", "upgrade", "offline")) {
      rows.add(
          unsplittable(
              command, Db.H2, "h2", "INSERT INTO t_aa01 VALUES (1);\nSELECT 'unterminated;"));
      rows.add(
          unsplittable(
              command,
              Db.POSTGRESQL,
              "postgresql",
              "CREATE TABLE t_x (id INT);\nDO $$ BEGIN\n  PERFORM 1;\nEND;\n"));
    }
    return rows;
  }

  private static Row unsplittable(String command, Db db, String dialect, String body) {
    return row(
        "unterminated " + (body.contains("$$") ? "$$" : "quote") + " refused by " + command,
        command.equals("offline") ? Db.NONE : db,
        f -> {
          f.table("aa01", null);
          f.script("bb02.sql", header("bb02", "aa01"), body, null);
          return command.equals("offline")
              ? args("--dialect", dialect, "upgrade", "--sql")
              : args("--url", f.url(), command);
        },
        1,
        List.of("bb02.sql", "line 6"),
        command.equals("offline")
            ? nothingCreated()
            : versionsAndNoTables(List.of(), "t_aa01", "t_x"));
  }

  // ---- Wrong today: credentials merge per field ----

  static List<Row> credentials() {
    return List.of(
        row(
            "user from migrate.properties, password from MIGRATE_PASSWORD",
            Db.MARIADB,
            f -> {
              f.table("aa01", null);
              String user = f.user(TestSecrets.MARIADB);
              properties(f, "migrate.user=" + user);
              return env(
                  Map.of("MIGRATE_PASSWORD", TestSecrets.MARIADB),
                  "--url",
                  f.bareUrl("mariadb"),
                  "upgrade");
            },
            0,
            List.of("Upgraded 1 revision"),
            versions("aa01")),
        row(
            "user from MIGRATE_USER, password from migrate.properties",
            Db.MARIADB,
            f -> {
              f.table("aa01", null);
              String user = f.user(TestSecrets.MARIADB);
              properties(f, "migrate.password=" + TestSecrets.MARIADB);
              return env(Map.of("MIGRATE_USER", user), "--url", f.bareUrl("mariadb"), "upgrade");
            },
            0,
            List.of("Upgraded 1 revision"),
            versions("aa01")),
        row(
            "user inside DATABASE_URL, password from --password",
            Db.MARIADB,
            f -> {
              f.table("aa01", null);
              String user = f.user(TestSecrets.MARIADB);
              return env(
                  Map.of(
                      "DATABASE_URL", "mariadb://" + user + "@" + f.db.host() + "/" + f.db.name()),
                  "--password",
                  TestSecrets.MARIADB,
                  "upgrade");
            },
            0,
            List.of("Upgraded 1 revision"),
            versions("aa01")),
        row(
            "--debug says where the user and the password came from",
            Db.MARIADB,
            f -> {
              f.table("aa01", null);
              String user = f.user(TestSecrets.MARIADB);
              properties(f, "migrate.user=" + user);
              return env(
                  Map.of("MIGRATE_PASSWORD", TestSecrets.MARIADB),
                  "--debug",
                  "--url",
                  f.bareUrl("mariadb"),
                  "current");
            },
            0,
            List.of("MIGRATE_PASSWORD", "migrate.properties"),
            versions()));
  }

  // ---- Unclear today: messages that must say what was attempted and what to do ----

  static List<Row> unclear() {
    return List.of(
        row(
            "version table in a schema that does not exist",
            Db.POSTGRESQL,
            f -> {
              f.table("aa01", null);
              return args("--url", f.url(), "--schema", "mt_no_such_schema", "upgrade");
            },
            1,
            List.of("mt_no_such_schema", "schema"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "version table without the privilege to create it",
            Db.POSTGRESQL,
            f -> {
              f.table("aa01", null);
              String user = f.user(null);
              return args("--url", f.bareUrl("postgresql") + "?user=" + user, "upgrade");
            },
            1,
            List.of("migrate_version", "CREATE"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "edited applied script: check fails",
            Db.H2,
            f -> {
              editedAfterUpgrade(f);
              return args("--url", f.url(), "check");
            },
            1,
            List.of("aa01.sql", "changed after it was applied"),
            versions("aa01")),
        row(
            "edited applied script: upgrade warns and runs",
            Db.H2,
            f -> {
              editedAfterUpgrade(f);
              f.table("bb02", "aa01");
              return args("--url", f.url(), "upgrade");
            },
            0,
            List.of("aa01.sql", "changed after it was applied", "repair", "Upgraded 1 revision"),
            versions("bb02")),
        row(
            "edited applied script: upgrade with validateOnMigrate fails before running",
            Db.H2,
            f -> {
              editedAfterUpgrade(f);
              f.table("bb02", "aa01");
              return args("--url", f.url(), "--validate-on-migrate", "true", "upgrade");
            },
            1,
            List.of("aa01", "edited"),
            versionsAndNoTables(List.of("aa01"), "t_bb02")),
        row(
            "edited applied script: repair accepts it, check passes again",
            Db.H2,
            f -> {
              editedAfterUpgrade(f);
              f.ok("--url", f.url(), "repair");
              return args("--url", f.url(), "check");
            },
            0,
            List.of(),
            versions("aa01")),
        row(
            "CREATE INDEX CONCURRENTLY in a transactional script",
            Db.POSTGRESQL,
            f -> {
              f.table("aa01", null);
              f.script(
                  "bb02.sql",
                  header("bb02", "aa01"),
                  "CREATE INDEX CONCURRENTLY i_aa01 ON t_aa01 (id);",
                  "DROP INDEX i_aa01;");
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("bb02", "transactional: false", "line 5"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "upgrade --sql with a url and no dialect renders and changes nothing",
            Db.H2,
            f -> {
              f.table("aa01", null);
              return args("--url", f.url(), "upgrade", "--sql");
            },
            0,
            List.of("CREATE TABLE t_aa01"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "symlink loop among the scripts",
            Db.H2,
            f -> {
              f.table("aa01", null);
              symlink(f.scripts.resolve("loop"), f.scripts);
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("loop"),
            versions()),
        row(
            "Latin-1 file names the line",
            Db.H2,
            f -> {
              f.table("aa01", null);
              f.write(
                  "bb02.sql",
                  (header("bb02", "aa01")
                          + "\n-- migrate:upgrade\nCREATE TABLE t_bb02 (name VARCHAR(10));\n"
                          + "INSERT INTO t_bb02 VALUES ('caf\u00e9');\n")
                      .getBytes(StandardCharsets.ISO_8859_1));
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("bb02.sql", "UTF-8", "line 6"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
                "stamp of an unknown id",
                Db.H2,
                f -> {
                  f.table("aa01", null);
                  return args("--url", f.url(), "stamp", "mt_nope");
                },
                1,
                List.of("revision", "'mt_nope'"),
                versions())
            .never("No such branch"),
        row(
                "upgrade xyz: no false hint about prefix length",
                Db.H2,
                f -> {
                  f.table("aa01", null);
                  return args("--url", f.url(), "upgrade", "xyz");
                },
                1,
                List.of("xyz"),
                versionsAndNoTables(List.of(), "t_aa01"))
            .never("four characters"),
        row(
            "upgrade +10 at the head",
            Db.H2,
            f -> {
              f.table("aa01", null);
              f.ok("--url", f.url(), "upgrade");
              return args("--url", f.url(), "upgrade", "+10");
            },
            1,
            List.of("nothing is pending"),
            versions("aa01")),
        row(
            "upgrade +10 with one pending",
            Db.H2,
            f -> {
              f.table("aa01", null);
              f.table("bb02", "aa01");
              f.ok("--url", f.url(), "upgrade", "aa01");
              return args("--url", f.url(), "upgrade", "+10");
            },
            1,
            List.of("only 1 is pending"),
            versions("aa01")),
        row(
            "downgrade marker inside a $$ body",
            Db.POSTGRESQL,
            f -> {
              f.table("aa01", null);
              f.script(
                  "bb02.sql",
                  header("bb02", "aa01"),
                  "CREATE FUNCTION f_bb02() RETURNS int AS $$\n-- migrate:downgrade\n"
                      + "SELECT 1;\n$$ LANGUAGE sql;",
                  null);
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("bb02.sql", "migrate:downgrade", "line 6"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "psql meta-command \\set",
            Db.POSTGRESQL,
            f -> {
              f.table("aa01", null);
              f.script(
                  "bb02.sql",
                  header("bb02", "aa01"),
                  "\\set ON_ERROR_STOP on\nCREATE TABLE t_bb02 (id INT);",
                  null);
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("bb02.sql", "psql", "line 5"),
            versionsAndNoTables(List.of(), "t_aa01", "t_bb02")),
        row(
            "psql's COPY ... FROM STDIN",
            Db.POSTGRESQL,
            f -> {
              f.table("aa01", null);
              f.script(
                  "bb02.sql",
                  header("bb02", "aa01"),
                  "CREATE TABLE t_bb02 (id INT);\nCOPY t_bb02 (id) FROM STDIN;\n1\n2\n\\.",
                  null);
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("bb02.sql", "psql", "line 6"),
            versionsAndNoTables(List.of(), "t_aa01", "t_bb02")),
        row(
                "two heads: the hint names the CLI's way to choose",
                Db.H2,
                f -> {
                  f.table("aa01", null);
                  f.table("bb02", "aa01");
                  f.table("cc03", "aa01");
                  return args("--url", f.url(), "revision", "-m", "next");
                },
                1,
                List.of("bb02", "cc03", "--head"),
                scriptsAre("aa01.sql", "bb02.sql", "cc03.sql"))
            .never("head="));
  }

  // ---- What a run says about the database, the server and the scripts ----

  static List<Row> whatRunsSay() {
    return List.of(
        row(
            "the database a run changes is named, masked, with where the URL came from",
            Db.POSTGRESQL,
            f -> {
              f.table("aa01", null);
              String url =
                  "postgresql://postgres:"
                      + TestSecrets.ANNOUNCED
                      + "@"
                      + f.db.host()
                      + "/"
                      + f.db.name();
              return env(Map.of("DATABASE_URL", url), "upgrade");
            },
            0,
            List.of("Database: jdbc:postgresql://", "(PostgreSQL ", "DATABASE_URL"),
            versions("aa01")),
        row(
            "RAISE NOTICE from a script reaches the output as the server's line",
            Db.POSTGRESQL,
            f -> {
              f.script(
                  "aa01.sql",
                  header("aa01", null),
                  "DO $$ BEGIN RAISE NOTICE 'mt notice from aa01'; END $$;",
                  null);
              return args("--url", f.url(), "upgrade");
            },
            0,
            List.of("Server: mt notice from aa01"),
            versions("aa01")),
        row(
                "verify twice over a revision whose downgrade forgets its role: the role goes,"
                    + " the second run says the same",
                Db.POSTGRESQL,
                f -> {
                  String role = "mt_vr_" + f.db.name().replaceAll("[^a-z0-9]", "");
                  f.cleanup("DROP ROLE IF EXISTS " + role);
                  f.script(
                      "aa01.sql", header("aa01", null), "CREATE ROLE " + role + ";", "SELECT 1;");
                  CliRun first = f.cli(Map.of(), List.of("--url", f.url(), "verify"));
                  assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(1);
                  return args("--url", f.url(), "verify");
                },
                1,
                List.of("created by its upgrade, is still there", "dropped role"),
                f ->
                    assertThat(
                            f.db.strings(
                                "SELECT rolname FROM pg_roles WHERE rolname LIKE 'mt_vr_%"
                                    + f.db.name().replaceAll("[^a-z0-9]", "")
                                    + "'"))
                        .isEmpty())
            .never("already exists"),
        row(
                "an Alembic version table with a row that is an ancestor of another is read as"
                    + " Alembic reads it",
                Db.H2,
                f -> {
                  f.table("aa01", null);
                  f.table("bb02", "aa01");
                  f.sql(
                      "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                      "INSERT INTO alembic_version VALUES ('aa01'), ('bb02')");
                  return args("--url", f.url(), "--version-table", "alembic_version", "current");
                },
                0,
                List.of("bb02"),
                f -> assertThat(f.versions("alembic_version")).containsExactly("aa01", "bb02"))
            .never("overlap", "ancestor of another row"),
        row(
            "the next upgrade tidies the ancestor row and says so",
            Db.H2,
            f -> {
              f.table("aa01", null);
              f.table("bb02", "aa01");
              f.table("cc03", "bb02");
              f.sql(
                  "CREATE TABLE t_aa01 (id INT)",
                  "CREATE TABLE t_bb02 (id INT)",
                  "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
                  "INSERT INTO alembic_version VALUES ('aa01'), ('bb02')");
              return args("--url", f.url(), "--version-table", "alembic_version", "upgrade");
            },
            0,
            List.of("Deleting redundant version row aa01", "bb02 -> cc03"),
            f -> assertThat(f.versions("alembic_version")).containsExactly("cc03")),
        row(
            "current on a project with no scripts yet is no error",
            Db.H2,
            f -> args("--url", f.url(), "current"),
            0,
            List.of("no revision applied"),
            versions()),
        row(
                "heads needs no database and announces none",
                Db.NONE,
                f -> {
                  f.table("aa01", null);
                  return args("heads");
                },
                0,
                List.of("aa01 (head)"),
                nothingCreated())
            .never("Database:", "embedded", "H2"),
        row(
            "history --verbose says when, by whom and how long",
            Db.POSTGRESQL,
            f -> {
              f.table("aa01", null);
              f.ok("--url", f.url(), "upgrade");
              return args("--url", f.url(), "history", "--verbose");
            },
            0,
            List.of("Applied: ", " by ", " ms"),
            versions("aa01")));
  }

  // ---- Already good: keep them so ----

  static List<Row> alreadyGood() {
    return List.of(
        row(
            "unknown header key",
            Db.H2,
            f -> {
              f.write("aa01.sql", "-- revsion: aa01\n-- migrate:upgrade\nSELECT 1;\n", UTF8);
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("revsion", "aa01.sql"),
            versions()),
        row(
            "duplicate revision ids",
            Db.H2,
            f -> {
              f.table("aa01", null);
              f.script("other.sql", header("aa01", null), "SELECT 1;", null);
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("aa01", "aa01.sql", "other.sql"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "a cycle",
            Db.H2,
            f -> {
              f.table("aa01", "bb02");
              f.table("bb02", "aa01");
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("cycle", "aa01", "bb02"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "a missing parent",
            Db.H2,
            f -> {
              f.table("aa01", null);
              f.table("bb02", "zz99");
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("zz99", "bb02"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "a byte-order mark is read past",
            Db.H2,
            f -> {
              f.write(
                  "aa01.sql",
                  "\uFEFF"
                      + header("aa01", null)
                      + "\n-- migrate:upgrade\nCREATE TABLE t_aa01 (id"
                      + " INT);\n",
                  UTF8);
              return args("--url", f.url(), "upgrade");
            },
            0,
            List.of("Upgraded 1 revision"),
            versions("aa01")),
        row(
            "CRLF line ends",
            Db.H2,
            f -> {
              f.write(
                  "aa01.sql",
                  (header("aa01", null)
                          + "\n-- migrate:upgrade\nCREATE TABLE t_aa01 (id INT);\n"
                          + "-- migrate:downgrade\nDROP TABLE t_aa01;\n")
                      .replace("\n", "\r\n"),
                  UTF8);
              return args("--url", f.url(), "upgrade");
            },
            0,
            List.of("Upgraded 1 revision"),
            versions("aa01")),
        row(
            "a binary file among the scripts",
            Db.H2,
            f -> {
              f.table("aa01", null);
              f.write("junk.sql", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 10, 0x7f});
              return args("--url", f.url(), "upgrade");
            },
            1,
            List.of("junk.sql"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "injection in the version table's name",
            Db.H2,
            f -> {
              f.table("aa01", null);
              f.sql("CREATE TABLE y (id INT)");
              return args("--url", f.url(), "--version-table", "x; DROP TABLE y", "upgrade");
            },
            2,
            List.of("x; DROP TABLE y"),
            f -> {
              assertThat(f.tableExists("y")).isTrue();
              assertThat(f.tableExists("t_aa01")).isFalse();
            }),
        row(
            "injection in the history table's name",
            Db.POSTGRESQL,
            f -> {
              f.table("aa01", null);
              f.sql("CREATE TABLE y (id INT)");
              return args("--url", f.url(), "--history-table", "h\"; DROP TABLE y; --", "upgrade");
            },
            2,
            List.of("DROP TABLE y"),
            f -> {
              assertThat(f.tableExists("y")).isTrue();
              assertThat(f.tableExists("t_aa01")).isFalse();
            }),
        row(
            "injection in the schema name",
            Db.POSTGRESQL,
            f -> {
              f.table("aa01", null);
              f.sql("CREATE TABLE y (id INT)");
              return args("--url", f.url(), "--schema", "public; DROP TABLE y", "upgrade");
            },
            2,
            List.of("public; DROP TABLE y"),
            f -> {
              assertThat(f.tableExists("y")).isTrue();
              assertThat(f.tableExists("t_aa01")).isFalse();
            }),
        row(
            "a wrong password",
            Db.MARIADB,
            f -> {
              f.table("aa01", null);
              String user = f.user(TestSecrets.MARIADB);
              return env(
                  Map.of("MIGRATE_USER", user, "MIGRATE_PASSWORD", TestSecrets.WRONG),
                  "--url",
                  f.bareUrl("mariadb"),
                  "upgrade");
            },
            1,
            List.of("denied", "mt_u_"),
            versionsAndNoTables(List.of(), "t_aa01")),
        row(
            "a refused port",
            Db.NONE,
            f ->
                args(
                    "--url",
                    "jdbc:postgresql://127.0.0.1:1/app",
                    "--password",
                    TestSecrets.WRONG,
                    "current"),
            1,
            List.of("127.0.0.1:1"),
            nothingCreated()),
        row(
            "a missing database",
            Db.NONE,
            f ->
                args(
                    "--url",
                    "jdbc:postgresql://127.0.0.1:5432/mt_no_such_db?user=postgres",
                    "current"),
            1,
            List.of("mt_no_such_db"),
            nothingCreated()),
        row(
            "an ambiguous prefix",
            Db.H2,
            f -> {
              f.table("abc1", null);
              f.table("abc2", "abc1");
              return args("--url", f.url(), "upgrade", "abc");
            },
            1,
            List.of("abc1", "abc2"),
            versionsAndNoTables(List.of(), "t_abc1")));
  }

  // ---- Row parts ----

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  static Row row(
      String name,
      Db db,
      Function<BadInputFixture, Invocation> given,
      int exit,
      List<String> says,
      Consumer<BadInputFixture> after) {
    return new Row(name, db, given, exit, says, List.of(), after);
  }

  static Invocation args(String... args) {
    return new Invocation(Map.of(), List.of(args));
  }

  static Invocation env(Map<String, String> environment, String... args) {
    return new Invocation(new HashMap<>(environment), List.of(args));
  }

  static String pgUrl(String password) {
    return "postgresql://app:" + password + "@127.0.0.1:5432/app";
  }

  /** The version rows are exactly these. */
  static Consumer<BadInputFixture> versions(String... ids) {
    return f -> assertThat(f.versions()).containsExactly(ids);
  }

  /** The version rows are exactly these, and none of the tables exists. */
  static Consumer<BadInputFixture> versionsAndNoTables(List<String> ids, String... tables) {
    return f -> {
      assertThat(f.versions()).containsExactlyElementsOf(ids);
      for (String table : tables) {
        assertThat(f.tableExists(table)).as("table %s", table).isFalse();
      }
    };
  }

  /** No database at all: no H2 file appeared in the working directory. */
  static Consumer<BadInputFixture> nothingCreated() {
    return f -> {
      try (Stream<Path> files = Files.walk(f.dir)) {
        assertThat(files.filter(p -> p.toString().endsWith(".db"))).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** No script was written: the scripts directory holds exactly these files. */
  static Consumer<BadInputFixture> scriptsAre(String... files) {
    return f -> {
      try (Stream<Path> list = Files.list(f.scripts)) {
        assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(files);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  static void properties(BadInputFixture f, String... lines) {
    try {
      Files.writeString(f.dir.resolve("migrate.properties"), String.join("\n", lines) + "\n");
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
  static void editedAfterUpgrade(BadInputFixture f) {
    f.table("aa01", null);
    f.ok("--url", f.url(), "upgrade");
    f.script(
        "aa01.sql", header("aa01", null), "CREATE TABLE t_aa01 (id BIGINT);", "DROP TABLE t_aa01;");
  }
}
