/**
 * Catching copied tags: a scan ledger of where and how often each serial is scanned, copy signals
 * drawn from it, and first-claim codes whose first valid use wins.
 *
 * <p>A signature proves a tag was issued; it cannot tell the genuine item from a photocopy of its
 * QR code on a fake. {@link io.github.craftmark.provenance.ledger.ScanVerifier} verifies a tag, records the scan in a {@link
 * io.github.craftmark.provenance.ledger.ScanLedger} and adds a copy assessment to the verdict;
 * {@code ScanVerifier.claim} lets the buyer claim the item once with the secret code under its
 * scratch-off. See {@code docs/copy-detection.md} for what each signal means and what it cannot
 * catch.
 */
package io.github.craftmark.provenance.ledger;
