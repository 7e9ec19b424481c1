package dev.migrate.engine.database.postgresql;

import dev.migrate.engine.common.LintSeverity;
import dev.migrate.engine.lint.CommonRules;
import dev.migrate.engine.lint.LintRule;
import dev.migrate.engine.lint.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's lint rules: which statements take which table lock, scan or rewrite a table, and
 * which cannot run in a transaction, by server version. The lock levels are PostgreSQL's: ACCESS
 * EXCLUSIVE (AE) blocks reads and writes, SHARE ROW EXCLUSIVE and SHARE block writes, SHARE UPDATE
 * EXCLUSIVE blocks only other DDL.
 */
final class PostgresLint {
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
            PostgresChecks::indexNotConcurrent));
    rules.add(
        rule(
            "pg-drop-index-not-concurrent",
            "DROP INDEX without CONCURRENTLY",
            "ACCESS EXCLUSIVE on the index's table: reads and writes wait",
            "DROP INDEX CONCURRENTLY with transactional: false (an index backing a UNIQUE or"
                + " PRIMARY KEY constraint goes with ALTER TABLE ... DROP CONSTRAINT)",
            PostgresChecks::dropIndexNotConcurrent));
    rules.add(
        rule(
            "pg-reindex-not-concurrent",
            "REINDEX without CONCURRENTLY",
            "writes to the table are blocked, and ACCESS EXCLUSIVE on the index blocks nearly"
                + " every query (the planner opens all indexes)",
            "REINDEX ... CONCURRENTLY (PostgreSQL 12+) with transactional: false",
            PostgresChecks::reindexNotConcurrent));
    rules.add(
        rule(
            "pg-concurrently-in-transaction",
            LintSeverity.ERROR,
            "CONCURRENTLY, VACUUM or another statement PostgreSQL refuses inside a transaction, in a"
                + " script with transactional: true",
            "PostgreSQL refuses it: the revision fails",
            "move it to a revision of its own with transactional: false",
            PostgresChecks::concurrentlyInTransaction));
    rules.add(
        rule(
            "pg-enum-value-same-transaction",
            LintSeverity.ERROR,
            "ALTER TYPE ... ADD VALUE and a use of that value in the same transaction (any ADD"
                + " VALUE in a transaction before PostgreSQL 12)",
            "the new value cannot be used until the transaction commits: the revision fails",
            "use the value in a later revision (or add it with transactional: false)",
            PostgresChecks::enumValue));
    rules.add(
        rule(
            "pg-constraint-not-valid",
            "ADD CHECK or FOREIGN KEY (also ADD COLUMN ... REFERENCES) without NOT VALID on an"
                + " existing table",
            "CHECK: a full scan under ACCESS EXCLUSIVE; FOREIGN KEY: a scan under SHARE ROW"
                + " EXCLUSIVE on both tables, blocking their writes",
            "ADD ... NOT VALID, then VALIDATE CONSTRAINT in a later revision (SHARE UPDATE"
                + " EXCLUSIVE: reads and writes go on)",
            PostgresChecks::constraintNotValid));
    rules.add(
        rule(
            "pg-validate-same-transaction",
            "VALIDATE CONSTRAINT in the same transaction as its NOT VALID add or as another"
                + " ACCESS EXCLUSIVE statement on the table",
            "the earlier ACCESS EXCLUSIVE lock is still held during the validation scan",
            "validate in a later revision (or one with transactional: false)",
            PostgresChecks::validateSameTransaction));
    rules.add(
        rule(
            "pg-set-not-null",
            "ALTER COLUMN ... SET NOT NULL on an existing table",
            "a full scan under ACCESS EXCLUSIVE unless a validated CHECK (col IS NOT NULL)"
                + " proves it",
            "PostgreSQL 12-17: ADD CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a later"
                + " revision, then SET NOT NULL (no scan) and drop the check; 18+: ADD CONSTRAINT"
                + " ... NOT NULL col NOT VALID, then VALIDATE",
            PostgresChecks::setNotNull));
    rules.add(
        rule(
            "pg-add-column-rewrite",
            "ADD COLUMN with a volatile default, a stored generated, identity or serial column,"
                + " or any default before PostgreSQL 11",
            "the table and its indexes are rewritten under ACCESS EXCLUSIVE",
            "add the column nullable without default, SET DEFAULT separately (new rows only),"
                + " backfill in batches",
            PostgresChecks::addColumnRewrite));
    rules.add(
        rule(
            "pg-type-change-rewrite",
            "ALTER COLUMN ... TYPE that is not binary-coercible (widening varchar or numeric,"
                + " varchar to text and the like pass)",
            "the table and its indexes are rewritten under ACCESS EXCLUSIVE",
            "a new column, written by both (a trigger), backfilled in batches, reads switched,"
                + " the old one dropped later",
            PostgresChecks::typeChange));
    rules.add(
        rule(
            "pg-add-unique-or-pk",
            "ADD UNIQUE or PRIMARY KEY without USING INDEX on an existing table",
            "ACCESS EXCLUSIVE while the index builds: reads and writes wait",
            "CREATE UNIQUE INDEX CONCURRENTLY (transactional: false), then ADD CONSTRAINT ..."
                + " UNIQUE USING INDEX (a brief lock)",
            PostgresChecks::addUnique));
    rules.add(
        rule(
            "pg-add-exclusion-constraint",
            "ADD EXCLUDE on an existing table",
            "ACCESS EXCLUSIVE plus a scan; there is no NOT VALID form",
            "no online form: a new table and a copy, or suppress it for a small table",
            PostgresChecks::addExclusion));
    rules.add(
        rule(
            "pg-table-rewrite-command",
            "VACUUM FULL, CLUSTER, SET ACCESS METHOD, SET TABLESPACE, REFRESH MATERIALIZED VIEW"
                + " without CONCURRENTLY",
            "ACCESS EXCLUSIVE for the whole rewrite (a view refresh blocks its readers)",
            "run it outside migrations; REFRESH MATERIALIZED VIEW CONCURRENTLY (needs a unique"
                + " index)",
            PostgresChecks::rewriteCommand));
    rules.add(
        rule(
            "pg-detach-partition-not-concurrent",
            "DETACH PARTITION without CONCURRENTLY",
            "ACCESS EXCLUSIVE on the parent table",
            "DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+, transactional: false)",
            PostgresChecks::detachPartition));
    rules.add(
        rule(
            "pg-attach-partition-scan",
            LintSeverity.INFO,
            "ATTACH PARTITION",
            "the new partition is scanned to prove its bound, under ACCESS EXCLUSIVE, unless a"
                + " matching CHECK constraint proves it",
            "add a CHECK matching the bound (NOT VALID, then VALIDATE) before attaching",
            PostgresChecks::attachPartition));
    rules.add(
        rule(
            "pg-statements-after-access-exclusive",
            "statements after an ACCESS EXCLUSIVE statement on an existing table, in a"
                + " transactional script",
            "the table stays locked for reads and writes until the script commits, while the"
                + " later statements run",
            "put the locking statement last, merge ALTERs into one, or split the revision",
            PostgresChecks::afterAccessExclusive));
    rules.add(
        rule(
            "backfill-in-ddl-transaction",
            "UPDATE or DELETE of a table after DDL on it in the same transactional script, or an"
                + " UPDATE of a whole existing table in a transactional script",
            "the DDL's lock is held for the whole update; one huge statement bloats the table and"
                + " holds row locks until commit",
            "backfill in a revision of its own with transactional: false, in batches by key range",
            PostgresChecks::backfill));
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
            PostgresChecks::notRerunnable));
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
}
