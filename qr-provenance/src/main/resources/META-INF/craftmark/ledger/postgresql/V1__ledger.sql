-- The scan ledger's first schema, PostgreSQL dialect. Mirrors ../h2/V1__ledger.sql.
-- PostgreSQL runs the whole migration in one transaction.

-- One row per recorded verification. Append-only until pruned into craftmark_scan_day.
CREATE TABLE craftmark_scan (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  serial BYTEA NOT NULL,
  scanned_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  place VARCHAR(7) NOT NULL,
  device BYTEA,
  outcome VARCHAR(40) NOT NULL
);

-- History of one serial (newest first) and its counts in a time window.
CREATE INDEX craftmark_scan_serial_time ON craftmark_scan (serial, scanned_at);

-- Pruning: the scans older than a cutoff.
CREATE INDEX craftmark_scan_time ON craftmark_scan (scanned_at);

-- The first valid claim of each serial; the primary key makes the first one win atomically.
CREATE TABLE craftmark_claim (
  serial BYTEA PRIMARY KEY,
  claimed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  buyer BYTEA
);

-- Wrong claim codes, counted per serial in a window to throttle guessing.
CREATE TABLE craftmark_claim_failure (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  serial BYTEA NOT NULL,
  failed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX craftmark_claim_failure_serial_time
  ON craftmark_claim_failure (serial, failed_at);

-- Pruned scans folded into one row per serial and UTC day, so counts over long windows stay right.
CREATE TABLE craftmark_scan_day (
  serial BYTEA NOT NULL,
  scan_day DATE NOT NULL,
  scans BIGINT NOT NULL,
  PRIMARY KEY (serial, scan_day)
);

-- The distinct places and devices of each aggregated day, so distinct counts stay exact.
CREATE TABLE craftmark_scan_day_place (
  serial BYTEA NOT NULL,
  scan_day DATE NOT NULL,
  place VARCHAR(7) NOT NULL,
  PRIMARY KEY (serial, scan_day, place)
);

CREATE TABLE craftmark_scan_day_device (
  serial BYTEA NOT NULL,
  scan_day DATE NOT NULL,
  device BYTEA NOT NULL,
  PRIMARY KEY (serial, scan_day, device)
);

-- Per-ledger values, e.g. the generated salt of device fingerprints.
CREATE TABLE craftmark_ledger_setting (
  name VARCHAR(64) PRIMARY KEY,
  setting BYTEA NOT NULL
);
