package dev.migrate.engine.database.postgresql;

import dev.migrate.engine.common.LintSeverity;
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
 * PostgreSQL's lint rules: which statements take which table lock, scan or rewrite a table, and
 * which cannot run in a transaction, by server version. The lock levels are PostgreSQL's: ACCESS
 * EXCLUSIVE (AE) blocks reads and writes, SHARE ROW EXCLUSIVE and SHARE block writes, SHARE UPDATE
 * EXCLUSIVE blocks only other DDL.
 */
final class PostgresLint {
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

  private PostgresLint() {}

  /** Every rule, the common ones first. */
  static List<LintRule> rules() {
    List<LintRule> rules =
        new ArrayList<>(
            CommonRules.rules(
                "a statement waiting for ACCESS EXCLUSIVE makes every later query on the table"
                    + " wait behind it, so even an instant ALTER stalls the application while a"
                    + " long transaction holds the table",
                "SET lock_timeout = '5s'"));
    rules.add(
        rule(
            "pg-index-not-concurrent",
            "CREATE [UNIQUE] INDEX without CONCURRENTLY on an existing table",
            "SHARE lock: writes to the table are blocked for the whole index build",
            "CREATE INDEX CONCURRENTLY in a revision of its own with transactional: false",
            PostgresLint::indexNotConcurrent));
    rules.add(
        rule(
            "pg-drop-index-not-concurrent",
            "DROP INDEX without CONCURRENTLY",
            "ACCESS EXCLUSIVE on the index's table: reads and writes wait",
            "DROP INDEX CONCURRENTLY with transactional: false (an index backing a UNIQUE or"
                + " PRIMARY KEY constraint goes with ALTER TABLE ... DROP CONSTRAINT)",
            PostgresLint::dropIndexNotConcurrent));
    rules.add(
        rule(
            "pg-reindex-not-concurrent",
            "REINDEX without CONCURRENTLY",
            "writes to the table are blocked, and ACCESS EXCLUSIVE on the index blocks nearly"
                + " every query (the planner opens all indexes)",
            "REINDEX ... CONCURRENTLY (PostgreSQL 12+) with transactional: false",
            PostgresLint::reindexNotConcurrent));
    rules.add(
        rule(
            "pg-concurrently-in-transaction",
            LintSeverity.ERROR,
            "CONCURRENTLY, VACUUM or another statement PostgreSQL refuses inside a transaction, in a"
                + " script with transactional: true",
            "PostgreSQL refuses it: the revision fails",
            "move it to a revision of its own with transactional: false",
            PostgresLint::concurrentlyInTransaction));
    rules.add(
        rule(
            "pg-enum-value-same-transaction",
            LintSeverity.ERROR,
            "ALTER TYPE ... ADD VALUE and a use of that value in the same transaction (any ADD"
                + " VALUE in a transaction before PostgreSQL 12)",
            "the new value cannot be used until the transaction commits: the revision fails",
            "use the value in a later revision (or add it with transactional: false)",
            PostgresLint::enumValue));
    rules.add(
        rule(
            "pg-constraint-not-valid",
            "ADD CHECK or FOREIGN KEY (also ADD COLUMN ... REFERENCES) without NOT VALID on an"
                + " existing table",
            "CHECK: a full scan under ACCESS EXCLUSIVE; FOREIGN KEY: a scan under SHARE ROW"
                + " EXCLUSIVE on both tables, blocking their writes",
            "ADD ... NOT VALID, then VALIDATE CONSTRAINT in a later revision (SHARE UPDATE"
                + " EXCLUSIVE: reads and writes go on)",
            PostgresLint::constraintNotValid));
    rules.add(
        rule(
            "pg-validate-same-transaction",
            "VALIDATE CONSTRAINT in the same transaction as its NOT VALID add or as another"
                + " ACCESS EXCLUSIVE statement on the table",
            "the earlier ACCESS EXCLUSIVE lock is still held during the validation scan",
            "validate in a later revision (or one with transactional: false)",
            PostgresLint::validateSameTransaction));
    rules.add(
        rule(
            "pg-set-not-null",
            "ALTER COLUMN ... SET NOT NULL on an existing table",
            "a full scan under ACCESS EXCLUSIVE unless a validated CHECK (col IS NOT NULL)"
                + " proves it",
            "PostgreSQL 12-17: ADD CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a later"
                + " revision, then SET NOT NULL (no scan) and drop the check; 18+: ADD CONSTRAINT"
                + " ... NOT NULL col NOT VALID, then VALIDATE",
            PostgresLint::setNotNull));
    rules.add(
        rule(
            "pg-add-column-rewrite",
            "ADD COLUMN with a volatile default, a stored generated, identity or serial column,"
                + " or any default before PostgreSQL 11",
            "the table and its indexes are rewritten under ACCESS EXCLUSIVE",
            "add the column nullable without default, SET DEFAULT separately (new rows only),"
                + " backfill in batches",
            PostgresLint::addColumnRewrite));
    rules.add(
        rule(
            "pg-type-change-rewrite",
            "ALTER COLUMN ... TYPE that is not binary-coercible (widening varchar or numeric,"
                + " varchar to text and the like pass)",
            "the table and its indexes are rewritten under ACCESS EXCLUSIVE",
            "a new column, written by both (a trigger), backfilled in batches, reads switched,"
                + " the old one dropped later",
            PostgresLint::typeChange));
    rules.add(
        rule(
            "pg-add-unique-or-pk",
            "ADD UNIQUE or PRIMARY KEY without USING INDEX on an existing table",
            "ACCESS EXCLUSIVE while the index builds: reads and writes wait",
            "CREATE UNIQUE INDEX CONCURRENTLY (transactional: false), then ADD CONSTRAINT ..."
                + " UNIQUE USING INDEX (a brief lock)",
            PostgresLint::addUnique));
    rules.add(
        rule(
            "pg-add-exclusion-constraint",
            "ADD EXCLUDE on an existing table",
            "ACCESS EXCLUSIVE plus a scan; there is no NOT VALID form",
            "no online form: a new table and a copy, or suppress it for a small table",
            PostgresLint::addExclusion));
    rules.add(
        rule(
            "pg-table-rewrite-command",
            "VACUUM FULL, CLUSTER, SET ACCESS METHOD, SET TABLESPACE, REFRESH MATERIALIZED VIEW"
                + " without CONCURRENTLY",
            "ACCESS EXCLUSIVE for the whole rewrite (a view refresh blocks its readers)",
            "run it outside migrations; REFRESH MATERIALIZED VIEW CONCURRENTLY (needs a unique"
                + " index)",
            PostgresLint::rewriteCommand));
    rules.add(
        rule(
            "pg-detach-partition-not-concurrent",
            "DETACH PARTITION without CONCURRENTLY",
            "ACCESS EXCLUSIVE on the parent table",
            "DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+, transactional: false)",
            PostgresLint::detachPartition));
    rules.add(
        rule(
            "pg-attach-partition-scan",
            LintSeverity.INFO,
            "ATTACH PARTITION",
            "the new partition is scanned to prove its bound, under ACCESS EXCLUSIVE, unless a"
                + " matching CHECK constraint proves it",
            "add a CHECK matching the bound (NOT VALID, then VALIDATE) before attaching",
            PostgresLint::attachPartition));
    rules.add(
        rule(
            "pg-statements-after-access-exclusive",
            "statements after an ACCESS EXCLUSIVE statement on an existing table, in a"
                + " transactional script",
            "the table stays locked for reads and writes until the script commits, while the"
                + " later statements run",
            "put the locking statement last, merge ALTERs into one, or split the revision",
            PostgresLint::afterAccessExclusive));
    rules.add(
        rule(
            "backfill-in-ddl-transaction",
            "UPDATE or DELETE of a table after DDL on it in the same transactional script, or an"
                + " UPDATE of a whole existing table in a transactional script",
            "the DDL's lock is held for the whole update; one huge statement bloats the table and"
                + " holds row locks until commit",
            "backfill in a revision of its own with transactional: false, in batches by key range",
            PostgresLint::backfill));
    rules.add(
        rule(
            "nontransactional-not-rerunnable",
            LintSeverity.INFO,
            "a transactional: false script with several statements, some without IF [NOT]"
                + " EXISTS",
            "a failure half-way leaves a state that a rerun trips over (a failed concurrent build"
                + " leaves an INVALID index)",
            "one statement per non-transactional script, or IF [NOT] EXISTS guards; drop an"
                + " INVALID index before retrying",
            PostgresLint::notRerunnable));
    return rules;
  }

