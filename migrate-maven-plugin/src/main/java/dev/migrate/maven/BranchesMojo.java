package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.Branch;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Prints the branch points of the scripts and the revisions they branch into. */
@Mojo(name = "branches", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BranchesMojo extends AbstractMigrateMojo {
  /** Print every entry in full (parents, path, message, date). */
  @Parameter(property = "migrate.verbose", defaultValue = "false")
  private boolean verbose;

  @Inject
  public BranchesMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    for (Branch branch : migrator.branches()) {
      branch.lines(verbose).forEach(getLog()::info);
    }
  }

  @Override
  protected boolean usesDatabase() {
    return false;
  }
}
