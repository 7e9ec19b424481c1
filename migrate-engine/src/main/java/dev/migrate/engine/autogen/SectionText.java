package dev.migrate.engine.autogen;

import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.migration.AbstractRenderer;
import dev.migrate.engine.schema.change.SchemaChange;
import dev.migrate.engine.sql.SqlSplitter;
import dev.migrate.engine.sql.Statement;
import java.util.List;

/**
 * One section of a generated revision as script text: each change rendered by the database's
 * renderer (the one that renders Java migrations' operations), a destructive change preceded by a
 * comment saying what it loses, every statement ended by {@code ;}. A statement that holds a {@code
 * ;} itself goes between statement markers, so that the script splits as it was written.
 */
final class SectionText {
  private SectionText() {}

  static String render(Dialect dialect, List<SchemaChange> changes) {
    AbstractRenderer renderer = (AbstractRenderer) dialect.renderer();
    StringBuilder text = new StringBuilder();
    for (SchemaChange change : changes) {
      String warning = ChangeWords.warning(change);
      if (warning != null) {
        text.append("-- ").append(warning).append('\n');
      }
      for (String sql : renderer.render(change)) {
        if (sql.contains(";")) {
          text.append("-- migrate:statement-begin\n")
              .append(sql)
              .append("\n-- migrate:statement-end\n");
        } else {
          text.append(sql).append(";\n");
        }
      }
    }
    return text.toString();
  }

  /** The section's statements as the script loader will split them. */
  static List<Statement> statements(Dialect dialect, String section) {
    return SqlSplitter.of(dialect.syntax()).split(section, 1, "the generated revision");
  }
}
