package dev.migrate.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every raw value is parsed once, by the builder, the same way for every front end. */
class SettingParsingTest {
  private static MigrateConfig.Builder set(Setting setting, String value) {
    return MigrateConfig.builder().set(setting, value, "--test");
  }

  @Test
  void durationsTakeSecondsUnitsAndIso() {
    assertThat(lockTimeout("30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(lockTimeout("45s")).isEqualTo(Duration.ofSeconds(45));
    assertThat(lockTimeout("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(lockTimeout("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(lockTimeout("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(lockTimeout("PT2M")).isEqualTo(Duration.ofMinutes(2));
    assertThat(lockTimeout("pt2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(lockTimeout("0")).isEqualTo(Duration.ZERO);
  }

  @Test
  void validateOnMigrateTakesTrueOrFalseAndDefaultsToFalse() {
    assertThat(MigrateConfig.builder().build().validateOnMigrate()).isFalse();
    assertThat(set(Setting.VALIDATE_ON_MIGRATE, "true").build().validateOnMigrate()).isTrue();
    assertThat(set(Setting.VALIDATE_ON_MIGRATE, " TRUE ").build().validateOnMigrate()).isTrue();
    assertThat(set(Setting.VALIDATE_ON_MIGRATE, "false").build().validateOnMigrate()).isFalse();
    assertThat(Setting.VALIDATE_ON_MIGRATE.flag()).isEqualTo("--validate-on-migrate");
    assertThat(Setting.VALIDATE_ON_MIGRATE.environmentVariable())
        .isEqualTo("MIGRATE_VALIDATE_ON_MIGRATE");
    assertThatThrownBy(() -> set(Setting.VALIDATE_ON_MIGRATE, "yes"))
        .isInstanceOf(SettingException.class)
        .hasMessage("validateOnMigrate 'yes' (from --test) is not valid: expected true or false");
  }

  @Test
  void aBadValueNamesTheSettingTheValueAndItsOrigin() {
    assertThatThrownBy(() -> lockTimeout("soon"))
        .isInstanceOf(SettingException.class)
        .hasMessage(
            "lockTimeout 'soon' (from --test) is not valid: expected zero or more seconds, or a"
                + " duration such as 30s, 5m, 1h, PT2M");
    assertThatThrownBy(() -> lockTimeout("-5")).isInstanceOf(SettingException.class);
    assertThatThrownBy(() -> set(Setting.TRANSACTION_MODE, "sometimes"))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'sometimes'")
        .hasMessageContaining("--test")
        .hasMessageContaining("per-revision or all")
        .extracting(e -> ((SettingException) e).setting())
        .isEqualTo(Setting.TRANSACTION_MODE);
  }

  @Test
  void transactionModeIsParsedInAnyCase() {
    assertThat(set(Setting.TRANSACTION_MODE, "ALL").build().transactionMode())
        .isEqualTo(TransactionMode.ALL);
    assertThat(set(Setting.TRANSACTION_MODE, "per_revision").build().transactionMode())
        .isEqualTo(TransactionMode.PER_REVISION);
  }

  @Test
  void theDialectIsValidatedByTheEngine() {
    assertThat(set(Setting.DIALECT, "PostgreSQL").build().dialect()).isEqualTo("postgresql");
    assertThatThrownBy(() -> set(Setting.DIALECT, "oracle").build())
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("'oracle'")
        .hasMessageContaining("--test")
        .hasMessageContaining("h2");
    assertThatThrownBy(() -> MigrateConfig.builder().dialect("oracle").build())
        .isInstanceOf(SettingException.class);
  }

  @Test
  void namesFromTextNameTheirOriginWhenRefusedAtBuild() {
    assertThatThrownBy(() -> set(Setting.VERSION_TABLE, "x;drop").build())
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("versionTable 'x;drop' (from --test) is not a valid name");
  }

  @Test
  void listsAndPathsAndBlanks() {
    MigrateConfig config =
        MigrateConfig.builder()
            .set(Setting.LOCATIONS, " filesystem:a, ,classpath:b ", null)
            .set(Setting.VERSION_PATH, "db/new", null)
            .set(Setting.SCHEMA, "  ", null)
            .build();
    assertThat(config.locations()).containsExactly("filesystem:a", "classpath:b");
    assertThat(config.versionPath()).isEqualTo(Path.of("db/new"));
    assertThat(config.schema()).isNull();
  }

  @Test
  void everyConfigSettingCanBeSetFromText() {
    for (Setting setting : Setting.values()) {
      if (setting.configures() && setting.defaultValue() != null) {
        MigrateConfig.builder().set(setting, setting.defaultValue(), "the default").build();
      }
    }
    assertThatThrownBy(() -> set(Setting.CLASSPATH, "x.jar"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Duration lockTimeout(String value) {
    return set(Setting.LOCK_TIMEOUT, value).build().lockTimeout();
  }
}
