package dev.migrate.engine.database.postgresql;

import dev.migrate.engine.lint.LintStatement;
import dev.migrate.engine.lint.Rule;
import dev.migrate.engine.lint.ScriptState;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks behind {@link PostgresLint}'s rules: which statement takes which lock on which table,
 * and what the script did before it.
 */
final class PostgresChecks {
  private static final Pattern ADD_CONSTRAINT =
      Pattern.compile(
          "^ ADD (?:CONSTRAINT (\\S+) )?(CHECK|FOREIGN KEY|UNIQUE|PRIMARY KEY|EXCLUDE) ");
  private static final Pattern ADD_COLUMN =
      Pattern.compile("^ ADD (?:COLUMN )?(?:IF NOT EXISTS )?(\\S+) ");
  private static final Pattern VALIDATE = Pattern.compile("^ VALIDATE CONSTRAINT (\\S+) ");
  private static final Pattern ALTER_TYPE =
      Pattern.compile("^ ALTER (?:COLUMN )?(\\S+) (?:SET DATA )?TYPE (.*)");
  private static final Pattern ADD_VALUE =
      Pattern.compile("^ ALTER TYPE \\S+ ADD VALUE (?:IF NOT EXISTS )?('\\S*') ");
  private static final Pattern VOLATILE =
      Pattern.compile(
          " DEFAULT .*(?:RANDOM|GEN_RANDOM_UUID|UUID_GENERATE_V\\d|CLOCK_TIMESTAMP|TIMEOFDAY"
              + "|NEXTVAL|TXID_CURRENT|STATEMENT_TIMESTAMP) \\(");
  private static final Pattern SERIAL = Pattern.compile(" (?:SMALL|BIG)?SERIAL[248]? ");
  private static final List<String> NOT_ADDED =
      List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE");

  private PostgresChecks() {}

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  static void indexNotConcurrent(Rule rule, LintStatement s, ScriptState script) {
    String table = s.indexedTable();
    if (table != null && !s.has("CONCURRENTLY") && script.existing(table)) {
      script.report(
          rule, s, "CREATE INDEX on " + lower(table) + " without CONCURRENTLY blocks its writes");
    }
  }

  static void dropIndexNotConcurrent(Rule rule, LintStatement s, ScriptState script) {
    if (s.startsWith("DROP INDEX") && !s.has("CONCURRENTLY")) {
      String index = s.words().split(" ")[s.has("IF EXISTS") ? 5 : 3];
      if (!script.noted("index:" + LintStatement.unqualified(index))) {
        script.report(rule, s, "DROP INDEX " + lower(index) + " without CONCURRENTLY");
      }
    }
    if (s.startsWith("CREATE INDEX") || s.startsWith("CREATE UNIQUE INDEX")) {
      Matcher name =
          s.find(Pattern.compile("INDEX (?:CONCURRENTLY )?(?:IF NOT EXISTS )?(\\S+) ON "));
      if (name != null && !script.existing(s.indexedTable())) {
        script.note("index:" + LintStatement.unqualified(name.group(1)));
      }
    }
  }

  static void reindexNotConcurrent(Rule rule, LintStatement s, ScriptState script) {
    if (s.startsWith("REINDEX") && !s.has("CONCURRENTLY")) {
      script.report(rule, s, "REINDEX without CONCURRENTLY");
    }
  }

  static void concurrentlyInTransaction(Rule rule, LintStatement s, ScriptState script) {
    if (!script.transactional()) {
      return;
    }
    String refused = TransactionRules.nonTransactional(s.sql()).orElse(null);
    if (refused == null && s.has("DETACH PARTITION") && s.has("CONCURRENTLY")) {
      refused = "DETACH PARTITION CONCURRENTLY";
    }
    if (refused != null) {
      script.report(rule, s, refused + " in a transactional script: add '-- transactional: false'");
    }
  }

  static void enumValue(Rule rule, LintStatement s, ScriptState script) {
    Matcher add = s.find(ADD_VALUE);
    if (add != null) {
      if (script.transactional() && script.serverMajor() < 12) {
        script.report(
            rule, s, "ALTER TYPE ... ADD VALUE inside a transaction before PostgreSQL 12");
      }
      script.note("enum-value:" + add.group(1));
      return;
    }
    if (!script.transactional()) {
      return;
    }
    for (String word : s.words().split(" ")) {
      if (word.startsWith("'") && script.noted("enum-value:" + word) && script.once(word)) {
        script.report(
            rule,
            s,
            "uses the enum value "
                + word.replace('\u00a0', ' ')
                + " added earlier in the same transaction");
      }
    }
  }

