package io.github.craftmark.provenance.trust;

import io.github.craftmark.provenance.internal.trust.TrustChecks;
import java.util.Optional;

/**
 * What {@link TrustStore#update} did with a trust list: accepted it, or refused it with a reason.
 *
 * <p>A refusal is an expected outcome (an old list replayed, a list for an authority the app does
 * not pin), so it is a value, not an exception.
 */
public sealed interface TrustListUpdate {
  /**
   * Tells whether the list was accepted.
   *
   * @return true for {@link Accepted}
   */
  boolean isAccepted();

  /**
   * Returns the list, when accepted.
   *
   * @return what the list says, or empty when rejected
   */
  Optional<TrustList> acceptedList();

  /**
   * Returns the reason, when rejected.
   *
   * @return the reason, or empty when accepted
   */
  Optional<TrustListRejection> rejectionReason();

  /**
   * The list was accepted: the store now holds it for its authority.
   *
   * @param trustList what the list says
   * @param changed false when the store held this very list already (same sequence, same bytes)
   */
  record Accepted(TrustList trustList, boolean changed) implements TrustListUpdate {
    /**
     * Checks the parts.
     *
     * @param trustList what the list says
     * @param changed whether the store's state changed
     */
    public Accepted {
      TrustChecks.notNull("trustList", trustList);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public Optional<TrustList> acceptedList() {
      return Optional.of(trustList);
    }

    @Override
    public Optional<TrustListRejection> rejectionReason() {
      return Optional.empty();
    }
  }

  /**
   * The list was refused; the store is unchanged.
   *
   * @param reason why
   * @param detail what exactly was wrong, for logs (no secrets)
   */
  record Rejected(TrustListRejection reason, String detail) implements TrustListUpdate {
    /**
     * Checks the parts.
     *
     * @param reason why
     * @param detail what exactly was wrong
     */
    public Rejected {
      TrustChecks.notNull("reason", reason);
      TrustChecks.notNull("detail", detail);
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public Optional<TrustList> acceptedList() {
      return Optional.empty();
    }

    @Override
    public Optional<TrustListRejection> rejectionReason() {
      return Optional.of(reason);
    }
  }
}
