package dev.migrate.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;

/** Flyway's and Liquibase's core APIs, called the way their documentation shows. */
final class Peers {
  // Held so that the levels stick (java.util.logging keeps loggers weakly).
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
  private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

  private Peers() {}

  /** Progress logs off for both (ours runs with a silent reporter too); no usage analytics sent. */
  static void quiet() {
    FLYWAY_LOG.setLevel(Level.WARNING);
    LIQUIBASE_LOG.setLevel(Level.WARNING);
    System.setProperty("liquibase.analytics.enabled", "false");
    System.setProperty("liquibase.showBanner", "false");
  }

  static Flyway flyway(PgServer server, String database, Path locations) {
    return Flyway.configure()
        .dataSource(server.jdbcUrl(database), server.user(), "")
        .locations("filesystem:" + locations.toAbsolutePath())
        .load();
  }

  static void flywayMigrate(PgServer server, String database, Path locations) {
    flyway(server, database, locations).migrate();
  }

  static void liquibaseUpdate(PgServer server, String database, Path changelogDir)
      throws Exception {
    try (Connection connection = server.connect(database)) {
      Database db =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      Map<String, Object> scope =
          Map.of(
              Scope.Attr.resourceAccessor.name(),
              new DirectoryResourceAccessor(changelogDir.toAbsolutePath()),
              Scope.Attr.ui.name(),
              new LoggerUIService());
      Scope.child(
          scope,
          () ->
              new CommandScope(UpdateCommandStep.COMMAND_NAME)
                  .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "changelog.sql")
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, db)
                  .addArgumentValue(
                      ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                  .execute());
    }
  }
}