  private static LintRule rule(
      String id, String catches, String why, String instead, LintRule.Check check) {
    return rule(id, LintSeverity.WARNING, catches, why, instead, check);
  }

  private static LintRule rule(
      String id,
      LintSeverity severity,
      String catches,
      String why,
      String instead,
      LintRule.Check check) {
    return LintRule.of(new Rule(id, severity, "PostgreSQL", catches, why, instead), check);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static void indexNotConcurrent(Rule rule, LintStatement s, ScriptState script) {
    String table = s.indexedTable();
    if (table != null && !s.has("CONCURRENTLY") && script.existing(table)) {
      script.report(
          rule, s, "CREATE INDEX on " + lower(table) + " without CONCURRENTLY blocks its writes");
    }
  }

  private static void dropIndexNotConcurrent(Rule rule, LintStatement s, ScriptState script) {
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

  private static void reindexNotConcurrent(Rule rule, LintStatement s, ScriptState script) {
    if (s.startsWith("REINDEX") && !s.has("CONCURRENTLY")) {
      script.report(rule, s, "REINDEX without CONCURRENTLY");
    }
  }

  private static void concurrentlyInTransaction(Rule rule, LintStatement s, ScriptState script) {
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

  private static void enumValue(Rule rule, LintStatement s, ScriptState script) {
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

  private static void constraintNotValid(Rule rule, LintStatement s, ScriptState script) {
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

  private static void validateSameTransaction(Rule rule, LintStatement s, ScriptState script) {
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

  private static void setNotNull(Rule rule, LintStatement s, ScriptState script) {
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

  private static void addColumnRewrite(Rule rule, LintStatement s, ScriptState script) {
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

  private static void typeChange(Rule rule, LintStatement s, ScriptState script) {
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

  private static void addUnique(Rule rule, LintStatement s, ScriptState script) {
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

  private static void addExclusion(Rule rule, LintStatement s, ScriptState script) {
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

  private static void rewriteCommand(Rule rule, LintStatement s, ScriptState script) {
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

  private static void detachPartition(Rule rule, LintStatement s, ScriptState script) {
    for (String action : s.alterActions()) {
      if (action.startsWith(" DETACH PARTITION ") && !action.contains(" CONCURRENTLY ")) {
        script.report(rule, s, "DETACH PARTITION without CONCURRENTLY locks the parent");
      }
    }
  }

  private static void attachPartition(Rule rule, LintStatement s, ScriptState script) {
    for (String action : s.alterActions()) {
      if (action.startsWith(" ATTACH PARTITION ") && script.existing(action.trim().split(" ")[2])) {
        script.report(rule, s, "ATTACH PARTITION scans the partition unless a CHECK proves it");
      }
    }
  }

  private static void afterAccessExclusive(Rule rule, LintStatement s, ScriptState script) {
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

  private static void backfill(Rule rule, LintStatement s, ScriptState script) {
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

  private static void notRerunnable(Rule rule, LintStatement s, ScriptState script) {
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
