-- A realistic PostgreSQL migration: every construct that hides a ';' from a naive splitter.
CREATE TABLE accounts (
  id serial PRIMARY KEY,
  name text NOT NULL,
  balance numeric NOT NULL DEFAULT 0,
  updated_at timestamptz
);

COMMENT ON TABLE accounts IS 'Customer''s accounts; one row per customer';

/* A block comment /* with a nested one; */ still a comment; 'not a string */
CREATE OR REPLACE FUNCTION transfer(src int, dst int, amount numeric)
RETURNS text
LANGUAGE plpgsql
AS $body$
DECLARE
  note text := 'it''s done; really';
BEGIN
  UPDATE accounts SET balance = balance - amount WHERE id = src;
  UPDATE accounts SET balance = balance + amount WHERE id = dst;
  IF amount > 1000 THEN
    RAISE EXCEPTION 'too much: %; "quoted"', amount;
  END IF;
  RETURN note || $$; and $$;
END;
$body$;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM accounts WHERE name = 'system') THEN
    INSERT INTO accounts (name) VALUES ('system');
  END IF;
END
$$;

CREATE FUNCTION touch_account() RETURNS trigger AS $trg$
BEGIN
  NEW.updated_at := now(); -- a comment with a ; inside the body
  RETURN NEW;
END;
$trg$ LANGUAGE plpgsql;

CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts
  FOR EACH ROW EXECUTE FUNCTION touch_account();

INSERT INTO accounts (name) VALUES (E'O\'Brien; \\ escaped'), ('C:\temp\');
INSERT INTO accounts (name) VALUES ('after a trailing backslash') -- no semicolon at the end
