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

/** Prints a revision in full: parents, branches, path, message. */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ShowMojo extends AbstractMigrateMojo {
  /** The revision: an id, a prefix, {@code head}, {@code label@head} or {@code current}. */
  @Parameter(property = "migrate.revision", defaultValue = "head")
  private String revision;

  @Inject
  public ShowMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    for (RevisionEntry entry : migrator.show(revision)) {
      print(entry.verbose());
    }
  }

  /** Only {@code current} reads the database. */
  @Override
  protected boolean usesDatabase() {
    return "current".equals(revision);
  }
}
