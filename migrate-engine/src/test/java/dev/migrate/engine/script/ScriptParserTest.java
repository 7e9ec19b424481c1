package dev.migrate.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.engine.database.Databases;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.testing.Syntaxes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScriptParserTest {
  private static final String FULL =
      """
      -- revision: 83e20b278cac
      -- down_revision: 3abc3b73b4a9
      -- message: add workflow state management
      -- create_date: 2025-09-16 10:55:00
      -- branch_labels: workflow
      -- depends_on: 1f0e9d8c7b6a, other_branch
      -- transactional: false

      -- migrate:upgrade
      CREATE TABLE workflow_transitions (id int);
      CREATE INDEX CONCURRENTLY wt_id ON workflow_transitions (id);

      -- migrate:downgrade
      DROP TABLE workflow_transitions;
      """;

  static SqlMigration parse(String text) {
    return ScriptParser.parse(ScriptText.normalise(text), "db/x.sql");
  }

  @Test
  void fullHeaderBecomesTheRevision() {
    SqlMigration migration = parse(FULL);

    assertThat(migration.revision())
        .isEqualTo(
            new Revision(
                "83e20b278cac",
                List.of("3abc3b73b4a9"),
                List.of("workflow"),
                List.of("1f0e9d8c7b6a", "other_branch"),
                "add workflow state management",
                "db/x.sql"));
    assertThat(migration.transactional()).isFalse();
    assertThat(migration.createDate()).contains("2025-09-16 10:55:00");
    assertThat(migration.hasDowngrade()).isTrue();
    assertThat(migration.upgradeSection().firstLine()).isEqualTo(10);
    assertThat(migration.downgradeSection().orElseThrow().firstLine()).isEqualTo(14);
    assertThat(migration.checksum()).isEqualTo(ScriptText.checksum(FULL)).hasSize(64);
  }

  @Test
  void statementsCarryFileLinesAndGoToTheSink() {
    SqlMigration migration = parse(FULL);
    List<Statement> sent = new ArrayList<>();
    migration.upgrade(
        new MigrationContext(Databases.forName("postgresql"), sent::add, Optional.empty()));
    assertThat(sent)
        .extracting(Statement::sql, Statement::line, Statement::index)
        .containsExactly(
            tuple("CREATE TABLE workflow_transitions (id int)", 10, 1),
            tuple("CREATE INDEX CONCURRENTLY wt_id ON workflow_transitions (id)", 11, 2));
    sent.clear();
    migration.downgrade(
        new MigrationContext(Databases.forName("mariadb"), sent::add, Optional.empty()));
    assertThat(sent).containsExactly(new Statement("DROP TABLE workflow_transitions", 14, 1));
  }

  @Test
  void rootMergeAndDefaults() {
    SqlMigration root = parse("-- revision: a1\n-- migrate:upgrade\n");
    assertThat(root.revision().downRevisions()).isEmpty();
    assertThat(root.revision().message()).isEmpty();
    assertThat(root.transactional()).isTrue();
    assertThat(root.createDate()).isEmpty();
    assertThat(root.upgradeStatements(Syntaxes.H2)).isEmpty();

    SqlMigration emptyDown = parse("-- revision: a2\n-- down_revision:\n-- migrate:upgrade\n");
    assertThat(emptyDown.revision().isBase()).isTrue();

    SqlMigration merge =
        parse(
            "-- revision: m1\n-- down_revision: a1 ,a2\n-- transactional: TRUE\n-- migrate:upgrade\n");
    assertThat(merge.revision().downRevisions()).containsExactly("a1", "a2");
    assertThat(merge.transactional()).isTrue();

    String longLabel = "l".repeat(64);
    assertThat(
            parse("-- revision: b1\n-- branch_labels: " + longLabel + "\n-- migrate:upgrade\n")
                .revision()
                .branchLabels())
        .containsExactly(longLabel);
  }

  @Test
  void missingDowngradeLoadsButCannotBeDowngraded() {
    SqlMigration migration = parse("-- revision: abc\n-- migrate:upgrade\nSELECT 1;\n");
    assertThat(migration.hasDowngrade()).isFalse();
    assertThat(migration.downgradeSection()).isEmpty();
    MigrationContext context =
        new MigrationContext(Databases.forName("postgresql"), s -> {}, Optional.empty());
    assertThatThrownBy(() -> migration.downgrade(context))
        .isInstanceOf(ScriptException.class)
        .hasMessage(
            "db/x.sql: revision abc cannot be downgraded: the script has no"
                + " '-- migrate:downgrade' section");
  }

  @Test
  void freeCommentsMayStandAroundTheHeader() {
    SqlMigration migration =
        parse(
            """
            -- Adds the users table.

            -- revision: abc
            -- see https://example.com/ticket/1
            -- message: users
            -- TODO is free text here

            -- NOTE: after the header, word-colon comments are free text
            -- migrate:upgrade
            -- revision: this is just a comment inside the section
            SELECT 1;
            """);
    assertThat(migration.revision().id()).isEqualTo("abc");
    assertThat(migration.revision().message()).isEqualTo("users");
  }

  @Test
  void sectionsMayComeInEitherOrderAndMarkersIgnoreCase() {
    SqlMigration migration =
        parse(
            "-- revision: abc\n--MIGRATE:Downgrade\nDROP TABLE t;\n-- migrate: upgrade\nCREATE TABLE t (a int);");
    assertThat(migration.upgradeStatements(Syntaxes.POSTGRESQL))
        .containsExactly(new Statement("CREATE TABLE t (a int)", 5, 1));
    assertThat(migration.downgradeStatements(Syntaxes.POSTGRESQL))
        .containsExactly(new Statement("DROP TABLE t", 3, 1));
  }

  @Test
  void headerErrorsNameFileAndLine() {
    assertError("-- revision: abc\n-- down_revison: x\n-- migrate:upgrade\n", 2)
        .hasMessage(
            "db/x.sql, line 2: unknown header key 'down_revison'; known keys: revision,"
                + " down_revision, message, create_date, branch_labels, depends_on,"
                + " transactional");
    assertError("\n-- revision: abc-def\n-- migrate:upgrade\n", 2)
        .hasMessageContaining("revision 'abc-def' is not a valid revision id");
    assertError("-- revision: " + "a".repeat(33) + "\n-- migrate:upgrade\n", 1)
        .hasMessageContaining("use 1 to 32 letters, digits or '_'");
    assertError("-- revision: abc\n-- down_revision: a1, x y\n-- migrate:upgrade\n", 2)
        .hasMessageContaining("down_revision: 'x y' is not a valid revision id");
    assertError("-- revision: abc\n-- down_revision: a1,\n-- migrate:upgrade\n", 2)
        .hasMessageContaining("down_revision: '' is not a valid");
    assertError("-- revision: abc\n-- depends_on: a1, a1\n-- migrate:upgrade\n", 2)
        .hasMessageContaining("'a1' is listed twice");
    assertError("-- revision: abc\n-- branch_labels: my-branch\n-- migrate:upgrade\n", 2)
        .hasMessageContaining("not a valid branch label");
    assertError("-- revision: abc\n-- branch_labels: x, heads\n-- migrate:upgrade\n", 2)
        .hasMessageContaining("branch label 'heads' is reserved");
    assertError("-- revision: abc\n-- depends_on: " + "l".repeat(65) + "\n-- migrate:upgrade\n", 2)
        .hasMessageContaining("use 1 to 64 letters");
    assertError("-- revision: abc\n-- revision: def\n-- migrate:upgrade\n", 2)
        .hasMessageContaining("header key 'revision' appears twice");
    assertError("-- revision: abc\n-- transactional: maybe\n-- migrate:upgrade\n", 2)
        .hasMessageContaining("transactional must be true or false, not 'maybe'");
    assertError("-- message: no id\n-- migrate:upgrade\n", 1)
        .hasMessageContaining("missing '-- revision: <id>' header");
    assertError("-- revision:\n-- migrate:upgrade\n", 1)
        .hasMessageContaining("missing '-- revision: <id>' header");
    assertError("-- revision: abc\n\n-- down_revision: a1\n-- migrate:upgrade\n", 3)
        .hasMessageContaining("header key 'down_revision' after the header ended");
  }

  @Test
  void sectionErrorsNameFileAndLine() {
    assertError("-- revision: abc\nCREATE TABLE t (a int);\n-- migrate:upgrade\n", 2)
        .hasMessageContaining("SQL before '-- migrate:upgrade'");
    assertError("-- revision: abc\n-- migrate:upgrade\n\n-- migrate:upgrad\n", 4)
        .hasMessageContaining("unknown directive '-- migrate:upgrad'");
    assertError(
            "-- revision: abc\n-- migrate:upgrade\n-- migrate:downgrade\n-- migrate:upgrade\n", 4)
        .hasMessageContaining("a second '-- migrate:upgrade' section");
    assertError("-- revision: abc\n-- migrate:statement-begin\n", 2)
        .hasMessageContaining("before '-- migrate:upgrade'");
    assertThatThrownBy(() -> parse("-- revision: abc\n-- migrate:downgrade\nSELECT 1;\n"))
        .isInstanceOf(ScriptException.class)
        .hasMessage(
            "db/x.sql: no '-- migrate:upgrade' section; put that line before the upgrade SQL");
  }

  @Test
  void splitErrorsAtRunTimeNameRevisionFileAndLine() {
    SqlMigration migration =
        parse("-- revision: abc\n-- migrate:upgrade\nSELECT 1;\nSELECT 'oops;\n");
    assertThatThrownBy(() -> migration.upgradeStatements(Syntaxes.POSTGRESQL))
        .isInstanceOf(ScriptException.class)
        .hasMessage("db/x.sql, line 4: unterminated string literal (') starts here (revision abc)");
    List<Statement> sent = new ArrayList<>();
    assertThatThrownBy(
            () ->
                migration.upgrade(
                    new MigrationContext(
                        Databases.forName("postgresql"), sent::add, Optional.empty())))
        .isInstanceOf(ScriptException.class);
    assertThat(sent).as("nothing runs when the section cannot be split").isEmpty();
  }

  @Test
  void checksumIgnoresBomAndLineEndingsButNotContent() {
    String lf = "-- revision: abc\n-- migrate:upgrade\nSELECT 1;\n";
    String crlf = lf.replace("\n", "\r\n");
    String cr = lf.replace("\n", "\r");
    String bom = "\uFEFF" + crlf;
    String checksum = parse(lf).checksum();
    assertThat(List.of(parse(crlf).checksum(), parse(cr).checksum(), parse(bom).checksum()))
        .containsOnly(checksum);
    assertThat(checksum)
        .isEqualTo(
            java.util.HexFormat.of()
                .formatHex(sha256(lf.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(parse(lf.replace("1", "2")).checksum()).isNotEqualTo(checksum);
    assertThat(parse(crlf).upgradeSection().sql()).isEqualTo("SELECT 1;\n");
  }

  @Test
  void invalidUtf8IsAnErrorNamingTheFileAndTheLineOfTheFirstBadByte() {
    assertThatThrownBy(
            () -> ScriptText.decode(new byte[] {'-', '-', (byte) 0xC3, '(', '\n'}, "bad.sql"))
        .isInstanceOf(ScriptException.class)
        .hasMessageStartingWith("bad.sql, line 1: byte 0xC3 is not UTF-8");
    // A Latin-1 script: "café" on line 6, after lines ending in CRLF and a lone CR.
    byte[] latin1 =
        "-- revision: a1\r\n-- down_revision:\r\n\r-- migrate:upgrade\nCREATE TABLE t (x int);\n-- caf\u00e9\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ScriptText.decode(latin1, "db/a1_latin.sql"))
        .isInstanceOfSatisfying(ScriptException.class, e -> assertThat(e.line()).isEqualTo(6))
        .hasMessage(
            "db/a1_latin.sql, line 6: byte 0xE9 is not UTF-8; scripts must be UTF-8 (convert a"
                + " Latin-1 or Windows-1252 file, e.g. iconv -f latin1 -t utf-8)");
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertError(
      String text, int line) {
    return assertThatThrownBy(() -> parse(text))
        .isInstanceOf(ScriptException.class)
        .satisfies(
            e -> {
              ScriptException se = (ScriptException) e;
              assertThat(se.file()).isEqualTo("db/x.sql");
              assertThat(se.line()).isEqualTo(line);
              assertThat(se.getMessage()).startsWith("db/x.sql, line " + line + ": ");
            });
  }
}
