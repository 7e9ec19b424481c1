package dev.migrate.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.testing.DatabaseClients;
import dev.migrate.engine.testing.TestDatabase;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 5's acceptance: SQL rendered without a database and applied by the database's own client
 * gives the same schema and version rows as an online {@code upgrade heads}, and the rendered
 * {@code heads:base} downgrade removes everything again. Fixtures under {@code offline/<dialect>}:
 * 15 revisions, branches {@code billing} and {@code catalog} out of 0ff1ce000003, a merge
 * (0ff1ce000012), a {@code depends_on} (0ff1ce000011 on 0ff1ce000005), a trigger (plpgsql with a
 * {@code $$} body in PostgreSQL, a statement-begin/end body in MariaDB), views and, in PostgreSQL,
 * a {@code transactional: false} CREATE INDEX CONCURRENTLY.
 */
class OfflineEquivalenceTest {
  private static final String VERSIONS =
      "SELECT version_num FROM migrate_version ORDER BY version_num";
  private static final String HISTORY =
      "SELECT CONCAT_WS(' ', revision, direction, heads_before, heads_after, checksum, success)"
          + " FROM migrate_history ORDER BY id";

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void renderedUpgradeMatchesAnOnlineRunAndRenderedDowngradeEmptiesTheSchema(String database) {
    String location = location(database);
    try (TestDatabase online = TestDatabase.create(database);
        TestDatabase offline = TestDatabase.create(database)) {
      Migrator.create(online.config().locations(location).build()).upgrade("heads");

      Migrator renderer = renderer(database, location);
      String upgrade = renderer.upgradeSql("base:heads");
      offline.runScript(upgrade);

      assertThat(schema(offline)).isEqualTo(schema(online)).isNotEmpty();
      assertThat(offline.strings(VERSIONS))
          .isEqualTo(online.strings(VERSIONS))
          .containsExactly("0ff1ce000015");
      assertThat(offline.strings(HISTORY)).isEqualTo(online.strings(HISTORY)).hasSize(15);

      offline.runScript(renderer.downgradeSql("heads:base"));
      assertThat(offline.strings(VERSIONS)).isEmpty();
      assertThat(leftovers(offline)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource(TestDatabase.ALL)
  void renderingTwiceIsByteIdentical(String database) {
    String location = location(database);
    assertThat(renderer(database, location).upgradeSql("base:heads"))
        .isEqualTo(renderer(database, location).upgradeSql("base:heads"));
    assertThat(renderer(database, location).downgradeSql("heads:base"))
        .isEqualTo(renderer(database, location).downgradeSql("heads:base"));
  }

  @Test
  void aRangeThatIsNotAPathNamesBothEnds() {
    Migrator renderer = renderer("postgresql", location("postgresql"));
    // 0ff1ce000007 is on billing, 0ff1ce000010 on catalog: neither descends from the other.
    assertThatThrownBy(() -> renderer.upgradeSql("0ff1ce000007:0ff1ce000010"))
        .hasMessageContaining("0ff1ce000007")
        .hasMessageContaining("0ff1ce000010");
    assertThatThrownBy(() -> renderer.downgradeSql("0ff1ce000010:0ff1ce000007"))
        .hasMessageContaining("0ff1ce000007")
        .hasMessageContaining("0ff1ce000010");
  }

  private static Migrator renderer(String database, String location) {
    return Migrator.create(MigrateConfig.builder().locations(location).dialect(database).build());
  }

  private static String location(String database) {
    String dir = "/offline/" + database;
    try {
      return "filesystem:" + Path.of(OfflineEquivalenceTest.class.getResource(dir).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The schema as the dump tools print it; H2 has none, so its metadata tables are compared. */
  private static String schema(TestDatabase db) {
    if (db.is("postgresql") || db.is("sqlite")) {
      return DatabaseClients.schemaDump(db);
    }
    if (db.is("mariadb")) {
      // A trigger or view records the character set and sql_mode of the session that created it.
      // Those are the client's (JDBC: utf8mb4 and the driver's IGNORE_SPACE; the mariadb client:
      // its defaults), not the schema's, so the dump's lines that restore them are dropped.
      return DatabaseClients.schemaDump(db)
          .lines()
          .filter(
              l ->
                  !l.matches("/\\*!500\\d\\d SET (character_set_|collation_connection|sql_mode).*"))
          .collect(Collectors.joining("\n"));
    }
    // Online runs hold H2's lock in a table of their own that a rendered script has no use for;
    // because it exists, H2 names the other tables' unnamed constraints and indexes differently
    // (CONSTRAINT_54 instead of CONSTRAINT_5), so generated names are masked and lines sorted.
    String where = " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'MIGRATE_VERSION_LOCK'";
    return Stream.of(
            db.strings(
                "SELECT CONCAT_WS(' ', TABLE_NAME, TABLE_TYPE) FROM INFORMATION_SCHEMA.TABLES"
                    + where
                    + " ORDER BY TABLE_NAME"),
            db.strings(
                "SELECT CONCAT_WS(' ', TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE,"
                    + " IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY) FROM INFORMATION_SCHEMA.COLUMNS"
                    + where
                    + " ORDER BY TABLE_NAME, ORDINAL_POSITION"),
            db.strings(
                "SELECT CONCAT_WS(' ', TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME)"
                    + " FROM INFORMATION_SCHEMA.INDEXES"
                    + where
                    + " ORDER BY TABLE_NAME, INDEX_NAME"),
            db.strings(
                "SELECT CONCAT_WS(' ', TABLE_NAME, INDEX_NAME, COLUMN_NAME, ORDINAL_POSITION)"
                    + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                    + where
                    + " ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION"),
            db.strings(
                "SELECT CONCAT_WS(' ', TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE)"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + where
                    + " ORDER BY TABLE_NAME, CONSTRAINT_NAME"),
            db.strings(
                "SELECT CONCAT_WS(' ', TABLE_NAME, VIEW_DEFINITION) FROM INFORMATION_SCHEMA.VIEWS"
                    + where
                    + " ORDER BY TABLE_NAME"))
        .flatMap(List::stream)
        .map(
            l ->
                l.replaceAll(
                    "\\b(CONSTRAINT|PRIMARY_KEY)(_[0-9A-F]+)*(_INDEX(_[0-9A-F]+)?)?\\b",
                    "<generated>"))
        .sorted()
        .collect(Collectors.joining("\n"));
  }

  /** Every object that is not one of migrate's own tables (or their indexes and sequences). */
  private static List<String> leftovers(TestDatabase db) {
    String query =
        switch (db.dialectName()) {
          case "postgresql" ->
              "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                  + " WHERE n.nspname = 'public' AND c.relname NOT LIKE 'migrate\\_%'"
                  + " UNION ALL SELECT p.proname FROM pg_proc p"
                  + " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'"
                  + " UNION ALL SELECT t.typname FROM pg_type t"
                  + " JOIN pg_namespace n ON n.oid = t.typnamespace"
                  + " WHERE n.nspname = 'public' AND t.typname NOT LIKE '%migrate\\_%'";
          case "mariadb" ->
              "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                  + " AND TABLE_NAME NOT IN ('migrate_version', 'migrate_history')"
                  + " UNION ALL SELECT ROUTINE_NAME FROM information_schema.ROUTINES"
                  + " WHERE ROUTINE_SCHEMA = DATABASE()"
                  + " UNION ALL SELECT TRIGGER_NAME FROM information_schema.TRIGGERS"
                  + " WHERE TRIGGER_SCHEMA = DATABASE()";
          case "h2" ->
              "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                  + " AND TABLE_NAME NOT IN ('MIGRATE_VERSION', 'MIGRATE_HISTORY')"
                  + " UNION ALL SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"
                  + " WHERE SEQUENCE_SCHEMA = 'PUBLIC'";
          case "sqlite" ->
              "SELECT name FROM sqlite_master WHERE name NOT LIKE 'migrate\\_%' ESCAPE '\\'"
                  + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
          default -> throw new IllegalArgumentException("no catalog query for " + db);
        };
    return db.strings(query);
  }
}
