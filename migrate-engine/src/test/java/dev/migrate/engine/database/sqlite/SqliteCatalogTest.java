package dev.migrate.engine.database.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.schema.CheckConstraint;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.Identity;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.ReferentialAction;
import dev.migrate.engine.schema.Table;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.View;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the schema reader makes of what SQLite keeps only as CREATE statements. */
class SqliteCatalogTest {

  @Test
  void readsNamesChecksExpressionsAndPredicatesFromTheCreateStatements() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE team (id INTEGER PRIMARY KEY)");
      s.execute(
          "CREATE TABLE \"member\" (\n"
              + "  id INTEGER PRIMARY KEY AUTOINCREMENT, -- the rowid, (a comment)\n"
              + "  [e-mail] VARCHAR(100) NOT NULL CONSTRAINT ck_mail CHECK (\"e-mail\" LIKE '%@%'),\n"
              + "  team_id INT CONSTRAINT fk_team REFERENCES team (id) ON DELETE SET NULL,\n"
              + "  nick TEXT DEFAULT 'it''s, me',\n"
              + "  CONSTRAINT uq_nick UNIQUE (nick),\n"
              + "  CHECK (length(nick) < 30)\n"
              + ")");
      s.execute("CREATE INDEX ix_lower ON member (lower(nick) DESC, team_id)");
      s.execute("CREATE UNIQUE INDEX ix_team ON member (team_id) WHERE team_id IS NOT NULL");
      s.execute("CREATE VIEW v AS SELECT nick FROM member");
      s.execute("CREATE TABLE migrate_version (version_num VARCHAR(32))");

      var schema = new SqliteCatalog().read(c, Set.of("migrate_version"));
      Table member = schema.table("member").orElseThrow();

      assertThat(schema.tables().keySet()).containsExactlyInAnyOrder("team", "member");
      assertThat(member.columns())
          .extracting(col -> col.name() + " " + col.type().sql() + " " + col.nullable())
          .containsExactly(
              "id INTEGER true", "e-mail VARCHAR(100) false", "team_id INT true", "nick TEXT true");
      assertThat(member.column("id").orElseThrow().identity()).isEqualTo(Identity.BY_DEFAULT);
      assertThat(member.column("nick").orElseThrow().defaultValue()).isEqualTo("'it''s, me'");
      assertThat(member.primaryKey().columns()).containsExactly("id");
      assertThat(member.foreignKeys())
          .containsExactly(
              new ForeignKey(
                  "fk_team",
                  List.of("team_id"),
                  "team",
                  List.of("id"),
                  ReferentialAction.SET_NULL,
                  null));
      assertThat(member.uniques())
          .containsExactly(new UniqueConstraint("uq_nick", List.of("nick")));
      assertThat(member.checks())
          .containsExactlyInAnyOrder(
              new CheckConstraint("ck_mail", "\"e-mail\" LIKE '%@%'"),
              new CheckConstraint(null, "length(nick) < 30"));
      assertThat(member.indexes())
          .containsExactly(
              new Index(
                  "ix_lower",
                  List.of(new IndexKey("lower(nick)", true, true), IndexKey.column("team_id")),
                  false,
                  null,
                  null,
                  List.of()),
              new Index(
                  "ix_team",
                  List.of(IndexKey.column("team_id")),
                  true,
                  "team_id IS NOT NULL",
                  null,
                  List.of()));
      assertThat(schema.views().values())
          .extracting(View::definition)
          .containsExactly("SELECT nick FROM member");
    }
  }
}
