package dev.migrate.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which statements are, by their words, sure to need ordinary objects on PostgreSQL, so that a
 * scratch database is built of them at once rather than of temporary ones first.
 */
class TemporaryObjectWordsTest {
  private static boolean keeps(String database, String sql) {
    return Databases.forName(database).keepsToTemporaryObjects(sql);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE TABLE customer (id bigint PRIMARY KEY, email varchar(200) UNIQUE)",
        "CREATE INDEX ix_email ON customer (lower(email)) WHERE email IS NOT NULL",
        "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customer (id)",
        "CREATE VIEW big AS SELECT o.id, c.email FROM orders o JOIN customer c ON c.id = o.id",
        "COMMENT ON COLUMN customer.email IS 'where we write'",
        "CREATE TYPE mood AS ENUM ('happy', 'sad')",
        "ALTER TABLE t ALTER COLUMN v TYPE numeric(12, 2)",
        "CREATE SEQUENCE invoice_seq START WITH 10 INCREMENT BY 50",
        "INSERT INTO t (id) VALUES (1)"
      })
  void tablesIndexesViewsAndTypesOfTheDefaultSchemaKeepToTemporaryObjects(String sql) {
    assertThat(keeps("postgresql", sql)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE SCHEMA audit",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN END'",
        "CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'",
        "CREATE MATERIALIZED VIEW ids AS SELECT id FROM t",
        "SELECT pg_catalog.set_config('search_path', '', false)",
        "SET search_path TO app",
        "CREATE UNLOGGED TABLE t (id integer)",
        "ALTER TABLE t SET LOGGED",
        "CREATE TABLE public.t (id integer)",
        "CREATE TABLE IF NOT EXISTS \"App\" . \"T\" (id integer)",
        "ALTER TABLE ONLY public.t ADD COLUMN n integer",
        "CREATE VIEW app.v AS SELECT 1",
        "CREATE SEQUENCE public.s",
        "CREATE TYPE public.mood AS ENUM ('a')",
        "ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES public.other (id)",
        "CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION f()",
        "CREATE COLLATION german (provider = icu, locale = 'de')"
      })
  void whatCannotBeTemporaryOrNamesItsSchemaDoesNot(String sql) {
    assertThat(keeps("postgresql", sql)).isFalse();
  }
}
