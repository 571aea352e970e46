-- The scan ledger's first schema, PostgreSQL dialect; ../h2/V1__ledger.sql is the same in H2.
-- PostgreSQL runs the whole migration in one transaction.
-- Times are milliseconds since 1970-01-01T00:00Z, days are UTC days since 1970-01-01: exact, and
-- the same in both dialects whatever the session's time zone.

-- One row per recorded scan: no personal data (coarse place key, salted device fingerprint).
CREATE TABLE craftmark_scan (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  serial BYTEA NOT NULL,
  scanned_at_ms BIGINT NOT NULL,
  place VARCHAR(7) NOT NULL,
  device BYTEA,
  outcome VARCHAR(40) NOT NULL
);

-- A serial's history (newest first, ties by id) and its counts in a time window.
CREATE INDEX craftmark_scan_serial_time
  ON craftmark_scan (serial, scanned_at_ms, id);

-- Pruning: the scans before a cutoff.
CREATE INDEX craftmark_scan_time ON craftmark_scan (scanned_at_ms);

-- The winning claim of each serial: the primary key makes the first claim win atomically.
CREATE TABLE craftmark_claim (
  serial BYTEA PRIMARY KEY,
  claimed_at_ms BIGINT NOT NULL,
  place VARCHAR(7) NOT NULL,
  buyer BYTEA
);

-- Wrong claim codes, counted per serial in a window to throttle guessing.
CREATE TABLE craftmark_claim_failure (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  serial BYTEA NOT NULL,
  failed_at_ms BIGINT NOT NULL
);

CREATE INDEX craftmark_claim_failure_serial_time
  ON craftmark_claim_failure (serial, failed_at_ms, id);

CREATE INDEX craftmark_claim_failure_time ON craftmark_claim_failure (failed_at_ms);

-- Pruned scans, folded into one row per serial, UTC day and place so that long windows still
-- count them; device fingerprints are not kept.
CREATE TABLE craftmark_scan_day (
  serial BYTEA NOT NULL,
  scan_day BIGINT NOT NULL,
  place VARCHAR(7) NOT NULL,
  scans BIGINT NOT NULL,
  PRIMARY KEY (serial, scan_day, place)
);

CREATE INDEX craftmark_scan_day_day ON craftmark_scan_day (scan_day);

-- Per-ledger values, such as the secret salt of device fingerprints and buyer token hashes.
CREATE TABLE craftmark_ledger_setting (
  name VARCHAR(64) PRIMARY KEY,
  setting BYTEA NOT NULL
);
