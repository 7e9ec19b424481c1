package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.VerifyReport;
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
    VerifyReport report = migrator.verify();
    report.checks().forEach(getLog()::info);
    if (!report.passed()) {
      report.failures().forEach(getLog()::error);
      throw new MojoFailureException(
          "migrate:verify found "
              + report.failures().size()
              + " problem"
              + (report.failures().size() == 1 ? "" : "s")
              + ": "
              + report.failures().get(0));
    }
    getLog()
        .info("Verified " + report.checks().size() + " checks: every downgrade undoes its upgrade");
  }

  @Override
  protected boolean usesDatabase() {
    return false;
  }
}
