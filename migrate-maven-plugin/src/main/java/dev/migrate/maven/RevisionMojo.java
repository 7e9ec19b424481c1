package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.AutogenerateResult;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.RevisionRequest;
import dev.migrate.engine.api.Setting;
import dev.migrate.jpa.JpaModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes a new revision script whose parent is the single head (or {@code head}), and prints its
 * path. With the default {@code classpath:db/migrations} it goes to {@code
 * src/main/resources/db/migrations}.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RevisionMojo extends AbstractMigrateMojo {

  /** The message, required; also the file name's slug. */
  @Parameter(property = "migrate.message", defaultValue = "")
  private String message;

  /** The parent: empty for the single head, {@code base} for a new root, {@code label@head}. */
  @Parameter(property = "migrate.head", defaultValue = "")
  private String head;

  /** Allow a parent that is not a head (start a branch from the middle). */
  @Parameter(property = "migrate.splice", defaultValue = "false")
  private boolean splice;

  /** A branch label for the new revision. */
  @Parameter(property = "migrate.branchLabel", defaultValue = "")
  private String branchLabel;

  /** Revisions (ids, prefixes or labels) the new revision depends on; comma-separated. */
  @Parameter(property = "migrate.dependsOn")
  private List<String> dependsOn;

  /**
   * Write the revision's statements from the difference between the scripts and the {@code model}
   * (JPA entities, a desired-state SQL file or a database), proven on a scratch database first;
   * nothing is written when they agree.
   */
  @Parameter(property = "migrate.autogenerate", defaultValue = "false")
  private boolean autogenerate;

  /** An explicit revision id instead of a generated one. */
  @Parameter(property = "migrate.revId", defaultValue = "")
  private String revId;

  /**
   * The directory to write into; empty for the first {@code filesystem:} location, or the first
   * resource directory's counterpart of the first {@code classpath:} location.
   */
  @Parameter(property = "migrate.versionPath")
  private File versionPath;

  /**
   * The file name template: tokens {yyyyMMdd_HHmmss} (any date pattern), {rev}, {slug}, {epoch};
   * names made in the same second still sort in creation order.
   */
  @Parameter(property = "migrate.fileTemplate", defaultValue = MigrateConfig.DEFAULT_FILE_TEMPLATE)
  private String fileTemplate;

  /** The project's own template for new scripts. */
  @Parameter(
      property = "migrate.scriptTemplate",
      defaultValue = "${project.basedir}/src/main/migrate/script.sql.template")
  private File scriptTemplate;

  @Inject
  public RevisionMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException {
    if (message == null || message.isBlank()) {
      throw new MojoExecutionException("revision needs a message: -Dmigrate.message=\"add users\"");
    }
    RevisionRequest request =
        new RevisionRequest(
            message, head, splice, branchLabel, dependsOn, revId, migrator.config().versionPath());
    if (autogenerate) {
      AutogenerateResult result =
          migrator.autogenerate(
              request, JpaModel.forConfig(migrator.config(), migrator.config().classLoader()));
      result.path().ifPresent(path -> getLog().info("Generated " + path));
      return;
    }
    Path written = migrator.revision(request);
    getLog().info("Generated " + written);
  }

  /** Autogenerate needs a database only for its scratch databases: the embedded default is H2. */
  @Override
  protected boolean usesDatabase() {
    return autogenerate;
  }

  @Override
  protected String configured(Setting setting) {
    return switch (setting) {
      case VERSION_PATH -> versionPath == null ? null : versionPath.getPath();
      case FILE_TEMPLATE -> fileTemplate;
      case SCRIPT_TEMPLATE ->
          scriptTemplate != null && scriptTemplate.isFile() ? scriptTemplate.getPath() : null;
      default -> super.configured(setting);
    };
  }

  /** Without a versionPath, the first filesystem: location, else the resource directory. */
  @Override
  protected MigrateConfig complete(MigrateConfig config) {
    if (config.versionPath() != null) {
      return config;
    }
    return config.toBuilder()
        .versionPath(VersionPaths.choose(null, config.locations(), project))
        .build();
  }
}
