package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.TransactionMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags beat the environment, which beats migrate.properties, which beats the defaults. */
class ConfigResolverTest {
  @TempDir Path dir;

  private ConfigResolver resolve(
      Map<Setting, String> flags, String configFlag, Map<String, String> env) {
    return ConfigResolver.resolve(flags, configFlag, env, dir);
  }

  private void properties(String name, String... lines) throws IOException {
    Files.write(dir.resolve(name), List.of(lines));
  }

  @Test
  void flagBeatsEnvironmentBeatsFile() throws IOException {
    properties(
        "migrate.properties",
        "migrate.url=jdbc:h2:mem:file",
        "migrate.user=file-user",
        "migrate.schema=file_schema");
    ConfigResolver settings =
        resolve(
            Map.of(Setting.URL, "jdbc:h2:mem:flag"),
            null,
            Map.of("MIGRATE_URL", "jdbc:h2:mem:env", "MIGRATE_USER", "env-user"));
    assertThat(settings.get(Setting.URL)).isEqualTo("jdbc:h2:mem:flag");
    assertThat(settings.source(Setting.URL)).isEqualTo("--url");
    assertThat(settings.get(Setting.USER)).isEqualTo("env-user");
    assertThat(settings.source(Setting.USER)).isEqualTo("MIGRATE_USER");
    assertThat(settings.get(Setting.SCHEMA)).isEqualTo("file_schema");
    assertThat(settings.source(Setting.SCHEMA)).startsWith("migrate.schema in ");
  }

  @Test
  void migrateUrlBeatsDatabaseUrlWhichBeatsTheFile() throws IOException {
    properties("migrate.properties", "migrate.url=jdbc:h2:mem:file");
    assertThat(
            resolve(
                    Map.of(),
                    null,
                    Map.of("DATABASE_URL", "postgresql://u@h/db", "MIGRATE_URL", "jdbc:h2:mem:m"))
                .get(Setting.URL))
        .isEqualTo("jdbc:h2:mem:m");
    ConfigResolver fromDatabaseUrl =
        resolve(Map.of(), null, Map.of("DATABASE_URL", "postgresql://u@h/db"));
    assertThat(fromDatabaseUrl.get(Setting.URL)).isEqualTo("postgresql://u@h/db");
    assertThat(fromDatabaseUrl.source(Setting.URL)).isEqualTo("DATABASE_URL");
  }

  @Test
  void blankEnvironmentValuesCountAsUnset() {
    assertThat(resolve(Map.of(), null, Map.of("MIGRATE_URL", " ")).get(Setting.URL)).isNull();
  }

  @Test
  void configFlagAndEnvironmentNameTheFile() throws IOException {
    properties("prod.properties", "migrate.versionTable=alembic_version");
    properties("env.properties", "migrate.versionTable=from_env_file");
    assertThat(resolve(Map.of(), "prod.properties", Map.of()).get(Setting.VERSION_TABLE))
        .isEqualTo("alembic_version");
    assertThat(
            resolve(Map.of(), null, Map.of("MIGRATE_CONFIG", "env.properties"))
                .get(Setting.VERSION_TABLE))
        .isEqualTo("from_env_file");
    assertThat(
            resolve(Map.of(), "prod.properties", Map.of("MIGRATE_CONFIG", "env.properties"))
                .get(Setting.VERSION_TABLE))
        .isEqualTo("alembic_version");
  }

