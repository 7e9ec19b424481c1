package dev.migrate.engine.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.AutogenerateResult;
import dev.migrate.engine.api.ModelSpec;
import dev.migrate.engine.api.RevisionRequest;
import dev.migrate.engine.api.error.UnprovableRevisionException;
import dev.migrate.engine.testing.Reporters;
import dev.migrate.engine.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof reads only the tables a revision can reach, and still finds what its statements do
 * elsewhere: on PostgreSQL, an event trigger that makes a table of its own for each new table. What
 * the scripts' temporary tables refuse is proven on ordinary ones.
 */
class AutogenerateProofTest {
  @TempDir Path dir;

  private static final String AUDIT_FUNCTION =
      """
      CREATE FUNCTION audit_tables() RETURNS event_trigger LANGUAGE plpgsql AS $$
      DECLARE created record;
      BEGIN
        FOR created IN SELECT * FROM pg_event_trigger_ddl_commands()
          WHERE command_tag = 'CREATE TABLE' LOOP
          IF created.object_identity NOT LIKE '%audit\\_%' THEN
            EXECUTE 'CREATE TABLE ' || replace(created.object_identity, '.', '.audit_')
              || ' (at timestamp)';
          END IF;
        END LOOP;
      END $$;
      """;

  @Test
  void aTableThatAnEventTriggerMakesBesideTheNewOneFailsTheProof() throws IOException {
    try (TestDatabase db = TestDatabase.postgres()) {
      // The model has what the scripts have (the event trigger is no part of a schema) and a table.
      Migrator migrator =
          project(
              db,
              "CREATE TABLE customer (id int PRIMARY KEY);\n"
                  + AUDIT_FUNCTION
                  + "CREATE EVENT TRIGGER audit_tables ON ddl_command_end"
                  + " EXECUTE FUNCTION audit_tables();\n",
              "DROP EVENT TRIGGER audit_tables;\nDROP FUNCTION audit_tables();\n"
                  + "DROP TABLE audit_customer;\nDROP TABLE customer;\n",
              "CREATE TABLE customer (id int PRIMARY KEY);\n"
                  + "CREATE TABLE audit_customer (at timestamp);\n"
                  + AUDIT_FUNCTION
                  + "CREATE TABLE invoice (id int PRIMARY KEY,"
                  + " customer_id int REFERENCES customer);\n",
              new ArrayList<>());

      assertThatThrownBy(() -> migrator.autogenerate(RevisionRequest.of("invoice")))
          .isInstanceOf(UnprovableRevisionException.class)
          .hasMessageContaining("after the upgrade")
          .hasMessageContaining("audit_invoice")
          .hasMessageContaining("is there but should not be");
      try (var files = Files.list(dir.resolve("migrations"))) {
        assertThat(files).hasSize(1);
      }
    }
  }

  @Test
  void aRevisionOfSomeTablesAmongManyProvesOutAndRunsBothWays() throws IOException {
    try (TestDatabase db = TestDatabase.postgres()) {
      StringBuilder base = new StringBuilder();
      StringBuilder drops = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        base.append("CREATE TABLE t")
            .append(i)
            .append(" (id int PRIMARY KEY, parent_id int")
            .append(i > 0 ? " REFERENCES t" + (i - 1) / 3 : "")
            .append(", note text);\n");
        drops.insert(0, "DROP TABLE t" + i + ";\n");
      }
      // t2 gains a column and loses one, t5 a table that references it, t19 is dropped.
      String model =
          base.toString()
                  .replace(
                      "CREATE TABLE t2 (id int PRIMARY KEY, parent_id int REFERENCES t0, note text)",
                      "CREATE TABLE t2 (id int PRIMARY KEY, parent_id int REFERENCES t0,"
                          + " title varchar(20) NOT NULL DEFAULT 'x')")
                  .replace(
                      "CREATE TABLE t19 (id int PRIMARY KEY, parent_id int REFERENCES t6,"
                          + " note text);\n",
                      "")
              + "CREATE TABLE extra (id int PRIMARY KEY, t2_id int REFERENCES t2);\n"
              + "CREATE INDEX ix_extra_t2 ON extra (t2_id);\n";
      Migrator migrator = project(db, base.toString(), drops.toString(), model, new ArrayList<>());

      AutogenerateResult result = migrator.autogenerate(RevisionRequest.of("some"));

      assertThat(result.detected())
          .contains(
              "Detected added table 'extra'",
              "Detected removed table 't19'",
              "Detected added column 't2.title'",
              "Detected removed column 't2.note'");
      migrator.upgrade("heads");
      assertThat(migrator.autogenerate(RevisionRequest.of("again")).noChanges()).isTrue();
      migrator.downgrade("-1");
      migrator.upgrade("heads");
      assertThat(migrator.check().ok()).isTrue();
    }
  }

  @Test
  void aRevisionThatTemporaryTablesRefuseIsProvenOnOrdinaryOnes() throws IOException {
    try (TestDatabase db = TestDatabase.postgres()) {
      // The scripts replay on temporary tables; no materialized view may read one.
      List<String> said = new ArrayList<>();
      Migrator migrator =
          project(
              db,
              "CREATE TABLE t (id int PRIMARY KEY);\n",
              "DROP TABLE t;\n",
              "CREATE TABLE t (id int PRIMARY KEY);\n"
                  + "CREATE MATERIALIZED VIEW t_ids AS SELECT id FROM t;\n",
              said);

      AutogenerateResult result = migrator.autogenerate(RevisionRequest.of("ids"));

      assertThat(result.detected()).containsExactly("Detected added view 't_ids'");
      assertThat(Files.readString(result.path().orElseThrow()))
          .contains("CREATE MATERIALIZED VIEW \"t_ids\"");
      assertThat(said)
          .anyMatch(
              line ->
                  line.contains("does not prove out on the scripts' temporary tables")
                      && line.contains("materialized views must not use temporary tables"));
      migrator.upgrade("heads");
      assertThat(migrator.autogenerate(RevisionRequest.of("again")).noChanges()).isTrue();
      migrator.downgrade("-1");
      assertThat(db.strings("select matviewname from pg_matviews")).isEmpty();
    }
  }

  /**
   * A project of one base revision and a desired-state SQL model; debug lines go to {@code said}.
   */
  private Migrator project(
      TestDatabase db, String upgrade, String downgrade, String model, List<String> said)
      throws IOException {
    Path scripts = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(
        scripts.resolve("20250101_0000-aaaaaaaaaaaa_base.sql"),
        "-- revision: aaaaaaaaaaaa\n-- down_revision:\n-- message: base\n\n-- migrate:upgrade\n"
            + upgrade
            + "\n-- migrate:downgrade\n"
            + downgrade,
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("schema.sql"), model, StandardCharsets.UTF_8);
    return Migrator.create(
        db.config()
            .locations("filesystem:" + scripts)
            .baseDirectory(dir)
            .model(ModelSpec.parse("sql:schema.sql"))
            .reporter(Reporters.debugInto(said))
            .build());
  }
}
