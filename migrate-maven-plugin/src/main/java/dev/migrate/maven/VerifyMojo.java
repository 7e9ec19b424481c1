package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.VerifyReport;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Proves on a scratch database that the scripts have one head, upgrade from base, and that every
 * downgrade undoes its upgrade. Uses an embedded H2 database unless a database is configured, on
 * whose server it creates and drops a scratch database. Binds to {@code verify}.
 */
@Mojo(
    name = "verify",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class VerifyMojo extends AbstractMigrateMojo {

  @Inject
  public VerifyMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoFailureException {
    // The engine reports every check as it runs; the mojo only turns the outcome into the build's.
    VerifyReport report = migrator.verify();
    if (!report.passed()) {
      int count = report.failures().size();
      throw new MojoFailureException(
          "migrate:verify found "
              + count
              + (count == 1 ? " problem: " : " problems: ")
              + String.join("; ", report.failures()));
    }
    getLog()
        .info("Verified " + report.checks().size() + " checks: every downgrade undoes its upgrade");
  }

  @Override
  protected boolean usesDatabase() {
    return false;
  }
}
