package dev.migrate.maven;

import dev.migrate.engine.Fleet;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.RunResult;
import java.io.File;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Upgrades the database to the target revision, by default every branch to its head. Binds to
 * {@code pre-integration-test}.
 */
@Mojo(
    name = "upgrade",
    defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class UpgradeMojo extends AbstractFleetMojo {
  /**
   * The target: {@code heads} (every branch), {@code head}, an id or prefix, {@code +2}, {@code
   * label@head}.
   */
  @Parameter(property = "migrate.target", defaultValue = "heads")
  private String target;

  /**
   * Render the SQL into {@link #sqlFile} instead of running it (offline mode, for a DBA). From the
   * database's current heads when a database is configured, else from {@link #range}.
   */
  @Parameter(property = "migrate.sql", defaultValue = "false")
  private boolean sql;

  /**
   * With {@code sql}: the {@code START:END} range to render when no database is at hand, e.g.
   * {@code base:heads} or {@code ae10:head}.
   */
  @Parameter(property = "migrate.range", defaultValue = "")
  private String range;

  /** With {@code sql}: the file the rendered SQL goes to. */
  @Parameter(
      property = "migrate.sqlFile",
      defaultValue = "${project.build.directory}/migrate/upgrade.sql")
  private File sqlFile;

  @Inject
  public UpgradeMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    if (sql) {
      String argument = range != null && !range.isBlank() ? range : target;
      getLog()
          .info(
              "Wrote upgrade SQL for "
                  + argument
                  + " to "
                  + writeSql(sqlFile, migrator.upgradeSql(argument)));
      return;
    }
    RunResult result = migrator.upgrade(target);
    getLog().info(result.summary());
  }

  @Override
  protected void runFleet(Fleet fleet) throws MojoExecutionException, MojoFailureException {
    if (sql) {
      throw new MojoExecutionException("sql renders one database's script: drop targets");
    }
    report(fleet.upgrade(target));
  }

  @Override
  protected boolean usesDatabase() {
    return !sql;
  }
}
