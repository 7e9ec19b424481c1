package dev.migrate.engine.command;

import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.TargetParser;
import java.util.List;

/**
 * {@code history}: the revisions of a range, newest first, flagged {@code (current)} on request.
 * Reads the database only when the range or the flag needs its rows.
 */
public final class HistoryQuery {
  private final String range;
  private final boolean indicateCurrent;
  private final boolean readsDatabase;

  /** Parses the range ({@code A:B}, {@code :B}, {@code A:}, {@code current:}; blank for all). */
  public HistoryQuery(String range, boolean indicateCurrent) {
    this.range = range;
    this.indicateCurrent = indicateCurrent;
    this.readsDatabase = indicateCurrent || TargetParser.parseHistoryRange(range).readsCurrent();
  }

  /** True when the command needs the database's version rows. */
  public boolean readsDatabase() {
    return readsDatabase;
  }

  /** The entries, given the version rows (empty when the database was not read). */
  public List<RevisionEntry> entries(Catalog catalog, List<String> rows) {
    List<Revision> current = indicateCurrent ? catalog.graph().current(rows) : List.of();
    return new Listings(catalog, Listings.ids(current))
        .entries(catalog.graph().history(rows, range));
  }
}
