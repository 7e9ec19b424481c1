package dev.migrate.maven;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Writes a merge revision whose parents are the given revisions (the heads by default). */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MergeMojo extends AbstractMigrateMojo {

  /** The revisions to merge, comma-separated; {@code heads} for every head. */
  @Parameter(property = "migrate.revisions", defaultValue = "heads")
  private List<String> revisions;

  /** The message of the merge revision. */
  @Parameter(property = "migrate.message", defaultValue = "merge")
  private String message;

  /** A branch label for the merge revision. */
  @Parameter(property = "migrate.branchLabel", defaultValue = "")
  private String branchLabel;

  /** An explicit revision id instead of a generated one. */
  @Parameter(property = "migrate.revId", defaultValue = "")
  private String revId;

  /** The directory to write into; as for {@code revision}. */
  @Parameter(property = "migrate.versionPath")
  private File versionPath;

  /** The file name template, as for {@code revision}. */
  @Parameter(property = "migrate.fileTemplate", defaultValue = MigrateConfig.DEFAULT_FILE_TEMPLATE)
  private String fileTemplate;

  @Inject
  public MergeMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  protected void run(Migrator migrator) throws MojoExecutionException {
    Path written =
        migrator.merge(
            revisions == null || revisions.isEmpty() ? List.of("heads") : revisions,
            message,
            branchLabel == null || branchLabel.isBlank() ? null : branchLabel,
            revId == null || revId.isBlank() ? null : revId);
    getLog().info("Generated " + written);
  }

  @Override
  protected boolean usesDatabase() {
    return false;
  }

  @Override
  protected String configured(Setting setting) {
    return switch (setting) {
      case VERSION_PATH -> versionPath == null ? null : versionPath.getPath();
      case FILE_TEMPLATE -> fileTemplate;
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
