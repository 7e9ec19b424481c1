package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.LintFormat;
import dev.migrate.engine.api.LintResult;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lints revisions for lock-heavy operations (the pending ones when a database is configured, else
 * all) and fails the build on findings at {@code failOn} or above.
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class LintMojo extends AbstractLintMojo {
  /**
   * What to lint: a range ({@code base:heads}, {@code ae10:}), a revision, or a script file; empty
   * for the pending revisions (all of them without a database).
   */
  @Parameter(property = "migrate.range", defaultValue = "")
  private String range;

  /** How findings are printed: {@code text}, {@code json} or {@code github}. */
  @Parameter(property = "migrate.format", defaultValue = "text")
  private String format;

  @Inject
  public LintMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  // Without a url, lint reads no database (and makes no embedded one): dialect says which rules.
  @Override
  protected boolean usesDatabase() {
    return false;
  }

  @Override
  protected String configured(Setting setting) {
    return setting == Setting.FORMAT ? format : super.configured(setting);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException, MojoFailureException {
    MigrateConfig config = migrator.config();
    LintResult result = migrator.lint(range == null || range.isBlank() ? null : range);
    for (String line : result.render(config.lint().format())) {
      if (config.lint().format() == LintFormat.GITHUB) {
        // A workflow command must start its line; Maven's log would prefix it with [INFO].
        System.out.println(line);
      } else {
        getLog().info(line);
      }
    }
    if (result.fails(config.lint().failOn())) {
      throw new MojoFailureException(
          "migrate:lint: " + result.summary() + " (failOn=" + config.lint().failOn().label() + ")");
    }
  }
}
