-- The scan ledger's first schema, H2 dialect. Mirrors ../postgresql/V1__ledger.sql.
-- H2 commits at every DDL statement, so every statement here may be run again after a failure.

-- One row per recorded verification. Append-only until pruned into craftmark_scan_day.
CREATE TABLE IF NOT EXISTS craftmark_scan (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  serial VARBINARY(16) NOT NULL,
  scanned_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  place VARCHAR(7) NOT NULL,
  device VARBINARY(32),
  outcome VARCHAR(40) NOT NULL
);

-- History of one serial (newest first) and its counts in a time window.
CREATE INDEX IF NOT EXISTS craftmark_scan_serial_time ON craftmark_scan (serial, scanned_at);

-- Pruning: the scans older than a cutoff.
CREATE INDEX IF NOT EXISTS craftmark_scan_time ON craftmark_scan (scanned_at);

-- The first valid claim of each serial; the primary key makes the first one win atomically.
CREATE TABLE IF NOT EXISTS craftmark_claim (
  serial VARBINARY(16) PRIMARY KEY,
  claimed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  buyer VARBINARY(32)
);

-- Wrong claim codes, counted per serial in a window to throttle guessing.
CREATE TABLE IF NOT EXISTS craftmark_claim_failure (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  serial VARBINARY(16) NOT NULL,
  failed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE INDEX IF NOT EXISTS craftmark_claim_failure_serial_time
  ON craftmark_claim_failure (serial, failed_at);

-- Pruned scans folded into one row per serial and UTC day, so counts over long windows stay right.
CREATE TABLE IF NOT EXISTS craftmark_scan_day (
  serial VARBINARY(16) NOT NULL,
  scan_day DATE NOT NULL,
  scans BIGINT NOT NULL,
  PRIMARY KEY (serial, scan_day)
);

-- The distinct places and devices of each aggregated day, so distinct counts stay exact.
CREATE TABLE IF NOT EXISTS craftmark_scan_day_place (
  serial VARBINARY(16) NOT NULL,
  scan_day DATE NOT NULL,
  place VARCHAR(7) NOT NULL,
  PRIMARY KEY (serial, scan_day, place)
);

CREATE TABLE IF NOT EXISTS craftmark_scan_day_device (
  serial VARBINARY(16) NOT NULL,
  scan_day DATE NOT NULL,
  device VARBINARY(32) NOT NULL,
  PRIMARY KEY (serial, scan_day, device)
);

-- Per-ledger values, e.g. the generated salt of device fingerprints.
CREATE TABLE IF NOT EXISTS craftmark_ledger_setting (
  name VARCHAR(64) PRIMARY KEY,
  setting VARBINARY(256) NOT NULL
);
