package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.InvalidValueException;
import java.util.Optional;

/**
 * The outcome of verifying a tag: {@link Genuine} with the verified tag, or {@link Rejected} with
 * the reason.
 *
 * <pre>{@code
 * TagVerdict verdict = verifier.verify(scannedText);
 * if (verdict instanceof TagVerdict.Genuine genuine) {
 *   show(genuine.tag().claims(), genuine.tag().brand().name());
 * } else if (verdict instanceof TagVerdict.Rejected rejected) {
 *   warn(rejected.reason().explanation());
 * }
 * }</pre>
 */
public sealed interface TagVerdict permits TagVerdict.Genuine, TagVerdict.Rejected {

  /**
   * Tells whether the tag is genuine.
   *
   * @return true for {@link Genuine}
   */
  boolean isGenuine();

  /**
   * Returns the verified tag, when genuine.
   *
   * @return the tag, or empty when rejected
   */
  Optional<VerifiedTag> verifiedTag();

  /**
   * Returns the reason, when rejected.
   *
   * @return the reason, or empty when genuine
   */
  Optional<RejectionReason> rejectionReason();

  /**
   * The tag is genuine: its signature verifies with a member key that its village authority
   * certifies, for this brand, category and date made, and nothing is revoked.
   *
   * @param tag the verified tag: claims, member certificate and brand
   */
  record Genuine(VerifiedTag tag) implements TagVerdict {
    /**
     * Validates the verdict.
     *
     * @param tag the verified tag
     */
    public Genuine {
      if (tag == null) {
        throw new InvalidValueException("tag", "must not be null", null);
      }
    }

    @Override
    public boolean isGenuine() {
      return true;
    }

    @Override
    public Optional<VerifiedTag> verifiedTag() {
      return Optional.of(tag);
    }

    @Override
    public Optional<RejectionReason> rejectionReason() {
      return Optional.empty();
    }
  }

  /**
   * The tag is not accepted as genuine.
   *
   * @param reason why, the first check that failed
   * @param detail what exactly failed, in English, for logs and support (never a secret)
   */
  record Rejected(RejectionReason reason, String detail) implements TagVerdict {
    /**
     * Validates the verdict.
     *
     * @param reason why
     * @param detail what exactly failed
     */
    public Rejected {
      if (reason == null) {
        throw new InvalidValueException("reason", "must not be null", null);
      }
      if (detail == null) {
        throw new InvalidValueException("detail", "must not be null", null);
      }
    }

    @Override
    public boolean isGenuine() {
      return false;
    }

    @Override
    public Optional<VerifiedTag> verifiedTag() {
      return Optional.empty();
    }

    @Override
    public Optional<RejectionReason> rejectionReason() {
      return Optional.of(reason);
    }
  }
}