  @Test
  void missingConfigFileIsBadUsageNamingIt() {
    assertThatThrownBy(() -> resolve(Map.of(), "nope.properties", Map.of()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("nope.properties");
  }

  @Test
  void unknownKeyInFileIsBadUsageNamingKeyAndFile() throws IOException {
    properties("migrate.properties", "migrate.ulr=jdbc:h2:mem:x");
    assertThatThrownBy(() -> resolve(Map.of(), null, Map.of()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("migrate.ulr")
        .hasMessageContaining("migrate.properties")
        .hasMessageContaining("migrate.url");
  }

  @Test
  void defaultsWhenNothingIsSet() {
    MigrateConfig config = ConfigResolver.build(resolve(Map.of(), null, Map.of()).toBuilder(dir));
    assertThat(config.url()).isNull();
    assertThat(config.locations()).containsExactly("filesystem:db/migrations");
    assertThat(config.versionTable()).isEqualTo("migrate_version");
    assertThat(config.historyTable()).isEqualTo("migrate_history");
    assertThat(config.transactionMode()).isEqualTo(TransactionMode.PER_REVISION);
    assertThat(config.lockTimeout()).isEqualTo(MigrateConfig.DEFAULT_LOCK_TIMEOUT);
    assertThat(config.baseDirectory()).isEqualTo(dir);
  }

  @Test
  void everySettingReachesTheEngineConfig() {
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("MIGRATE_URL", "jdbc:h2:mem:all"),
            Map.entry("MIGRATE_USER", "sa"),
            Map.entry("MIGRATE_PASSWORD", "s3cret"),
            Map.entry("MIGRATE_LOCATIONS", "filesystem:a, classpath:b/c"),
            Map.entry("MIGRATE_VERSION_TABLE", "alembic_version"),
            Map.entry("MIGRATE_HISTORY_TABLE", "alembic_history"),
            Map.entry("MIGRATE_SCHEMA", "app"),
            Map.entry("MIGRATE_DIALECT", "PostgreSQL"),
            Map.entry("MIGRATE_LOCK_TIMEOUT", "90"),
            Map.entry("MIGRATE_TRANSACTION_MODE", "ALL"),
            Map.entry("MIGRATE_VERSION_PATH", "db/versions"),
            Map.entry("MIGRATE_FILE_TEMPLATE", "{rev}_{slug}"),
            Map.entry("MIGRATE_SCRIPT_TEMPLATE", "tpl.sql"));
    MigrateConfig config = ConfigResolver.build(resolve(Map.of(), null, env).toBuilder(dir));
    assertThat(config.url()).isEqualTo("jdbc:h2:mem:all");
    assertThat(config.user()).isEqualTo("sa");
    assertThat(config.password()).isEqualTo("s3cret");
    assertThat(config.locations()).containsExactly("filesystem:a", "classpath:b/c");
    assertThat(config.versionTable()).isEqualTo("alembic_version");
    assertThat(config.historyTable()).isEqualTo("alembic_history");
    assertThat(config.schema()).isEqualTo("app");
    assertThat(config.dialect()).isEqualTo("postgresql");
    assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.transactionMode()).isEqualTo(TransactionMode.ALL);
    assertThat(config.versionPath()).isEqualTo(dir.resolve("db/versions"));
    assertThat(config.fileTemplate()).isEqualTo("{rev}_{slug}");
    assertThat(config.scriptTemplate()).isEqualTo(dir.resolve("tpl.sql"));
  }

  @Test
  void lockTimeoutForms() {
    assertThat(lockTimeout("30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(lockTimeout("45s")).isEqualTo(Duration.ofSeconds(45));
    assertThat(lockTimeout("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(lockTimeout("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(lockTimeout("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(lockTimeout("PT2M")).isEqualTo(Duration.ofMinutes(2));
    assertThat(lockTimeout("0")).isEqualTo(Duration.ZERO);
    assertThatThrownBy(() -> lockTimeout("soon"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'soon'")
        .hasMessageContaining("--lock-timeout");
    assertThatThrownBy(() -> lockTimeout("-5")).isInstanceOf(UsageException.class);
  }

  private Duration lockTimeout(String value) {
    return ConfigResolver.build(
            resolve(Map.of(Setting.LOCK_TIMEOUT, value), null, Map.of()).toBuilder(dir))
        .lockTimeout();
  }

  @Test
  void describeMasksPasswords() {
    ConfigResolver settings =
        resolve(
            Map.of(Setting.PASSWORD, "hunter22"),
            null,
            Map.of("DATABASE_URL", "postgresql://app:topsecret@db:5432/app"));
    assertThat(settings.describe().toString())
        .doesNotContain("hunter22", "topsecret")
        .contains("postgresql://app:****@db:5432/app", "(from DATABASE_URL)");
  }

  @Test
  void derivedNames() {
    assertThat(Setting.VERSION_TABLE.flag()).isEqualTo("--version-table");
    assertThat(Setting.VERSION_TABLE.environmentVariable()).isEqualTo("MIGRATE_VERSION_TABLE");
    assertThat(Setting.VERSION_TABLE.property()).isEqualTo("migrate.versionTable");
    assertThat(Setting.URL.flag()).isEqualTo("--url");
  }
}
