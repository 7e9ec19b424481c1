package dev.migrate.maven;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.ValidationResult;
import dev.migrate.jpa.JpaModel;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Fails the build when the database is not at the script heads or an applied script was edited;
 * with a {@code model} configured, when the model has changes that no revision captures; and with
 * {@code lintOnCheck}, when a pending revision has lint findings at {@code failOn}.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractLintMojo {
  /** Lint the pending revisions too, failing on findings at {@code failOn} or above. */
  @Parameter(property = "migrate.lintOnCheck", defaultValue = "false")
  private String lintOnCheck;

  @Inject
  public CheckMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected String configured(Setting setting) {
    return setting == Setting.LINT_ON_CHECK ? lintOnCheck : super.configured(setting);
  }

  /**
   * Over a fleet, each target is checked against the scripts (heads and checksums), as the CLI's
   * fleet check does; the model comparison and lint are not repeated per target.
   */
  @Override
  protected void runFleet(Fleet fleet) throws MojoExecutionException, MojoFailureException {
    report(fleet.check());
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    ValidationResult result =
        migrator.check(JpaModel.forConfig(migrator.config(), migrator.config().classLoader()));
    if (!result.ok()) {
      throw new MojoFailureException("migrate:check: " + String.join("; ", result.problems()));
    }
    getLog().info("Database is up to date with the scripts");
  }
}
