package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the scan ledger says about a genuine tag's serial: the copy rules that fired (none: no sign
 * of a copy) and the figures they were judged on.
 *
 * <p>No signal does not prove the item genuine: a copy scanned only once, or a copy claimed before
 * the genuine item, leaves none ({@code docs/copy-detection.md}).
 *
 * @param window the window the figures cover, ending at this scan
 * @param scansInWindow the scans of the serial in the window, this one included
 * @param placesInWindow the distinct known places in the window, this scan's included
 * @param claim the serial's claim, if it was claimed
 * @param signals the rules that fired, in the order of {@link CopyRule}
 */
public record CopyAssessment(
    Duration window,
    long scansInWindow,
    int placesInWindow,
    Optional<ClaimRecord> claim,
    List<CopySignal> signals) {

  /**
   * Validates the assessment.
   *
   * @param window the window
   * @param scansInWindow the scans in the window
   * @param placesInWindow the distinct places in the window
   * @param claim the claim, if any
   * @param signals the rules that fired
   */
  public CopyAssessment {
    LedgerChecks.notNull("window", window);
    if (scansInWindow < 0) {
      throw new InvalidValueException("scansInWindow", "must be at least 0", scansInWindow);
    }
    if (placesInWindow < 0) {
      throw new InvalidValueException("placesInWindow", "must be at least 0", placesInWindow);
    }
    LedgerChecks.notNull("claim", claim);
    signals = List.copyOf(LedgerChecks.notNull("signals", signals));
  }

  /**
   * Tells whether any copy rule fired.
   *
   * @return whether the tag is probably copied
   */
  public boolean isSuspicious() {
    return !signals.isEmpty();
  }

  /**
   * Tells whether this is the only scan of the serial in the window.
   *
   * @return whether {@link #scansInWindow()} is 1
   */
  public boolean isFirstScanInWindow() {
    return scansInWindow == 1;
  }

  /**
   * Tells whether this rule fired.
   *
   * @param rule the rule
   * @return whether a signal of this rule is present
   */
  public boolean fired(CopyRule rule) {
    return signals.stream().anyMatch(s -> s.rule() == rule);
  }
}
