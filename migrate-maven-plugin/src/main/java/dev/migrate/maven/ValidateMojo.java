package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.ValidationResult;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Checks the scripts' graph and the checksums of applied scripts, changing nothing. */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ValidateMojo extends AbstractMigrateMojo {

  @Inject
  public ValidateMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    ValidationResult result = migrator.validate();
    if (!result.ok()) {
      throw new MojoFailureException("migrate:validate: " + String.join("; ", result.problems()));
    }
    getLog().info(ValidationResult.consistent(migrator.config().hasDatabase()));
  }

  /**
   * The embedded default only when an earlier goal made it: then its applied scripts are compared;
   * otherwise there is nothing applied to compare, and nothing to create.
   */
  @Override
  protected boolean usesDatabase() {
    return embeddedDatabaseExists();
  }
}
