package dev.migrate.engine.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.database.ForeignUrl;
import org.junit.jupiter.api.Test;

/** The parsed form every database's support builds its JDBC URL from, SQLite's file forms too. */
class ForeignUrlParserTest {
  private static ForeignUrl parse(String url) {
    return ForeignUrlParser.parse(url, url.indexOf("://"));
  }

  @Test
  void sqliteFileFormsAsSqlalchemyWritesThem() {
    assertThat(parse("sqlite:///relative.db"))
        .isEqualTo(new ForeignUrl("sqlite", null, null, null, "", -1, "relative.db", ""));
    assertThat(parse("sqlite+pysqlite:////var/data/app.db").database())
        .isEqualTo("/var/data/app.db");
    assertThat(parse("sqlite:///dir/my%20app.db").database()).isEqualTo("dir/my app.db");
    assertThat(parse("sqlite://").database()).as("SQLAlchemy's in-memory database").isEmpty();
  }

  @Test
  void serverFormsKeepEveryPart() {
    assertThat(parse("PostgreSQL+asyncpg://app:p%40ss@db.example:6543/shop?sslmode=require"))
        .isEqualTo(
            new ForeignUrl(
                "postgresql",
                "asyncpg",
                "app",
                "p@ss",
                "db.example",
                6543,
                "shop",
                "sslmode=require"));
    assertThat(parse("mysql://[fe80::1]:3306/x").hostAndPort("localhost"))
        .isEqualTo("[fe80::1]:3306");
    assertThat(parse("mysql://h").hostAndPort("localhost")).isEqualTo("h");
    assertThat(parse("postgresql://:secret@h/d").user()).isNull();
  }
}
