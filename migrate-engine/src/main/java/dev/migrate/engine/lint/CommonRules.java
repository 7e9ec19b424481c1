package dev.migrate.engine.lint;

import dev.migrate.engine.common.LintSeverity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that hold on every server database: lock timeouts, drops, renames and required columns.
 * Each database's rule list starts with these; the wording of the lock and of the timeout is the
 * database's.
 */
public final class CommonRules {
  private static final Pattern DROP_TABLE =
      Pattern.compile("^ DROP (?:TEMPORARY )?TABLE (?:IF EXISTS )?(.*?) (?:CASCADE |RESTRICT )?$");
  private static final Pattern DROP_COLUMN =
      Pattern.compile("^ DROP (?:COLUMN )?(?:IF EXISTS )?(\\S+) ");
  private static final Set<String> NOT_COLUMNS =
      Set.of(
          "CONSTRAINT",
          "INDEX",
          "KEY",
          "PRIMARY",
          "FOREIGN",
          "CHECK",
          "PARTITION",
          "SYSTEM",
          "DEFAULT",
          "IDENTITY",
          "EXPRESSION",
          "NOT",
          "TRIGGER");
  private static final Pattern RENAME_COLUMN =
      Pattern.compile("^ RENAME (?:COLUMN )?(\\S+) TO (\\S+) ");
  private static final Pattern CHANGE_COLUMN =
      Pattern.compile("^ CHANGE (?:COLUMN )?(\\S+) (\\S+) ");
  private static final Pattern ADD_COLUMN =
      Pattern.compile("^ ADD (?:COLUMN )?(?:IF NOT EXISTS )?(\\S+) ");
  private static final Set<String> NOT_ADDED_COLUMNS =
      Set.of(
          "CONSTRAINT",
          "PRIMARY",
          "UNIQUE",
          "FOREIGN",
          "CHECK",
          "KEY",
          "INDEX",
          "EXCLUDE",
          "FULLTEXT",
          "SPATIAL",
          "PARTITION",
          "(");
  private static final Pattern SETS_TIMEOUT =
      Pattern.compile(
          "^ SET (?:SESSION |LOCAL |@@SESSION.|@@)?(?:LOCK_TIMEOUT|LOCK_WAIT_TIMEOUT"
              + "|INNODB_LOCK_WAIT_TIMEOUT) ");
  private static final Pattern WAITS_BOUNDED = Pattern.compile(" (?:WAIT \\S+|NOWAIT) ");

  private CommonRules() {}

  /**
   * The common rules.
   *
   * @param lockWait what a DDL statement waiting for its lock does to the application, on this
   *     database
   * @param scriptTimeout the statement that sets a lock timeout in a script, on this database
   */
  public static List<LintRule> rules(String lockWait, String scriptTimeout) {
    return List.of(
        LintRule.of(
            new Rule(
                "lock-timeout-missing",
                LintSeverity.WARNING,
                "all",
                "DDL on an existing table when neither migrate's configuration nor the script sets"
                    + " a lock timeout",
                lockWait,
                "set statementLockTimeout (a few seconds) and lockRetries in migrate's"
                    + " configuration, or "
                    + scriptTimeout
                    + " at the top of the script"),
            CommonRules::lockTimeout),
        LintRule.of(
            new Rule(
                "drop-table",
                LintSeverity.WARNING,
                "all",
                "DROP TABLE of a table the revision did not create",
                "the data is gone, and the application version still running fails on it",
                "stop using the table in the code, deploy, then drop it in a later revision"),
            CommonRules::dropTable),
        LintRule.of(
            new Rule(
                "drop-column",
                LintSeverity.WARNING,
                "all",
                "DROP COLUMN on an existing table",
                "the data is gone; the running application version (and ORMs that cache columns)"
                    + " fails until it is restarted",
                "ignore the column in the application first, deploy, then drop it in a later"
                    + " revision"),
            CommonRules::dropColumn),
        LintRule.of(
            new Rule(
                "rename-table",
                LintSeverity.WARNING,
                "all",
                "renaming an existing table",
                "the lock is brief, but the application version still running uses the old name"
                    + " and fails",
                "expand and contract: a new table, both written, reads moved, the old dropped"
                    + " later (on PostgreSQL a view can keep the old name during the switch)"),
            CommonRules::renameTable),
        LintRule.of(
            new Rule(
                "rename-column",
                LintSeverity.WARNING,
                "all",
                "renaming a column of an existing table (RENAME COLUMN, or CHANGE old new)",
                "the application version still running uses the old name and fails",
                "add the new column, write both, backfill, move reads, stop writing the old one,"
                    + " drop it later"),
            CommonRules::renameColumn),
        LintRule.of(
            new Rule(
                "add-required-column",
                LintSeverity.ERROR,
                "all",
                "ADD COLUMN ... NOT NULL without a DEFAULT on an existing table",
                "PostgreSQL refuses it when the table has rows; MariaDB/MySQL silently fill zeros or"
                    + " empty strings; inserts of the running application version fail",
                "add the column nullable (or with a constant default), backfill, then SET NOT"
                    + " NULL"),
            CommonRules::addRequiredColumn));
  }

