package dev.migrate.engine.autogen;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.ModelSpec;
import dev.migrate.engine.api.error.ModelException;
import dev.migrate.engine.common.PasswordMasker;
import dev.migrate.engine.jdbc.ConnectionFactory;
import dev.migrate.engine.jdbc.DatabaseUrl;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.verify.SnapshotReader;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A live database as the model: its schema read as it is, migrate's own tables left out, nothing
 * changed. To baseline a production schema into a first revision, or to capture what was changed by
 * hand in a development database.
 */
final class LiveModel {
  private LiveModel() {}

  /** Reads the model database's schema; the user and password default to the configured ones. */
  static DatabaseSchema read(MigrateConfig config, ModelSpec spec) {
    DatabaseUrl url = DatabaseUrl.parse(spec.location());
    String user = url.user() != null ? url.user() : config.user();
    String password = url.password() != null ? url.password() : config.password();
    try (Connection connection = ConnectionFactory.connect(url.jdbcUrl(), user, password)) {
      // Grants are not autogenerate's: no change value expresses them (see SchemaSide#read).
      return new SnapshotReader(SchemaSide.ownTables(config)).read(connection).withoutGrants();
    } catch (SQLException e) {
      throw new ModelException(
          spec.toString(),
          "Cannot read the model database "
              + PasswordMasker.mask(spec.location(), password)
              + ": "
              + e.getMessage());
    }
  }
}
