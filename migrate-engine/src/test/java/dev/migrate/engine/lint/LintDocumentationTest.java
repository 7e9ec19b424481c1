package dev.migrate.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.database.DatabaseSupport;
import dev.migrate.engine.database.Databases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/lint.md has a section, with a bad and a good example, for exactly the rules there are. */
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
}
