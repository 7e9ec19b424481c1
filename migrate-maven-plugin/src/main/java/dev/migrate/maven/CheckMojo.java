package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.ValidationResult;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Fails the build when the database is not at the script heads or an applied script was edited,
 * and, with a {@code model} configured, when the model has changes that no revision captures.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractMigrateMojo {

  @Inject
  public CheckMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    ValidationResult result =
        migrator.check(Models.of(migrator.config(), migrator.config().classLoader()));
    if (!result.ok()) {
      throw new MojoFailureException("migrate:check: " + String.join("; ", result.problems()));
    }
    getLog().info("Database is up to date with the scripts");
  }
}
