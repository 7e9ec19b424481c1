package dev.migrate.engine.lint;

import static dev.migrate.engine.lint.LintCorpus.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Scripts as projects write them (tables, functions, triggers, DO blocks, procedures, views, seed
 * data) lint without a crash and without a finding: everything they touch was created in the same
 * revision, and bodies are not statements. With no lock timeout configured, too: no DDL touches an
 * existing table.
 */
class RealisticCorpusTest {
  private static final String POSTGRES =
      """
      CREATE EXTENSION IF NOT EXISTS pgcrypto;
      CREATE TYPE order_state AS ENUM ('new', 'paid', 'sent');
      CREATE TABLE customers (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email varchar(320) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE orders (
        id bigserial PRIMARY KEY,
        customer_id bigint NOT NULL REFERENCES customers (id),
        state order_state NOT NULL DEFAULT 'new',
        total numeric(12, 2) NOT NULL CHECK (total >= 0),
        token uuid NOT NULL DEFAULT gen_random_uuid()
      );
      CREATE INDEX ix_orders_customer ON orders (customer_id);
      CREATE UNIQUE INDEX ux_orders_token ON orders (token);
      ALTER TABLE orders ADD COLUMN note text NOT NULL DEFAULT '';
      ALTER TABLE orders ALTER COLUMN total TYPE numeric(14, 2);
      ALTER TABLE orders ALTER COLUMN note SET NOT NULL;
      ALTER TABLE orders ADD CONSTRAINT ck_note CHECK (length(note) < 1000);
      ALTER TABLE orders ADD CONSTRAINT uq_customer_token UNIQUE (customer_id, token);
      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.note := coalesce(NEW.note, '');
        -- ALTER TABLE orders DROP COLUMN note; is only text here
        RETURN NEW;
      END;
      $$;
      CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON orders
        FOR EACH ROW EXECUTE FUNCTION touch();
      CREATE PROCEDURE archive(days int) LANGUAGE sql BEGIN ATOMIC
        DELETE FROM orders WHERE state = 'sent';
      END;
      DO $do$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM customers) THEN
          EXECUTE 'CREATE INDEX ix_dummy ON orders (state)';
        END IF;
      END
      $do$;
      CREATE VIEW paid_orders AS SELECT * FROM orders WHERE state = 'paid';
      INSERT INTO customers (email) VALUES ('a@example.org'), ('DROP TABLE x');
      UPDATE customers SET email = lower(email);
      COMMENT ON TABLE orders IS 'ALTER TABLE orders RENAME TO y';
      GRANT SELECT ON paid_orders TO PUBLIC;
      """;

  private static final String MARIADB =
      """
      CREATE TABLE customers (
        id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
        email VARCHAR(320) NOT NULL,
        created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        UNIQUE KEY ux_email (email)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
      CREATE TABLE orders (
        id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
        customer_id BIGINT NOT NULL,
        state ENUM('new','paid') NOT NULL DEFAULT 'new',
        total DECIMAL(12,2) NOT NULL,
        CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
        CONSTRAINT ck_total CHECK (total >= 0)
      );
      ALTER TABLE orders ADD COLUMN note VARCHAR(100) NOT NULL, ALGORITHM=COPY;
      ALTER TABLE orders MODIFY state ENUM('paid','new') NOT NULL;
      ALTER TABLE orders ADD FULLTEXT INDEX ft_note (note);
      ALTER TABLE orders ADD COLUMN made DATETIME DEFAULT (now());
      CREATE INDEX ix_orders_customer ON orders (customer_id);
      DELIMITER //
      CREATE PROCEDURE archive(IN days INT)
      BEGIN
        DELETE FROM orders WHERE state = 'paid';
        DROP TABLE IF EXISTS tmp_archive;
      END//
      CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW
      BEGIN
        IF NEW.note IS NULL THEN SET NEW.note = ''; END IF;
      END//
      DELIMITER ;
      CREATE VIEW paid_orders AS SELECT * FROM orders WHERE state = 'paid';
      INSERT INTO customers (email) VALUES ('a@example.org'), ('it''s # not a comment');
      # a MySQL comment: ALTER TABLE orders DROP COLUMN note;
      """;

  @Test
  void postgresqlCorpusHasNoFinding() {
    assertThat(lint("postgresql", true, 16, false, java.util.Map.of(), POSTGRES)).isEmpty();
  }

  @Test
  void mariadbCorpusHasNoFinding() {
    assertThat(lint("mariadb", true, 11, false, java.util.Map.of(), MARIADB)).isEmpty();
    assertThat(lint("mysql", true, 8, false, java.util.Map.of(), MARIADB)).isEmpty();
  }
}
