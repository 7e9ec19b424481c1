package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import java.io.File;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Renders {@code upgrade.sql} and {@code downgrade.sql} offline and attaches them to the build
 * (type {@code sql}, classifiers {@code upgrade} and {@code downgrade}), so that {@code install}
 * and {@code deploy} publish them next to the jar for a DBA to review and run. Binds to {@code
 * package}. Needs {@code dialect} unless a database is configured to detect it from.
 */
@Mojo(
    name = "sql",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class SqlMojo extends AbstractMigrateMojo {

  /** The {@code START:END} range of {@code upgrade.sql}. */
  @Parameter(property = "migrate.upgradeRange", defaultValue = "base:heads")
  private String upgradeRange;

  /** The {@code START:END} range of {@code downgrade.sql}; empty to write no downgrade script. */
  @Parameter(property = "migrate.downgradeRange", defaultValue = "heads:base")
  private String downgradeRange;

  /** Where both scripts are written. */
  @Parameter(property = "migrate.sqlDirectory", defaultValue = "${project.build.directory}/migrate")
  private File sqlDirectory;

  /** Attach the scripts to the project so that install and deploy publish them. */
  @Parameter(property = "migrate.attach", defaultValue = "true")
  private boolean attach;

  private final MavenProjectHelper projectHelper;

  @Inject
  public SqlMojo(SettingsDecrypter decrypter, MavenProjectHelper projectHelper) {
    super(decrypter);
    this.projectHelper = projectHelper;
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException {
    write(migrator.upgradeSql(upgradeRange), "upgrade", upgradeRange);
    if (downgradeRange != null && !downgradeRange.isBlank()) {
      write(migrator.downgradeSql(downgradeRange), "downgrade", downgradeRange);
    }
  }

  @Override
  protected boolean usesDatabase() {
    return false;
  }

  private void write(String sql, String classifier, String range) throws MojoExecutionException {
    Path file = writeSql(new File(sqlDirectory, classifier + ".sql"), sql);
    getLog().info("Wrote " + classifier + " SQL for " + range + " to " + file);
    if (attach) {
      projectHelper.attachArtifact(project, "sql", classifier, file.toFile());
    }
  }
}
