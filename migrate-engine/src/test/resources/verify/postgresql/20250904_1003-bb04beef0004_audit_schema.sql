-- revision: bb04beef0004
-- down_revision: bb03beef0003
-- message: audit schema and summary view

-- migrate:upgrade
CREATE SCHEMA audit;
CREATE TABLE audit.events (
    id BIGSERIAL PRIMARY KEY,
    person_id BIGINT REFERENCES people (id) ON DELETE SET NULL,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ix_events_recent ON audit.events (at DESC) WHERE person_id IS NOT NULL;
CREATE MATERIALIZED VIEW audit.daily AS SELECT date_trunc('day', at) AS day, count(*) AS n FROM audit.events GROUP BY 1;

-- migrate:downgrade
DROP SCHEMA audit CASCADE;
