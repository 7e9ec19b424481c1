package dev.migrate.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTypeTest {

  @Test
  void spellingsOfOneTypeAreEqual() {
    assertThat(SqlType.parse("int"))
        .isEqualTo(SqlType.parse("INTEGER"))
        .isEqualTo(SqlType.parse("int4"));
    assertThat(SqlType.parse("int(11)")).isEqualTo(SqlType.parse("integer"));
    assertThat(SqlType.parse("varchar(10)")).isEqualTo(SqlType.parse("character varying(10)"));
    assertThat(SqlType.parse("CHARACTER  VARYING(10)")).isEqualTo(SqlType.of("varchar", 10));
    assertThat(SqlType.parse("decimal(10, 2)")).isEqualTo(SqlType.parse("NUMERIC(10,2)"));
    assertThat(SqlType.parse("timestamptz")).isEqualTo(SqlType.parse("timestamp with time zone"));
    assertThat(SqlType.parse("bool")).isEqualTo(SqlType.parse("boolean"));
    assertThat(SqlType.parse("int8")).isEqualTo(SqlType.parse("BIGINT"));
  }

  @Test
  void differentTypesAreNot() {
    assertThat(SqlType.parse("varchar(10)")).isNotEqualTo(SqlType.parse("varchar(20)"));
    assertThat(SqlType.parse("text")).isNotEqualTo(SqlType.parse("varchar"));
    assertThat(SqlType.parse("int unsigned")).isNotEqualTo(SqlType.parse("int"));
    assertThat(SqlType.parse("timestamp")).isNotEqualTo(SqlType.parse("timestamptz"));
  }

  @Test
  void argumentsInsideTheNameAreFoundAndPrintedBack() {
    SqlType type = SqlType.parse("timestamp(6) with time zone");

    assertThat(type.name()).isEqualTo("timestamp with time zone");
    assertThat(type.arguments()).containsExactly("6");
    assertThat(type).hasToString("timestamp(6) with time zone");
  }

  @Test
  void enumValuesKeepTheirCaseAndQuotes() {
    SqlType type = SqlType.parse("ENUM('Happy', 'it''s, ok')");

    assertThat(type.arguments()).containsExactly("'Happy'", "'it''s, ok'");
    assertThat(type).hasToString("enum('Happy','it''s, ok')");
  }

  @Test
  void theSpellingIsKeptForRenderingButNotCompared() {
    SqlType written = SqlType.parse("VARCHAR(10)");

    assertThat(written.sql()).isEqualTo("VARCHAR(10)");
    assertThat(SqlType.of("character varying", 10).sql()).isEqualTo("character varying(10)");
    assertThat(written.hashCode()).isEqualTo(SqlType.parse("character varying(10)").hashCode());
  }

  @Test
  void unbalancedParenthesesLeaveTheTextAsTheName() {
    assertThat(SqlType.parse("odd(type").name()).isEqualTo("odd(type");
  }
}
