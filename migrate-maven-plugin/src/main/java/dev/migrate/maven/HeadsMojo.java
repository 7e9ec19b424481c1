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

/** Prints the heads of the scripts. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends AbstractMigrateMojo {
  /** Print every entry in full (parents, path, message, date). */
  @Parameter(property = "migrate.verbose", defaultValue = "false")
  private boolean verbose;

  @Inject
  public HeadsMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    for (RevisionEntry entry : migrator.heads()) {
      print(verbose ? entry.verbose() : entry.idWithFlags(false));
    }
  }

  @Override
  protected boolean usesDatabase() {
    return false;
  }
}
