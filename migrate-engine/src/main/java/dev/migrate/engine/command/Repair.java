package dev.migrate.engine.command;

import dev.migrate.engine.api.RepairResult;
import dev.migrate.engine.runtime.EditedScript;
import dev.migrate.engine.runtime.MigrationRuntime;
import dev.migrate.engine.state.FailedStep;
import dev.migrate.engine.state.HistoryTable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code repair} (Flyway's name): accepts intentional edits of applied scripts by recording their
 * new checksums, and removes the records of failed or unfinished steps, so that the next run goes
 * on. Changes no schema object and no version row.
 */
public final class Repair {
  private final Catalog catalog;

  public Repair(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Repairs the history table of the database (under the caller's lock). */
  public RepairResult apply(MigrationRuntime.Online db) {
    HistoryTable history = db.tables().history();
    if (!history.exists(db.connection())) {
      return new RepairResult(List.of(), List.of(), List.of());
    }
    List<EditedScript> edited = EditedScript.find(catalog.migrations(), db.appliedChecksums());
    List<FailedStep> failed = history.failedSteps(db.connection());
    List<HistoryTable.ChecksumChange> changes = new ArrayList<>();
    List<String> realigned = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (EditedScript script : edited) {
      changes.add(
          new HistoryTable.ChecksumChange(script.revision(), script.recorded(), script.current()));
      realigned.add(script.revision());
      lines.add(
          "Revision "
              + script.revision()
              + " ("
              + script.file()
              + "): recorded the edited script's checksum "
              + script.current()
              + " in place of "
              + script.recorded());
    }
    for (FailedStep step : failed) {
      removed.add(step.revision());
      lines.add(
          step.interrupted()
              ? "Removed the record of the unfinished "
                  + step.direction()
                  + " of revision "
                  + step.revision()
                  + ", started at "
                  + step.appliedAt()
                  + " by a run that died inside it"
              : "Removed the record of the failed "
                  + step.direction()
                  + " of revision "
                  + step.revision()
                  + " at "
                  + step.appliedAt()
                  + ": "
                  + step.errorMessage());
    }
    if (!lines.isEmpty()) {
      history.repair(db.connection(), changes, !failed.isEmpty());
    }
    return new RepairResult(realigned, removed, lines);
  }
}
