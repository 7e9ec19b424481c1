package dev.migrate.maven;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RevisionEntry;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Prints the database's current revisions. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends AbstractFleetMojo {
  /**
   * Print every entry in full (parents, path, message, date), with when, by whom and how long an
   * applied revision took, from the history table.
   */
  @Parameter(property = "migrate.verbose", defaultValue = "false")
  private boolean verbose;

  @Inject
  public CurrentMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void runFleet(Fleet fleet) throws MojoExecutionException, MojoFailureException {
    report(fleet.current());
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    List<RevisionEntry> current = migrator.current(verbose);
    if (current.isEmpty()) {
      getLog().info("Database is at <base>: no revision applied");
    }
    for (RevisionEntry entry : current) {
      print(verbose ? entry.verbose() : entry.idWithFlags(false));
    }
  }
}
