-- The scan ledger's first schema, H2 dialect; ../postgresql/V1__ledger.sql is the same in
-- PostgreSQL. H2 commits at every DDL statement, so each statement may run again after a failure.
-- Times are milliseconds since 1970-01-01T00:00Z, days are UTC days since 1970-01-01: exact, and
-- the same in both dialects whatever the session's time zone.

-- One row per recorded scan: no personal data (coarse place key, salted device fingerprint).
CREATE TABLE IF NOT EXISTS craftmark_scan (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  serial VARBINARY(16) NOT NULL,
  scanned_at_ms BIGINT NOT NULL,
  place VARCHAR(7) NOT NULL,
  device VARBINARY(16),
  outcome VARCHAR(40) NOT NULL
);

-- A serial's history (newest first, ties by id) and its counts in a time window.
CREATE INDEX IF NOT EXISTS craftmark_scan_serial_time
  ON craftmark_scan (serial, scanned_at_ms, id);

-- Pruning: the scans before a cutoff.
CREATE INDEX IF NOT EXISTS craftmark_scan_time ON craftmark_scan (scanned_at_ms);

-- The winning claim of each serial: the primary key makes the first claim win atomically.
CREATE TABLE IF NOT EXISTS craftmark_claim (
  serial VARBINARY(16) PRIMARY KEY,
  claimed_at_ms BIGINT NOT NULL,
  place VARCHAR(7) NOT NULL,
  buyer VARBINARY(32)
);

-- Wrong claim codes, counted per serial in a window to throttle guessing.
CREATE TABLE IF NOT EXISTS craftmark_claim_failure (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  serial VARBINARY(16) NOT NULL,
  failed_at_ms BIGINT NOT NULL
);

CREATE INDEX IF NOT EXISTS craftmark_claim_failure_serial_time
  ON craftmark_claim_failure (serial, failed_at_ms, id);

CREATE INDEX IF NOT EXISTS craftmark_claim_failure_time ON craftmark_claim_failure (failed_at_ms);

-- Pruned scans, folded into one row per serial, UTC day and place so that long windows still
-- count them; device fingerprints are not kept.
CREATE TABLE IF NOT EXISTS craftmark_scan_day (
  serial VARBINARY(16) NOT NULL,
  scan_day BIGINT NOT NULL,
  place VARCHAR(7) NOT NULL,
  scans BIGINT NOT NULL,
  PRIMARY KEY (serial, scan_day, place)
);

CREATE INDEX IF NOT EXISTS craftmark_scan_day_day ON craftmark_scan_day (scan_day);

-- Per-ledger values, such as the secret salt of device fingerprints and buyer token hashes.
CREATE TABLE IF NOT EXISTS craftmark_ledger_setting (
  name VARCHAR(64) PRIMARY KEY,
  setting VARBINARY(64) NOT NULL
);
