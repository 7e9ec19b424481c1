package dev.migrate.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.common.MigrateException;
import org.junit.jupiter.api.Test;

class MigrateConfigTest {

  @Test
  void printingAConfigurationNeverShowsThePassword() {
    MigrateConfig config =
        MigrateConfig.builder()
            .url("postgresql://app:s3cr%40t@db:5432/app?password=s3cr@t")
            .password("s3cr@t")
            .build();

    assertThat(config.toString())
        .doesNotContain("s3cr")
        .contains("postgresql://app:****@db:5432/app");
  }

  @Test
  void tableNamesThatCouldInjectSqlAreRefused() {
    assertThatThrownBy(() -> MigrateConfig.builder().versionTable("v; DROP TABLE x").build())
        .isInstanceOf(MigrateException.class)
        .hasMessageContaining("versionTable")
        .hasMessageContaining("not a valid name");
    assertThatThrownBy(() -> MigrateConfig.builder().schema("public\"--").build())
        .isInstanceOf(MigrateException.class)
        .hasMessageContaining("schema");
  }

  @Test
  void versionAndHistoryTablesMustDiffer() {
    assertThatThrownBy(() -> MigrateConfig.builder().versionTable("t").historyTable("T").build())
        .hasMessageContaining("must differ");
  }
}