  static void constraintNotValid(Rule rule, LintStatement s, ScriptState script) {
    String table = s.alteredTable();
    for (String action : s.alterActions()) {
      Matcher add = ADD_CONSTRAINT.matcher(action);
      boolean notValid = action.contains(" NOT VALID ");
      if (add.find() && notValid && add.group(1) != null) {
        script.note("not-valid:" + add.group(1));
      }
      if (!script.existing(table) || notValid) {
        continue;
      }
      if (add.find(0) && (add.group(2).equals("CHECK") || add.group(2).equals("FOREIGN KEY"))) {
        script.report(
            rule, s, "ADD " + add.group(2) + " on " + lower(table) + " without NOT VALID");
      } else if (ADD_COLUMN.matcher(action).find() && action.contains(" REFERENCES ")) {
        script.report(
            rule, s, "ADD COLUMN ... REFERENCES on " + lower(table) + " without NOT VALID");
      }
    }
  }

  static void validateSameTransaction(Rule rule, LintStatement s, ScriptState script) {
    String table = s.alteredTable();
    if (table == null || !script.transactional()) {
      return;
    }
    for (String action : s.alterActions()) {
      Matcher validate = VALIDATE.matcher(action);
      if (validate.find()
          && (script.noted("not-valid:" + validate.group(1))
              || script.noted("access-exclusive:" + table))) {
        script.report(
            rule,
            s,
            "VALIDATE CONSTRAINT "
                + lower(validate.group(1))
                + " while this transaction holds ACCESS EXCLUSIVE on "
                + lower(table));
      }
    }
  }

  static void setNotNull(Rule rule, LintStatement s, ScriptState script) {
    String table = s.alteredTable();
    if (!script.existing(table)) {
      return;
    }
    for (String action : s.alterActions()) {
      if (action.startsWith(" ALTER ") && action.endsWith(" SET NOT NULL ")) {
        script.report(
            rule, s, "SET NOT NULL on " + lower(table) + " scans it under ACCESS EXCLUSIVE");
      }
    }
  }

  static void addColumnRewrite(Rule rule, LintStatement s, ScriptState script) {
    String table = s.alteredTable();
    if (!script.existing(table)) {
      return;
    }
    for (String action : s.alterActions()) {
      Matcher add = ADD_COLUMN.matcher(action);
      if (!add.find() || NOT_ADDED.contains(add.group(1))) {
        continue;
      }
      String why = null;
      if (VOLATILE.matcher(action).find()) {
        why = "a volatile default";
      } else if (action.contains(" GENERATED ") && action.contains(" STORED ")) {
        why = "a stored generated column";
      } else if (action.contains(" AS IDENTITY ")) {
        why = "an identity column";
      } else if (SERIAL.matcher(action).find()) {
        why = "a serial column";
      } else if (action.contains(" DEFAULT ") && script.serverMajor() < 11) {
        why = "a default before PostgreSQL 11";
      }
      if (why != null) {
        script.report(
            rule,
            s,
            "ADD COLUMN " + lower(add.group(1)) + " with " + why + " rewrites " + lower(table));
      }
    }
  }

  static void typeChange(Rule rule, LintStatement s, ScriptState script) {
    String table = s.alteredTable();
    if (!script.existing(table)) {
      return;
    }
    for (String action : s.alterActions()) {
      Matcher alter = ALTER_TYPE.matcher(action);
      if (!alter.find()) {
        continue;
      }
      String column = alter.group(1);
      String to = typeOnly(alter.group(2));
      String from = script.columnTypes().typeOf(table, column);
      if (!action.contains(" USING ") && PostgresTypes.binaryCoercible(from, to)) {
        continue;
      }
      script.report(
          rule,
          s,
          "changing "
              + lower(table)
              + "."
              + lower(column)
              + (from == null ? "" : " from " + lower(from))
              + " to "
              + lower(to)
              + " rewrites the table");
    }
  }

  private static String typeOnly(String rest) {
    int using = rest.indexOf(" USING ");
    int collate = rest.indexOf(" COLLATE ");
    int end = using < 0 ? rest.length() : using;
    if (collate >= 0 && collate < end) {
      end = collate;
    }
    return rest.substring(0, end).trim();
  }

  static void addUnique(Rule rule, LintStatement s, ScriptState script) {
    String table = s.alteredTable();
    if (!script.existing(table)) {
      return;
    }
    for (String action : s.alterActions()) {
      Matcher add = ADD_CONSTRAINT.matcher(action);
      boolean constraint =
          add.find() && (add.group(2).equals("UNIQUE") || add.group(2).equals("PRIMARY KEY"));
      Matcher column = ADD_COLUMN.matcher(action);
      boolean inline =
          !constraint
              && column.find()
              && !NOT_ADDED.contains(column.group(1))
              && (action.contains(" UNIQUE ") || action.contains(" PRIMARY KEY "));
      if ((constraint || inline) && !action.contains(" USING INDEX ")) {
        script.report(
            rule,
            s,
            (constraint ? "ADD " + add.group(2) : "ADD COLUMN ... UNIQUE/PRIMARY KEY")
                + " on "
                + lower(table)
                + " builds its index under ACCESS EXCLUSIVE");
      }
    }
  }

