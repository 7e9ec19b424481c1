package dev.migrate.maven;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Writes version rows for the target without running any script. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends AbstractFleetMojo {
  /** The revisions to stamp, required: {@code heads}, {@code base}, ids (comma-separated). */
  @Parameter(property = "migrate.target")
  private List<String> target;

  /** Empty the version table first (stamp over an unknown state). */
  @Parameter(property = "migrate.purge", defaultValue = "false")
  private boolean purge;

  @Inject
  public StampMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void runFleet(Fleet fleet) throws MojoExecutionException, MojoFailureException {
    report(fleet.stamp(target, purge));
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    // The step lines arrived as progress while the stamp ran; only the summary is left to print.
    getLog().info(migrator.stamp(target, purge).summary());
  }
}
