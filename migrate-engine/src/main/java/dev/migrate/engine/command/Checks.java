package dev.migrate.engine.command;

import dev.migrate.engine.api.Status;
import dev.migrate.engine.api.ValidationResult;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.runtime.EditedScript;
import dev.migrate.engine.runtime.MigrationRuntime;
import dev.migrate.engine.state.FailedStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What {@code check}, {@code validate} and {@code status} find, given the database's records. */
public final class Checks {
  private final Catalog catalog;

  public Checks(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * {@code check}: revisions the scripts do not know, an unresolved failure, pending revisions and
   * edited scripts.
   */
  public ValidationResult check(MigrationRuntime.Online db) {
    List<String> rows = db.rows();
    List<String> problems = new ArrayList<>(catalog.splitProblems(db.dialect().syntax()));
    problems.addAll(unknownRows(rows));
    db.unresolvedFailure(catalog.migrations())
        .ifPresent(failure -> problems.add(failure.getMessage()));
    if (problems.isEmpty()) {
      Status status = status(rows);
      if (!status.upToDate()) {
        problems.add(
            "The database is not at the script heads "
                + status.scriptHeads()
                + ": current "
                + (status.currentHeads().isEmpty() ? "<base>" : status.currentHeads())
                + ", pending "
                + status.pending());
      }
    }
    problems.addAll(changedChecksums(db.appliedChecksums()));
    return new ValidationResult(problems);
  }

  /**
   * {@code validate} against a database: scripts that do not split in its syntax, revisions the
   * scripts do not know, edited scripts.
   */
  public ValidationResult validate(MigrationRuntime.Online db) {
    List<String> problems = new ArrayList<>(catalog.splitProblems(db.dialect().syntax()));
    problems.addAll(unknownRows(db.rows()));
    problems.addAll(changedChecksums(db.appliedChecksums()));
    return new ValidationResult(problems);
  }

  /**
   * {@code validate} without a database: scripts that do not split in the configured dialect's
   * syntax, or the embedded default's (H2) when none is configured.
   */
  public ValidationResult validateOffline(String dialect) {
    Dialect syntaxOf = dialect == null ? Databases.embeddedDialect() : Databases.forName(dialect);
    return new ValidationResult(catalog.splitProblems(syntaxOf.syntax()));
  }

  /** Where the database stands against the scripts, with its unresolved failure if any. */
  public Status status(MigrationRuntime.Online db) {
    Status status = status(db.rows());
    String failed =
        db.tables()
            .history()
            .unresolvedFailure(db.connection())
            .map(FailedStep::revision)
            .orElse(null);
    return new Status(
        status.currentHeads(), status.scriptHeads(), status.pending(), status.upToDate(), failed);
  }

  /** Where the database stands against the scripts, from its version rows. */
  public Status status(List<String> rows) {
    List<String> current = catalog.graph().current(rows).stream().map(Revision::id).toList();
    Plan plan = catalog.planner().upgrade(rows, "heads");
    List<String> pending =
        plan.steps().stream()
            .map(Step::revision)
            .filter(Objects::nonNull)
            .map(Revision::id)
            .toList();
    List<String> heads = catalog.graph().heads().stream().map(Revision::id).toList();
    return new Status(current, heads, pending, pending.isEmpty());
  }

  /** Rows in the version table that no script knows. */
  public List<String> unknownRows(List<String> rows) {
    List<String> problems = new ArrayList<>();
    for (String row : rows) {
      if (catalog.graph().find(row).isEmpty()) {
        problems.add(
            "The database holds revision '"
                + row
                + "' but no script declares it (fix the locations, or 'stamp --purge' to the"
                + " revision the database is really at)");
      }
    }
    return problems;
  }

  /** Applied scripts whose text changed since they ran. */
  public List<String> changedChecksums(Map<String, String> applied) {
    List<String> problems = new ArrayList<>();
    for (EditedScript edited : EditedScript.find(catalog.migrations(), applied)) {
      problems.add(edited.problem());
    }
    return problems;
  }
}