  static void addExclusion(Rule rule, LintStatement s, ScriptState script) {
    String table = s.alteredTable();
    if (!script.existing(table)) {
      return;
    }
    for (String action : s.alterActions()) {
      Matcher add = ADD_CONSTRAINT.matcher(action);
      if (add.find() && add.group(2).equals("EXCLUDE")) {
        script.report(rule, s, "ADD EXCLUDE on " + lower(table));
      }
    }
  }

  static void rewriteCommand(Rule rule, LintStatement s, ScriptState script) {
    String what = null;
    if (s.startsWith("VACUUM") && (s.has("FULL") || s.has("( FULL"))) {
      what = "VACUUM FULL";
    } else if (s.startsWith("CLUSTER")) {
      what = "CLUSTER";
    } else if (s.startsWith("REFRESH MATERIALIZED VIEW") && !s.has("CONCURRENTLY")) {
      what = "REFRESH MATERIALIZED VIEW without CONCURRENTLY";
    } else if (script.existing(s.alteredTable())) {
      for (String action : s.alterActions()) {
        if (action.startsWith(" SET ACCESS METHOD ") || action.startsWith(" SET TABLESPACE ")) {
          what = action.trim();
        }
      }
    }
    if (what != null) {
      script.report(rule, s, what + " rewrites under ACCESS EXCLUSIVE");
    }
  }

  static void detachPartition(Rule rule, LintStatement s, ScriptState script) {
    for (String action : s.alterActions()) {
      if (action.startsWith(" DETACH PARTITION ") && !action.contains(" CONCURRENTLY ")) {
        script.report(rule, s, "DETACH PARTITION without CONCURRENTLY locks the parent");
      }
    }
  }

  static void attachPartition(Rule rule, LintStatement s, ScriptState script) {
    for (String action : s.alterActions()) {
      if (action.startsWith(" ATTACH PARTITION ") && script.existing(action.trim().split(" ")[2])) {
        script.report(rule, s, "ATTACH PARTITION scans the partition unless a CHECK proves it");
      }
    }
  }

  static void afterAccessExclusive(Rule rule, LintStatement s, ScriptState script) {
    if (!script.transactional()) {
      return;
    }
    String locked = script.value("access-exclusive");
    // Further ALTERs of the locked table and writes to it (backfill-in-ddl-transaction) aside.
    boolean sameTable =
        locked != null && (locked.equals(s.ddlTable()) || locked.equals(s.writtenTable()));
    if (locked != null && !sameTable && script.once(rule.id())) {
      script.report(
          rule,
          s,
          "runs while the transaction holds ACCESS EXCLUSIVE on "
              + lower(locked)
              + " (taken by an earlier statement)");
    }
    String taken = accessExclusiveTable(s);
    if (taken != null) {
      script.note("access-exclusive:" + taken);
      if (locked == null && script.existing(taken)) {
        script.remember("access-exclusive", taken);
      }
    }
  }

  /** The table an ACCESS EXCLUSIVE statement locks, or null. */
  private static String accessExclusiveTable(LintStatement s) {
    String table = s.alteredTable();
    if (table != null) {
      for (String action : s.alterActions()) {
        if (!action.startsWith(" VALIDATE ")
            && !action.startsWith(" SET STATISTICS ")
            && !action.startsWith(" ATTACH PARTITION ")) {
          return table;
        }
      }
      return null;
    }
    return s.truncatedTable();
  }

  static void backfill(Rule rule, LintStatement s, ScriptState script) {
    String table = s.ddlTable();
    if (table != null) {
      script.note("ddl:" + table);
      return;
    }
    String written = s.writtenTable();
    if (written == null || !script.transactional() || !script.existing(written)) {
      return;
    }
    if (script.noted("ddl:" + written)) {
      script.report(
          rule, s, "writes " + lower(written) + " while this transaction holds its DDL lock");
    } else if (s.startsWith("UPDATE") && !s.has("WHERE")) {
      script.report(rule, s, "UPDATE of every row of " + lower(written) + " in one transaction");
    }
  }

  static void notRerunnable(Rule rule, LintStatement s, ScriptState script) {
    if (script.transactional() || script.statementCount() < 2) {
      return;
    }
    boolean ddl = s.startsWith("CREATE") || s.startsWith("DROP");
    if (ddl
        && !s.has("IF NOT EXISTS")
        && !s.has("IF EXISTS")
        && !s.has("OR REPLACE")
        && script.once(rule.id())) {
      script.report(
          rule,
          s,
          "a failure after an earlier statement leaves it applied; a rerun fails here without IF"
              + " [NOT] EXISTS");
    }
  }
}
