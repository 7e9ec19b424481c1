package dev.migrate.engine.verify;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.VerifyOptions;
import dev.migrate.engine.api.VerifyReport;
import dev.migrate.engine.command.Catalog;
import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RevisionGraph;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code verify} command: loads the scripts, makes a scratch database, runs the {@link
 * Verifier} against it through the runtime and drops the scratch database, whatever happened.
 */
public final class VerifyCommand {
  private final MigrateConfig config;
  private final VerifyOptions options;

  public VerifyCommand(MigrateConfig config, VerifyOptions options) {
    this.config = config;
    this.options = options;
  }

  /** Runs every check; throws only when verify cannot run at all (bad scripts, no server). */
  public VerifyReport run() {
    Reporter reporter = config.reporter();
    Catalog catalog = Catalog.load(config);

    ScratchDatabase scratch = openScratch();
    AtomicReference<RuntimeDriver> running = new AtomicReference<>();
    // Ctrl-C during a long verify must not leave a scratch database on a shared server, nor the
    // roles the run created (on a connection of its own: the run's may be busy).
    Thread dropOnExit =
        new Thread(
            () -> {
              RuntimeDriver driver = running.get();
              if (driver != null) {
                driver.cleanUpQuietly(scratch);
              }
              closeQuietly(scratch);
            },
            "migrate-verify-cleanup");
    Runtime.getRuntime().addShutdownHook(dropOnExit);
    try {
      reporter.info("verify: scratch database " + scratch.describe());
      createSchema(scratch);
      MigrateConfig scratchConfig =
          config.toBuilder()
              .dataSource(null)
              .url(scratch.url())
              .user(scratch.user())
              .password(scratch.password())
              .reporter(reporter.quieter())
              .build();
      try (RuntimeDriver driver = new RuntimeDriver(catalog, scratchConfig, scratch)) {
        running.set(driver);
        return new Verifier(driver, expectedHeads(catalog.graph()), reporter).run();
      }
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(dropOnExit);
        scratch.close();
      } catch (IllegalStateException shuttingDown) {
        // the hook is dropping it already
      } catch (MigrateException e) {
        reporter.warn("verify: " + e.getMessage());
      }
    }
  }

  private static void closeQuietly(ScratchDatabase scratch) {
    try {
      scratch.close();
    } catch (RuntimeException e) {
      // the JVM is exiting; nothing left to tell
    }
  }

  /** The configured heads as full ids: a prefix or {@code label@head} is resolved first. */
  private List<String> expectedHeads(RevisionGraph graph) {
    return options.expectedHeads().stream()
        .flatMap(symbol -> graph.resolve(symbol).stream())
        .map(Revision::id)
        .distinct()
        .toList();
  }

  /** The scratch database the options or the configured database call for. */
  private ScratchDatabase openScratch() {
    return ScratchDatabase.like(config, options.scratchUrl(), "verify");
  }

  /** The configured schema for migrate's tables, made in the scratch database before anything. */
  private void createSchema(ScratchDatabase scratch) {
    if (config.schema() == null) {
      return;
    }
    try (Connection connection = scratch.connect();
        Statement statement = connection.createStatement()) {
      Optional<String> create = Databases.detect(connection).createSchemaIfMissing(config.schema());
      if (create.isPresent()) {
        statement.execute(create.get());
      }
    } catch (SQLException e) {
      throw new MigrateException(
          "Could not create schema "
              + config.schema()
              + " in the scratch database: "
              + e.getMessage(),
          e);
    }
  }
}
