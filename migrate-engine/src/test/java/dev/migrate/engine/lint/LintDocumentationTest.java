package dev.migrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.sql.SqlSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/lint.md has a section for exactly the rules there are, each with a bad example that the rule
 * catches and a good one that it lets pass (no lock timeout configured: the examples stand alone).
 */
class LintDocumentationTest {
  private static final Path DOCS = Path.of("../docs/lint.md");

  @Test
  void everyRuleHasASectionWithExamplesAndNoSectionIsStale() throws Exception {
    Set<String> rules = new TreeSet<>();
    for (DatabaseSupport database : Databases.all()) {
      for (String name : database.dialectNames()) {
        Databases.forName(name).lintRules().forEach(rule -> rules.add(rule.rule().id()));
      }
    }
    String text = Files.readString(DOCS);
    Set<String> sections = new TreeSet<>();
    String[] parts = text.split("\n### ");
    for (int i = 1; i < parts.length; i++) {
      String id = parts[i].substring(0, parts[i].indexOf('\n')).strip();
      sections.add(id);
      assertThat(parts[i]).as(id).contains("\nBad:\n").contains("\nGood:\n");
    }
    assertThat(rules).hasSizeGreaterThanOrEqualTo(32);
    assertThat(sections).isEqualTo(rules);
  }

  /** The tables the examples work on, as earlier revisions declared them. */
  private static final Map<String, String> SCHEMA =
      Map.of(
          "postgresql",
          "CREATE TABLE orders (id bigint, code varchar(20), total integer, note text);",
          "mariadb",
          "CREATE TABLE orders (id INT, code VARCHAR(20) NOT NULL,"
              + " state ENUM('new','paid') NOT NULL);");

  @Test
  void eachBadExampleBreaksItsRuleAndEachGoodExampleDoesNot() throws Exception {
    String[] parts = Files.readString(DOCS).split("\n### ");
    for (int i = 1; i < parts.length; i++) {
      String section = parts[i];
      String id = section.substring(0, section.indexOf('\n')).strip();
      String database = section.contains("\nMariaDB, MySQL,") ? "mariadb" : "postgresql";
      String bad = example(section, "\nBad:\n");
      String good = example(section, "\nGood:\n");
      assertThat(rulesOf(database, bad)).as("%s, bad example:%n%s", id, bad).contains(id);
      assertThat(rulesOf(database, good)).as("%s, good example:%n%s", id, good).doesNotContain(id);
    }
  }

  private static List<String> rulesOf(String database, String sql) {
    Dialect dialect = Databases.forName(database);
    SqlSplitter splitter = SqlSplitter.of(dialect.syntax());
    boolean transactional = !sql.startsWith("-- transactional: false");
    Linter linter = new Linter(dialect.lintRules(), Map.of(), 16, false);
    String schema = SCHEMA.get(database);
    linter.learn(new Linter.Script(schema, 1, splitter.split(schema), true));
    return LintCorpus.rules(
        linter.lint(new Linter.Script(sql, 1, splitter.split(sql), transactional)));
  }

  /** The indented block after the label. */
  private static String example(String section, String label) {
    int start = section.indexOf(label) + label.length();
    StringBuilder sql = new StringBuilder();
    for (String line : section.substring(start).split("\n")) {
      if (line.isBlank() && sql.length() > 0) {
        break;
      }
      if (line.startsWith("    ")) {
        sql.append(line.substring(4)).append('\n');
      }
    }
    return sql.toString();
  }
}
