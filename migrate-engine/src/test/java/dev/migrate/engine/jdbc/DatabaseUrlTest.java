package dev.migrate.engine.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.DatabaseUnavailableException;
import dev.migrate.engine.api.error.InvalidUrlException;
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
  void sqlalchemyDriverPartsAreIgnoredAndQueryParametersGoToTheDriver() {
    DatabaseUrl asyncpg =
        DatabaseUrl.parse("postgresql+asyncpg://app:s3cret@db:5432/shop?sslmode=require");
    assertThat(asyncpg.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/shop?sslmode=require");
    assertThat(asyncpg.password()).isEqualTo("s3cret");
    assertThat(asyncpg.notes()).singleElement().asString().contains("'+asyncpg'", "ignored");
    assertThat(DatabaseUrl.parse("postgresql+psycopg2://u@/shop").jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost/shop");
    DatabaseUrl timeouts =
        DatabaseUrl.parse(
            "postgres://h/d?connect_timeout=5&sslmode=verify-full&application_name=a");
    assertThat(timeouts.jdbcUrl())
        .isEqualTo("jdbc:postgresql://h/d?connectTimeout=5&sslmode=verify-full&ApplicationName=a");
    assertThat(timeouts.notes()).hasSize(2);
    assertThat(DatabaseUrl.parse("mysql+pymysql://root:pw@127.0.0.1/test?charset=utf8mb4"))
        .extracting(DatabaseUrl::jdbcUrl, DatabaseUrl::user)
        .containsExactly("jdbc:mariadb://127.0.0.1/test?charset=utf8mb4", "root");
    assertThat(DatabaseUrl.parse("mariadb+mariadbconnector://[::1]:3307/t").jdbcUrl())
        .isEqualTo("jdbc:mariadb://[::1]:3307/t");
  }

  @Test
  void sqlalchemySqliteFormsNameAFile() {
    assertThat(DatabaseUrl.parse("sqlite:///data/app.db").jdbcUrl())
        .isEqualTo("jdbc:sqlite:data/app.db");
    assertThat(DatabaseUrl.parse("sqlite+pysqlite:////var/lib/app.db").jdbcUrl())
        .isEqualTo("jdbc:sqlite:/var/lib/app.db");
    assertThat(DatabaseUrl.parse("sqlite://").jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
  }

  @Test
  void everySpecialCharacterOfAPasswordSurvivesPercentEncoding() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://u%2Bx:p%40ss%3Aw%2Frd%25%3F1+@h/d");
    assertThat(url.user()).isEqualTo("u+x");
    assertThat(url.password()).isEqualTo("p@ss:w/rd%?1+");
    assertThat(DatabaseUrl.parse("mysql://u:p%C3%A4ss@h/d").password()).isEqualTo("päss");
    assertThat(DatabaseUrl.parse("postgresql://u:p@ss@h/d").password())
        .as("an unencoded @ before the last one belongs to the password, as in libpq")
        .isEqualTo("p@ss");
  }

  @Test
  void malformedUrlsAreOneLineNamingThePartWithThePasswordMasked() {
    assertInvalid("postgresql://u:pw@h:54x2/d", "port", "postgresql://u:****@h:54x2/d: the port");
    assertInvalid("postgresql://u:pw@h:70000/d", "port", "not a number from 1 to 65535");
    assertInvalid(
        "postgresql://u:pa/ss@h/d", "user or password", "postgresql://u:****@h/d: the user or");
    assertInvalid("postgresql://u:pa?ss@h/d", "user or password", "postgresql://u:****@h/d");
    assertInvalid("postgresql://u:100%sure@h/d", "password", "has a '%' that does not start");
    assertInvalid("postgresql://u:pw@[::1/d", "host", "no closing ']'");
    assertInvalid("postgresql://u:pw@h/d?sslmode", "query", "'sslmode' has no value");
    assertInvalid("post gres://u:pw@h/d", "scheme", "is not a name");
    assertInvalid(
        "oracle+cx://scott:tiger@h/x", "scheme", "no supported database has the scheme 'oracle'");
    assertInvalid("scott:tiger@h/x", "scheme", "it has no scheme://");
  }

  private static void assertInvalid(String url, String part, String words) {
    assertThatThrownBy(() -> DatabaseUrl.parse(url))
        .isInstanceOfSatisfying(
            InvalidUrlException.class, e -> assertThat(e.part()).isEqualTo(part))
        .hasMessageContaining(words)
        .hasMessageNotContainingAny("pw", "pa/ss", "pa?ss", "100%sure", "tiger")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
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
        .hasMessageContaining("not percent-encoded")
        .hasMessageContaining("%2F")
        .hasMessageNotContaining("Secret");
    assertThatThrownBy(() -> DatabaseUrl.parse("mariadb://app:50%zz@host/db"))
        .hasMessageContaining("'%' that does not start a %XX escape")
        .hasMessageNotContaining("50%zz");
    assertThat(DatabaseUrl.parse("postgresql://app:a@b:c@host/db?x=1/2").password())
        .isEqualTo("a@b:c");
  }

  @Test
  void anUnknownHostIsNamedWithTheMaskedUrlOnOneLine() {
    // .invalid never resolves (RFC 2606), on any network.
    for (String url :
        new String[] {
          "postgresql://bob:hunter2@nosuchhost.invalid/db",
          "mariadb://bob:hunter2@nosuchhost.invalid:3306/db"
        }) {
      MigrateConfig config =
          MigrateConfig.builder().url(url).connectTimeout(java.time.Duration.ofSeconds(10)).build();
      assertThatThrownBy(() -> ConnectionFactory.of(config).open())
          .isInstanceOfSatisfying(
              DatabaseUnavailableException.class,
              e -> assertThat(e.unknownHost()).isEqualTo("nosuchhost.invalid"))
          .hasMessageStartingWith("Could not connect to nosuchhost.invalid")
          .hasMessageContaining("(jdbc:")
          .hasMessageContaining("unknown host 'nosuchhost.invalid'")
          .hasMessageContaining("check the host in the URL")
          .satisfies(
              e ->
                  assertThat(e.getMessage()).doesNotContain("\n", "hunter2", "java.", "Exception"));
    }
  }

  @Test
  void aStrayPercentInAPgJdbcUrlIsABadUrlNotAFailedConnection() {
    assertThatThrownBy(
            () -> DatabaseUrl.parse("jdbc:postgresql://localhost/d%zzb?user=u&password=hunter2"))
        .isInstanceOf(InvalidUrlException.class)
        .hasMessageContaining("jdbc:postgresql://localhost/d%zzb")
        .hasMessageContaining("'%' that does not start a %XX escape")
        .hasMessageContaining("%25")
        .hasMessageNotContaining("hunter2");
    assertThat(DatabaseUrl.parse("jdbc:postgresql://localhost/d%41b").jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost/d%41b");
    // Other drivers read their URLs as written: H2's file names may hold a '%'.
    assertThat(DatabaseUrl.parse("jdbc:h2:mem:50%off").jdbcUrl()).isEqualTo("jdbc:h2:mem:50%off");
  }

  @Test
  void theHostOfAnEndpoint() {
    assertThat(DatabaseUrl.parse("jdbc:postgresql://db:5432/app").host()).isEqualTo("db");
    assertThat(DatabaseUrl.parse("jdbc:postgresql://db/app").host()).isEqualTo("db");
    assertThat(DatabaseUrl.parse("jdbc:postgresql://[::1]:5432/app").host()).isEqualTo("[::1]");
  }
}
