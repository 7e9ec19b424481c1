package dev.migrate.maven;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.Status;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints where the database stands against the scripts: its current heads, the script heads and the
 * pending revisions. Pending revisions do not fail the build; {@code check} does that.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StatusMojo extends AbstractFleetMojo {
  @Inject
  public StatusMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void runFleet(Fleet fleet) throws MojoExecutionException, MojoFailureException {
    report(fleet.status());
  }

  @Override
  protected void run(Migrator migrator) {
    Status status = migrator.status();
    getLog().info("current: " + heads(status.currentHeads()));
    getLog().info("heads:   " + heads(status.scriptHeads()));
    getLog()
        .info(
            status.upToDate()
                ? "up to date"
                : status.pending().size() + " pending: " + String.join(", ", status.pending()));
  }

  private static String heads(List<String> heads) {
    return heads.isEmpty() ? "<base>" : String.join(", ", heads);
  }
}
