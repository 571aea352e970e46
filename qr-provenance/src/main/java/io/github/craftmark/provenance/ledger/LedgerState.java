package io.github.craftmark.provenance.ledger;

/** Whether a verification was recorded in the scan ledger and judged against it. */
public enum LedgerState {
  /** The scan was recorded and the copy assessment is based on the ledger. */
  RECORDED,

  /**
   * The ledger failed (database down, table missing, constraint): the tag's signature may be fine,
   * but nothing is known about copies, so the scan must not be shown as a first scan.
   */
  LEDGER_UNAVAILABLE,

  /** The tag was not genuine: there is no serial to count, so nothing was recorded. */
  NOT_RECORDED
}
