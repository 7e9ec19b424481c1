package dev.migrate.bench;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.MigrateConfig;
import java.nio.file.Path;

/** Our engine through its facade, as an application embeds it. */
final class Ours {
  private Ours() {}

  static Migrator migrator(PgServer server, String database, Path scripts) {
    return Migrator.create(
        MigrateConfig.builder()
            .url(server.jdbcUrl(database))
            .user(server.user())
            .locations("filesystem:" + scripts.toAbsolutePath())
            .build());
  }

  /** Renders {@code base:heads} offline for PostgreSQL, no database involved. */
  static String render(Path scripts) {
    return Migrator.create(
            MigrateConfig.builder()
                .locations("filesystem:" + scripts.toAbsolutePath())
                .dialect("postgresql")
                .build())
        .upgradeSql("base:heads");
  }
}
