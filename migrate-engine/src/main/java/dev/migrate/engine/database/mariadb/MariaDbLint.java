package dev.migrate.engine.database.mariadb;

import dev.migrate.engine.common.LintSeverity;
import dev.migrate.engine.lint.ColumnTypes;
import dev.migrate.engine.lint.CommonRules;
import dev.migrate.engine.lint.LintRule;
import dev.migrate.engine.lint.LintStatement;
import dev.migrate.engine.lint.Rule;
import dev.migrate.engine.lint.ScriptState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's and MySQL's lint rules (InnoDB): which ALTERs copy or rebuild the table, which block
 * writes, and what ALGORITHM/LOCK clauses to ask for. Every DDL also takes a brief exclusive
 * metadata lock that queues behind open transactions (the common lock-timeout rule).
 */
final class MariaDbLint {
  private static final Pattern MODIFY = Pattern.compile("^ MODIFY (?:COLUMN )?(\\S+) (.*)");
  private static final Pattern CHANGE = Pattern.compile("^ CHANGE (?:COLUMN )?(\\S+) (\\S+) (.*)");
  private static final Pattern ADD_COLUMN =
      Pattern.compile("^ ADD (?:COLUMN )?(?:IF NOT EXISTS )?(\\S+) ");
  private static final Pattern SIZED = Pattern.compile("^(\\w+)(?: \\( (\\d+) \\))?");
  private static final List<String> NOT_ADDED =
      List.of(
          "CONSTRAINT",
          "PRIMARY",
          "UNIQUE",
          "FOREIGN",
          "CHECK",
          "KEY",
          "INDEX",
          "FULLTEXT",
          "SPATIAL",
          "PARTITION",
          "(");

  private MariaDbLint() {}

  /** Every rule, the common ones first. */
  static List<LintRule> rules() {
    List<LintRule> rules =
        new ArrayList<>(
            CommonRules.rules(
                "every DDL needs an exclusive metadata lock that queues behind open transactions"
                    + " on the table, and every later query queues behind it; lock_wait_timeout"
                    + " defaults to a day (MariaDB) or a year (MySQL)",
                "SET SESSION lock_wait_timeout = 5 (or ALTER TABLE ... WAIT 5 on MariaDB)"));
    rules.add(
        rule(
            "my-copy-type-change",
            "MODIFY/CHANGE COLUMN that changes the data type or shrinks a length (widening a"
                + " VARCHAR within its length-byte class passes)",
            "ALGORITHM=COPY: writes to the table are blocked for the whole copy",
            "expand and contract; or state ALGORITHM=INPLACE, LOCK=NONE so that the server"
                + " refuses instead of copying",
            MariaDbLint::copyTypeChange));
    rules.add(
        rule(
            "my-explicit-copy-or-lock",
            "ALGORITHM=COPY, LOCK=SHARED or LOCK=EXCLUSIVE on an existing table",
            "forces blocking of writes (or of reads) for the whole operation",
            "omit them, or ask for ALGORITHM=INSTANT, or INPLACE with LOCK=NONE",
            MariaDbLint::explicitCopyOrLock));
    rules.add(
        rule(
            "my-add-foreign-key",
            "ADD FOREIGN KEY on an existing table",
            "with foreign_key_checks=1 it copies the table: writes blocked on both tables",
            "declare foreign keys with the table; when the data is known valid, add it with"
                + " foreign_key_checks=0 for that session (metadata only)",
            MariaDbLint::addForeignKey));
    rules.add(
        rule(
            "my-add-check",
            "ADD CHECK on an existing table",
            "every row is checked while writes are blocked; there is no NOT VALID form",
            "no online form: keep the rule in the application, or suppress it for a small table",
            MariaDbLint::addCheck));
    rules.add(
        rule(
            "my-table-rebuild",
            "ADD/DROP PRIMARY KEY, ENGINE, ROW_FORMAT or partitioning changes, FULLTEXT or SPATIAL"
                + " indexes",
            "the whole table is rebuilt (long I/O, replica lag); DROP PRIMARY KEY alone and"
                + " FULLTEXT/SPATIAL indexes block writes",
            "combine rebuilds into one ALTER, use online schema-change tooling, or run it off"
                + " peak",
            MariaDbLint::tableRebuild));
    rules.add(
        rule(
            "my-stored-or-autoinc-column",
            "ADD a STORED (PERSISTENT) generated or an AUTO_INCREMENT column",
            "the table is copied with writes blocked; auto-increment values may differ on"
                + " statement-based replicas",
            "a VIRTUAL generated column, or a new table and a copy",
            MariaDbLint::storedOrAutoIncrement));
    rules.add(
        rule(
            "my-enum-set-rewrite",
            "ENUM/SET values removed, reordered or inserted before the end",
            "ALGORITHM=COPY: writes blocked for the whole copy",
            "append new values at the end only",
            MariaDbLint::enumSetRewrite));
    rules.add(
        rule(
            "my-expression-default",
            "ADD COLUMN with an expression default such as (now()) or (uuid())",
            "the table is rebuilt to fill the values, writes blocked",
            "add the column without a default, then SET DEFAULT, then backfill in batches",
            MariaDbLint::expressionDefault));
    return rules;
  }

