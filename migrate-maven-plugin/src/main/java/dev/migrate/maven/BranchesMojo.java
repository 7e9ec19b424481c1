package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.Branch;
import dev.migrate.engine.api.RevisionEntry;
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
    // The CLI's shape: the branch point, then one indented arrow per branch.
    for (Branch branch : migrator.branches()) {
      RevisionEntry point = branch.point();
      print(verbose ? point.verbose() : point.idWithFlags(false));
      String indent = " ".repeat(point.id().length());
      for (RevisionEntry child : branch.children()) {
        getLog().info(indent + " -> " + child.idWithFlags(false));
      }
    }
  }
}