  private static void lockTimeout(Rule rule, LintStatement statement, ScriptState script) {
    if (statement.find(SETS_TIMEOUT) != null) {
      script.lockTimeoutSet();
      return;
    }
    if (script.lockTimeout() || statement.find(WAITS_BOUNDED) != null) {
      return;
    }
    String table = statement.ddlTable();
    if (table == null && statement.startsWith("DROP TABLE")) {
      table = firstDropped(statement);
    }
    if (table == null && statement.startsWith("RENAME TABLE")) {
      table = statement.words().split(" ")[3];
    }
    if (script.existing(table) && script.once(rule.id())) {
      script.report(
          rule,
          statement,
          "DDL on "
              + table.toLowerCase(Locale.ROOT)
              + " without a lock timeout: if a long transaction holds the table, this statement"
              + " waits and every query after it queues behind it");
    }
  }

  private static String firstDropped(LintStatement statement) {
    Matcher drop = statement.find(DROP_TABLE);
    return drop == null ? null : LintStatement.unqualified(drop.group(1).split(" , ")[0].strip());
  }

  private static void dropTable(Rule rule, LintStatement statement, ScriptState script) {
    Matcher drop = statement.find(DROP_TABLE);
    if (drop == null) {
      return;
    }
    for (String name : drop.group(1).split(" , ")) {
      String table = LintStatement.unqualified(name.strip());
      if (script.existing(table)) {
        script.report(
            rule, statement, "DROP TABLE " + table.toLowerCase(Locale.ROOT) + " loses its data");
      }
    }
  }

  private static void dropColumn(Rule rule, LintStatement statement, ScriptState script) {
    String table = statement.alteredTable();
    if (!script.existing(table)) {
      return;
    }
    for (String action : statement.alterActions()) {
      Matcher drop = DROP_COLUMN.matcher(action);
      if (drop.find() && !NOT_COLUMNS.contains(drop.group(1))) {
        script.report(
            rule,
            statement,
            "DROP COLUMN "
                + drop.group(1).toLowerCase(Locale.ROOT)
                + " of "
                + table.toLowerCase(Locale.ROOT));
      }
    }
  }

  private static void renameTable(Rule rule, LintStatement statement, ScriptState script) {
    String table = statement.alteredTable();
    boolean renames = false;
    for (String action : statement.alterActions()) {
      renames |= action.startsWith(" RENAME TO ") || action.startsWith(" RENAME AS ");
    }
    if (!renames && statement.startsWith("RENAME TABLE")) {
      table = LintStatement.unqualified(statement.words().split(" ")[3]);
      renames = true;
    }
    if (renames && script.existing(table)) {
      script.report(rule, statement, "renaming table " + table.toLowerCase(Locale.ROOT));
    }
  }

  private static void renameColumn(Rule rule, LintStatement statement, ScriptState script) {
    String table = statement.alteredTable();
    if (!script.existing(table)) {
      return;
    }
    for (String action : statement.alterActions()) {
      Matcher rename = RENAME_COLUMN.matcher(action);
      Matcher change = CHANGE_COLUMN.matcher(action);
      String from = null;
      String to = null;
      if (rename.find() && !Set.of("CONSTRAINT", "INDEX", "KEY").contains(rename.group(1))) {
        from = rename.group(1);
        to = rename.group(2);
      } else if (change.find() && !change.group(1).equals(change.group(2))) {
        from = change.group(1);
        to = change.group(2);
      }
      if (from != null) {
        script.report(
            rule,
            statement,
            "renaming column "
                + table.toLowerCase(Locale.ROOT)
                + "."
                + from.toLowerCase(Locale.ROOT)
                + " to "
                + to.toLowerCase(Locale.ROOT));
      }
    }
  }

  private static void addRequiredColumn(Rule rule, LintStatement statement, ScriptState script) {
    String table = statement.alteredTable();
    if (!script.existing(table)) {
      return;
    }
    for (String action : statement.alterActions()) {
      Matcher add = ADD_COLUMN.matcher(action);
      if (add.find()
          && !NOT_ADDED_COLUMNS.contains(add.group(1))
          && action.contains(" NOT NULL ")
          && !action.contains(" DEFAULT ")
          && !action.contains(" GENERATED ")
          && !action.contains(" AUTO_INCREMENT ")
          && !action.contains(" AS (")
          && !action.matches(".* (?:SMALL|BIG)?SERIAL[248]? .*")) {
        script.report(
            rule,
            statement,
            "ADD COLUMN "
                + add.group(1).toLowerCase(Locale.ROOT)
                + " NOT NULL without a default on "
                + table.toLowerCase(Locale.ROOT));
      }
    }
  }
}
