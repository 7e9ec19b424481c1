package dev.migrate.maven;

import dev.migrate.engine.testing.Printed;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;

/**
 * Sets a mojo up as Maven would (defaults injected, a project, a session with user and system
 * properties) without a container, and records what it logs.
 */
final class MojoHarness {
  private final MavenExecutionRequest request = new DefaultMavenExecutionRequest();
  // The request copies what it is given; these are its own, so later changes reach the mojo.
  final Properties userProperties = request.getUserProperties();
  final Properties systemProperties = request.getSystemProperties();
  final Settings settings = new Settings();
  final List<String> lines = new ArrayList<>();
  final Path basedir;
  boolean debug;

  MojoHarness(Path basedir) {
    this.basedir = basedir;
  }

  <T extends AbstractMigrateMojo> T prepare(T mojo, String goal) {
    Model model = new Model();
    model.setGroupId("dev.migrate.test");
    model.setArtifactId("harness");
    model.setVersion("1.0");
    MavenProject project = new MavenProject(model);
    project.setFile(basedir.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(basedir.resolve("target").toString());
    project.getBuild().setOutputDirectory(basedir.resolve("target/classes").toString());
    Resource resource = new Resource();
    resource.setDirectory(basedir.resolve("src/main/resources").toString());
    project.getBuild().addResource(resource);

    MavenSession session =
        new MavenSession(null, request, new DefaultMavenExecutionResult(), project) {
          @Override
          public Settings getSettings() {
            return settings;
          }
        };

    set(mojo, "project", project);
    set(mojo, "session", session);
    set(mojo, "mojoExecution", new MojoExecution(new Plugin(), goal, "default-cli"));
    set(mojo, "locations", List.of("classpath:db/migrations"));
    set(mojo, "versionTable", "migrate_version");
    set(mojo, "historyTable", "migrate_history");
    set(mojo, "transactionMode", "per-revision");
    set(mojo, "validateOnMigrate", "false");
    set(mojo, "lockTimeout", "5m");
    set(mojo, "embeddedDirectory", new File(basedir.toFile(), "target/migrate"));
    set(mojo, "scriptCacheDirectory", new File(basedir.toFile(), "target/migrate/headers"));
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public boolean isDebugEnabled() {
            return debug;
          }

          @Override
          public void debug(CharSequence content) {
            record("[DEBUG] " + content);
          }

          @Override
          public void info(CharSequence content) {
            record("[INFO] " + content);
          }

          @Override
          public void warn(CharSequence content) {
            record("[WARNING] " + content);
          }

          @Override
          public void error(CharSequence content) {
            record("[ERROR] " + content);
          }
        });
    return mojo;
  }

  /**
   * Keeps a line the mojo logged (or Maven would print for it), and appends it to {@link Printed}'s
   * file, which the password scan reads after the suites.
   */
  void record(String line) {
    lines.add(line);
    Printed.append("mojo", line + "\n");
  }

  static void set(Object target, String name, Object value) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalArgumentException("no field " + name + " on " + target.getClass());
  }
}
