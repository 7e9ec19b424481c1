package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RepairResult;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Accepts intentional edits of applied scripts by recording their new checksums, and removes the
 * records of failed steps, one line per change (Flyway's repair). Changes no table but the history
 * table.
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RepairMojo extends AbstractMigrateMojo {

  @Inject
  public RepairMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    RepairResult result = migrator.repair();
    getLog()
        .info(
            result.nothingChanged()
                ? "Nothing to repair: the history table matches the scripts"
                : "Repaired the history table: "
                    + result.lines().size()
                    + (result.lines().size() == 1 ? " change" : " changes"));
  }
}
