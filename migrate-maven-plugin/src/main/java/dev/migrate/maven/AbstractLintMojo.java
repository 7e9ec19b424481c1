package dev.migrate.maven;

import dev.migrate.engine.api.Setting;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The lint parameters shared by {@code lint} and {@code check}. They sit below the fleet's because
 * {@code check} runs over a fleet; {@code lint} reads scripts, not targets, and refuses one.
 */
public abstract class AbstractLintMojo extends AbstractFleetMojo {
  /** The severity from which lint findings fail the build: error, warning, info or never. */
  @Parameter(property = "migrate.failOn", defaultValue = "warning")
  private String failOn;

  /**
   * Severity overrides, comma-separated {@code rule=level} pairs, level {@code error}, {@code
   * warning}, {@code info} or {@code off}: {@code drop-column=error,pg-set-not-null=off}.
   */
  @Parameter(property = "migrate.lintSeverity", defaultValue = "")
  private String lintSeverity;

  /**
   * The server version to lint for when no database is configured ({@code 16}, {@code 10.11});
   * empty for the connected server's, or the newest rules.
   */
  @Parameter(property = "migrate.serverVersion", defaultValue = "")
  private String serverVersion;

  protected AbstractLintMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected String configured(Setting setting) {
    return switch (setting) {
      case FAIL_ON -> failOn;
      case LINT_SEVERITY -> lintSeverity;
      case SERVER_VERSION -> serverVersion;
      default -> super.configured(setting);
    };
  }
}