  private static LintRule rule(
      String id, String catches, String why, String instead, LintRule.Check check) {
    return LintRule.of(
        new Rule(id, LintSeverity.WARNING, "MariaDB, MySQL", catches, why, instead), check);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The existing table an ALTER changes, or null (new tables are free to change). */
  private static String existingAltered(LintStatement s, ScriptState script) {
    String table = s.alteredTable();
    return script.existing(table) ? table : null;
  }

  private static void copyTypeChange(Rule rule, LintStatement s, ScriptState script) {
    String table = existingAltered(s, script);
    if (table == null || s.has("ALGORITHM = INPLACE") || s.has("ALGORITHM = INSTANT")) {
      return;
    }
    for (String action : s.alterActions()) {
      String[] change = columnChange(action);
      if (change == null) {
        continue;
      }
      String from = script.columnTypes().typeOf(table, change[0]);
      String to = typeOf(change[1]);
      if (from == null || from.startsWith("ENUM") || from.startsWith("SET")) {
        continue; // unknown, or judged by my-enum-set-rewrite
      }
      if (!instant(from, to)) {
        script.report(
            rule,
            s,
            "changing "
                + lower(table)
                + "."
                + lower(change[0])
                + " from "
                + lower(from)
                + " to "
                + lower(to)
                + " copies the table");
      }
    }
  }

  /** {column, definition} of a MODIFY or CHANGE action, or null. */
  private static String[] columnChange(String action) {
    Matcher modify = MODIFY.matcher(action);
    if (modify.find()) {
      return new String[] {modify.group(1), modify.group(2)};
    }
    Matcher change = CHANGE.matcher(action);
    return change.find() ? new String[] {change.group(1), change.group(3)} : null;
  }

  private static String typeOf(String definition) {
    return ColumnTypes.typeWords(definition);
  }

  /** Same type, or a VARCHAR widened within its length-byte class (utf8mb4: 63 characters). */
  private static boolean instant(String from, String to) {
    if (from.equals(to)) {
      return true;
    }
    Matcher was = SIZED.matcher(from);
    Matcher now = SIZED.matcher(to);
    if (!was.find() || !now.find() || was.group(2) == null || now.group(2) == null) {
      return false;
    }
    if (!was.group(1).equals("VARCHAR") || !now.group(1).equals("VARCHAR")) {
      return false;
    }
    if (!from.substring(was.end()).equals(to.substring(now.end()))) {
      return false; // a character set or collation changes too
    }
    int n = Integer.parseInt(was.group(2));
    int m = Integer.parseInt(now.group(2));
    return m >= n && (n > 63) == (m > 63);
  }

  private static void explicitCopyOrLock(Rule rule, LintStatement s, ScriptState script) {
    String table = s.ddlTable();
    if (!script.existing(table)) {
      return;
    }
    for (String clause : List.of("ALGORITHM = COPY", "LOCK = SHARED", "LOCK = EXCLUSIVE")) {
      if (s.has(clause)) {
        script.report(rule, s, clause.replace(" ", "") + " on " + lower(table));
      }
    }
  }

  private static void addForeignKey(Rule rule, LintStatement s, ScriptState script) {
    String table = existingAltered(s, script);
    if (table == null) {
      return;
    }
    for (String action : s.alterActions()) {
      if (action.matches("^ ADD (?:CONSTRAINT \\S+ )?FOREIGN KEY .*")) {
        script.report(rule, s, "ADD FOREIGN KEY on " + lower(table) + " copies it");
      }
    }
  }

  private static void addCheck(Rule rule, LintStatement s, ScriptState script) {
    String table = existingAltered(s, script);
    if (table == null) {
      return;
    }
    for (String action : s.alterActions()) {
      if (action.matches("^ ADD (?:CONSTRAINT \\S+ )?CHECK .*")) {
        script.report(rule, s, "ADD CHECK on " + lower(table) + " checks every row");
      }
    }
  }

  private static void tableRebuild(Rule rule, LintStatement s, ScriptState script) {
    String indexed = s.indexedTable();
    if ((s.startsWith("CREATE FULLTEXT INDEX") || s.startsWith("CREATE SPATIAL INDEX"))
        && script.existing(indexed)) {
      script.report(rule, s, "a FULLTEXT/SPATIAL index on " + lower(indexed) + " blocks writes");
      return;
    }
    String table = existingAltered(s, script);
    if (table == null) {
      return;
    }
    for (String action : s.alterActions()) {
      String what = null;
      if (action.matches("^ (?:ADD|DROP) (?:CONSTRAINT \\S+ )?PRIMARY KEY .*")) {
        what = action.trim().startsWith("ADD") ? "ADD PRIMARY KEY" : "DROP PRIMARY KEY";
      } else if (action.matches("^ ADD (?:FULLTEXT|SPATIAL) .*")) {
        what = "a FULLTEXT/SPATIAL index";
      } else if (action.matches("^ (?:ENGINE|ROW_FORMAT) .*")
          || action.matches("^ (?:PARTITION BY|REMOVE PARTITIONING) .*")) {
        what = action.trim().split(" ")[0];
      }
      if (what != null) {
        script.report(rule, s, what + " rebuilds " + lower(table));
      }
    }
  }

  private static void storedOrAutoIncrement(Rule rule, LintStatement s, ScriptState script) {
    String table = existingAltered(s, script);
    if (table == null) {
      return;
    }
    for (String action : s.alterActions()) {
      Matcher add = ADD_COLUMN.matcher(action);
      if (!add.find() || NOT_ADDED.contains(add.group(1))) {
        continue;
      }
      if (action.contains(" STORED ") || action.contains(" PERSISTENT ")) {
        script.report(rule, s, "a stored generated column copies " + lower(table));
      } else if (action.contains(" AUTO_INCREMENT ")) {
        script.report(rule, s, "an AUTO_INCREMENT column copies " + lower(table));
      }
    }
  }

  private static void enumSetRewrite(Rule rule, LintStatement s, ScriptState script) {
    String table = existingAltered(s, script);
    if (table == null) {
      return;
    }
    for (String action : s.alterActions()) {
      String[] change = columnChange(action);
      if (change == null) {
        continue;
      }
      String from = script.columnTypes().typeOf(table, change[0]);
      String to = typeOf(change[1]);
      boolean enumLike = from != null && (from.startsWith("ENUM (") || from.startsWith("SET ("));
      if (!enumLike || from.equals(to)) {
        continue;
      }
      String kept = from.substring(0, from.length() - 2); // without " )"
      if (!to.startsWith(kept + " , ") || !to.startsWith(from.substring(0, from.indexOf(' ')))) {
        script.report(
            rule,
            s,
            "changing the values of "
                + lower(table)
                + "."
                + lower(change[0])
                + " other than by appending copies the table");
      }
    }
  }

  private static void expressionDefault(Rule rule, LintStatement s, ScriptState script) {
    String table = existingAltered(s, script);
    if (table == null) {
      return;
    }
    for (String action : s.alterActions()) {
      Matcher add = ADD_COLUMN.matcher(action);
      if (add.find()
          && !NOT_ADDED.contains(add.group(1))
          && action.matches(".* DEFAULT (?:\\( |(?!CURRENT_TIMESTAMP )\\w+ \\( ).*")) {
        script.report(
            rule,
            s,
            "ADD COLUMN "
                + lower(add.group(1))
                + " with an expression default rebuilds "
                + lower(table));
      }
    }
  }
}
