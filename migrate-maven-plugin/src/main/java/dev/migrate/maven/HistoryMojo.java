package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RevisionEntry;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Prints the revisions, newest first, optionally within a range. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends AbstractMigrateMojo {
  /** A range: {@code A:B}, {@code :B}, {@code A:}, {@code current:}; empty for everything. */
  @Parameter(property = "migrate.range", defaultValue = "")
  private String range;

  /** Mark the database's current revisions with {@code (current)}. */
  @Parameter(property = "migrate.indicateCurrent", defaultValue = "false")
  private boolean indicateCurrent;

  /**
   * Print every entry in full (parents, path, message, date), with when, by whom and how long an
   * applied revision took, from the history table.
   */
  @Parameter(property = "migrate.verbose", defaultValue = "false")
  private boolean verbose;

  @Inject
  public HistoryMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    String chosen = range == null || range.isBlank() ? null : range;
    for (RevisionEntry entry : migrator.history(chosen, indicateCurrent, verbose)) {
      print(verbose ? entry.verbose() : entry.historyLine());
    }
  }

  /**
   * The database is read for {@code (current)} marks and a range from or to {@code current}; the
   * applied details of the verbose entries come from the embedded default only when it exists.
   */
  @Override
  protected boolean usesDatabase() {
    return indicateCurrent
        || (range != null && range.contains("current"))
        || (verbose && embeddedDatabaseExists());
  }
}
