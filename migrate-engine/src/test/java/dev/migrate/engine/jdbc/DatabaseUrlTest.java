package dev.migrate.engine.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void jdbcUrlsPassThrough() {
    DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db:5432/app?ssl=true");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/app?ssl=true");
    assertThat(url.user()).isNull();
    assertThat(url.endpoint()).isEqualTo("db:5432");
  }

  @Test
  void ecosystemFormsBecomeJdbcWithDecodedCredentials() {
    DatabaseUrl pg =
        DatabaseUrl.parse(
            "postgresql://app%40corp:p%3Ass%2Fw@db.example:6543/shop?sslmode=require");
    assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/shop?sslmode=require");
    assertThat(pg.user()).isEqualTo("app@corp");
    assertThat(pg.password()).isEqualTo("p:ss/w");
    assertThat(DatabaseUrl.parse("postgres://u@h/d").jdbcUrl()).isEqualTo("jdbc:postgresql://h/d");
    assertThat(DatabaseUrl.parse("postgres://u@h/d").password()).isNull();
    assertThat(DatabaseUrl.parse("mysql://root:x@127.0.0.1:3306/test").jdbcUrl())
        .isEqualTo("jdbc:mariadb://127.0.0.1:3306/test");
    assertThat(DatabaseUrl.parse("mariadb://root@h:3307/t").endpoint()).isEqualTo("h:3307");
  }

  @Test
  void unknownFormsAreRejectedWithoutThePassword() {
    assertThatThrownBy(() -> DatabaseUrl.parse("oracle://scott:tiger@h/x"))
        .hasMessageContaining("oracle")
        .hasMessageNotContaining("tiger");
    assertThatThrownBy(() -> DatabaseUrl.parse("nonsense:scott:tiger"))
        .hasMessageNotContaining("tiger");
  }

  @Test
  void connectionFailureNamesHostAndPortButNeverThePassword() {
    MigrateConfig config =
        MigrateConfig.builder().url("postgresql://bob:hunter2@127.0.0.1:1/nothing").build();
    assertThatThrownBy(() -> ConnectionFactory.of(config).open())
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("127.0.0.1:1")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void credentialsThatNeedPercentEncodingAreRefusedWithoutThePassword() {
    assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:Sup3r/Secret@host:5432/db"))
        .hasMessageContaining("unencoded '/'")
        .hasMessageContaining("%2F")
        .hasMessageNotContaining("Secret");
    assertThatThrownBy(() -> DatabaseUrl.parse("mariadb://app:50%zz@host/db"))
        .hasMessageContaining("'%' that starts no escape")
        .hasMessageNotContaining("50%zz");
    assertThat(DatabaseUrl.parse("postgresql://app:a@b:c@host/db?x=1/2").password())
        .isEqualTo("a@b:c");
  }
}
