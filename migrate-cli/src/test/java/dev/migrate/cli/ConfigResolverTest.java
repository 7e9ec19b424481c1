package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.ResolvedSettings;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.SettingException;
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

  private ResolvedSettings resolve(
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
    ResolvedSettings settings =
        resolve(
            Map.of(Setting.URL, "jdbc:h2:mem:flag"),
            null,
            Map.of("MIGRATE_URL", "jdbc:h2:mem:env", "MIGRATE_USER", "env-user"));
    assertThat(settings.value(Setting.URL)).isEqualTo("jdbc:h2:mem:flag");
    assertThat(settings.origin(Setting.URL)).isEqualTo("--url");
    assertThat(settings.value(Setting.USER)).isEqualTo("env-user");
    assertThat(settings.origin(Setting.USER)).isEqualTo("environment variable MIGRATE_USER");
    assertThat(settings.value(Setting.SCHEMA)).isEqualTo("file_schema");
    assertThat(settings.origin(Setting.SCHEMA)).startsWith("migrate.schema in ");
  }

  @Test
  void migrateUrlBeatsDatabaseUrlWhichBeatsTheFile() throws IOException {
    properties("migrate.properties", "migrate.url=jdbc:h2:mem:file");
    assertThat(
            resolve(
                    Map.of(),
                    null,
                    Map.of("DATABASE_URL", "postgresql://u@h/db", "MIGRATE_URL", "jdbc:h2:mem:m"))
                .value(Setting.URL))
        .isEqualTo("jdbc:h2:mem:m");
    ResolvedSettings fromDatabaseUrl =
        resolve(Map.of(), null, Map.of("DATABASE_URL", "postgresql://u@h/db"));
    assertThat(fromDatabaseUrl.value(Setting.URL)).isEqualTo("postgresql://u@h/db");
    assertThat(fromDatabaseUrl.origin(Setting.URL)).isEqualTo("environment variable DATABASE_URL");
  }

  @Test
  void blankEnvironmentValuesCountAsUnset() {
    assertThat(resolve(Map.of(), null, Map.of("MIGRATE_URL", " ")).value(Setting.URL)).isNull();
  }

  @Test
  void configFlagAndEnvironmentNameTheFile() throws IOException {
    properties("prod.properties", "migrate.versionTable=alembic_version");
    properties("env.properties", "migrate.versionTable=from_env_file");
    assertThat(resolve(Map.of(), "prod.properties", Map.of()).value(Setting.VERSION_TABLE))
        .isEqualTo("alembic_version");
    assertThat(
            resolve(Map.of(), null, Map.of("MIGRATE_CONFIG", "env.properties"))
                .value(Setting.VERSION_TABLE))
        .isEqualTo("from_env_file");
    assertThat(
            resolve(Map.of(), "prod.properties", Map.of("MIGRATE_CONFIG", "env.properties"))
                .value(Setting.VERSION_TABLE))
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
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("migrate.ulr")
        .hasMessageContaining("migrate.properties")
        .hasMessageContaining("migrate.url");
  }

  @Test
  void defaultsWhenNothingIsSet() {
    MigrateConfig config = resolve(Map.of(), null, Map.of()).toBuilder().baseDirectory(dir).build();
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
            Map.entry("MIGRATE_VALIDATE_ON_MIGRATE", "true"),
            Map.entry("MIGRATE_VERSION_PATH", "db/versions"),
            Map.entry("MIGRATE_FILE_TEMPLATE", "{rev}_{slug}"),
            Map.entry("MIGRATE_SCRIPT_TEMPLATE", "tpl.sql"));
    MigrateConfig config = resolve(Map.of(), null, env).toBuilder().baseDirectory(dir).build();
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
    assertThat(config.validateOnMigrate()).isTrue();
    assertThat(dir.resolve(config.versionPath())).isEqualTo(dir.resolve("db/versions"));
    assertThat(config.fileTemplate()).isEqualTo("{rev}_{slug}");
    assertThat(dir.resolve(config.scriptTemplate())).isEqualTo(dir.resolve("tpl.sql"));
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
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'soon'")
        .hasMessageContaining("--lock-timeout");
    assertThatThrownBy(() -> lockTimeout("-5")).isInstanceOf(SettingException.class);
  }

  private Duration lockTimeout(String value) {
    return resolve(Map.of(Setting.LOCK_TIMEOUT, value), null, Map.of()).toBuilder()
        .baseDirectory(dir)
        .build()
        .lockTimeout();
  }

  @Test
  void describeMasksPasswords() {
    ResolvedSettings settings =
        resolve(
            Map.of(Setting.PASSWORD, "hunter22"),
            null,
            Map.of("DATABASE_URL", "postgresql://app:topsecret@db:5432/app"));
    assertThat(settings.describe().toString())
        .doesNotContain("hunter22", "topsecret")
        .contains("postgresql://app:****@db:5432/app", "(from environment variable DATABASE_URL)");
  }

  @Test
  void credentialsMergePerFieldAndTheUrlsOwnBelongToItsSource() throws IOException {
    properties("f", "migrate.user=file-user");
    // A user from the file and a password from the environment: both apply.
    ResolvedSettings merged =
        resolve(
            Map.of(Setting.URL, "jdbc:postgresql://db/app"),
            null,
            Map.of("MIGRATE_PASSWORD", "env-secret"));
    assertThat(merged.value(Setting.PASSWORD)).isEqualTo("env-secret");
    // Credentials inside DATABASE_URL win over the file's user; a flag wins over them.
    ResolvedSettings fromUrl =
        resolve(
            Map.of(Setting.PASSWORD, "flag-secret"),
            null,
            Map.of("DATABASE_URL", "postgresql://app:url-secret@db/app", "MIGRATE_CONFIG", "f"));
    assertThat(fromUrl.value(Setting.PASSWORD)).isEqualTo("flag-secret");
    assertThat(fromUrl.value(Setting.USER)).isNull();
    assertThat(fromUrl.origin(Setting.USER)).isEqualTo("the URL");
    assertThat(fromUrl.secrets()).containsExactlyInAnyOrder("flag-secret", "url-secret");
  }
}
