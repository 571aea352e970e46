package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import io.github.craftmark.provenance.tag.RejectionReason;
import java.time.Instant;

/**
 * The outcome of claiming an item with its secret claim code: the first valid claim wins, every
 * later one is {@link AlreadyClaimed} — evidence of a copy when the buyer differs.
 *
 * <pre>{@code
 * ClaimOutcome outcome = verifier.claim(scannedText, code, Optional.of(accountId), context);
 * switch (outcome.code()) { ... }
 * if (outcome instanceof ClaimOutcome.AlreadyClaimed already && !already.sameBuyer()) {
 *   warn("claimed on " + already.firstClaimedAt());
 * }
 * }</pre>
 *
 * <p>{@link ScanLedger#claim} gives {@link Claimed} or {@link AlreadyClaimed}; the other outcomes
 * come from {@link ScanVerifier#claim}. No outcome reveals anything about the right code.
 */
public sealed interface ClaimOutcome
    permits ClaimOutcome.Claimed,
        ClaimOutcome.AlreadyClaimed,
        ClaimOutcome.WrongCode,
        ClaimOutcome.Throttled,
        ClaimOutcome.NoClaimCode,
        ClaimOutcome.TagNotGenuine,
        ClaimOutcome.InvalidRequest,
        ClaimOutcome.LedgerUnavailable {

  /**
   * Returns a stable code for programs, logs and the ledger's scan outcome, e.g. {@code
   * "claim-won"}.
   *
   * @return the code
   */
  String code();

  /**
   * Returns a one-line explanation in English, for people.
   *
   * @return the explanation
   */
  String explanation();

  /**
   * Returns a one-line explanation in Vietnamese, for people.
   *
   * @return the explanation
   */
  String explanationVi();

  /**
   * The claim won: the item is now bound to this claim (and buyer token, if one was given).
   *
   * @param at when it was claimed, to the millisecond
   * @param boundToBuyer whether a buyer token was bound
   */
  record Claimed(Instant at, boolean boundToBuyer) implements ClaimOutcome {
    /**
     * Validates the outcome and truncates the time to milliseconds.
     *
     * @param at when
     * @param boundToBuyer whether a buyer token was bound
     */
    public Claimed {
      at = LedgerChecks.millis("at", at);
    }

    @Override
    public String code() {
      return "claim-won";
    }

    @Override
    public String explanation() {
      return "Claimed: this item is now registered to you.";
    }

    @Override
    public String explanationVi() {
      return "Đã xác nhận: sản phẩm này nay đã được đăng ký cho bạn.";
    }
  }

  /**
   * The serial was claimed before. Unless {@link #sameBuyer()}, the item in hand or the one
   * claimed first carries a copied tag.
   *
   * @param firstClaimedAt when the winning claim was made, to the millisecond
   * @param sameBuyer whether this claim gave the same buyer token as the winning one
   */
  record AlreadyClaimed(Instant firstClaimedAt, boolean sameBuyer) implements ClaimOutcome {
    /**
     * Validates the outcome and truncates the time to milliseconds.
     *
     * @param firstClaimedAt when the winning claim was made
     * @param sameBuyer whether the buyer token is the same
     */
    public AlreadyClaimed {
      firstClaimedAt = LedgerChecks.millis("firstClaimedAt", firstClaimedAt);
    }

    @Override
    public String code() {
      return "claim-already-claimed";
    }

    @Override
    public String explanation() {
      return "This item was already claimed on " + firstClaimedAt + ".";
    }

    @Override
    public String explanationVi() {
      return "Sản phẩm này đã được xác nhận vào " + firstClaimedAt + ".";
    }
  }

  /** The code does not match the tag's commitment. Nothing more is said. */
  record WrongCode() implements ClaimOutcome {
    @Override
    public String code() {
      return "claim-wrong-code";
    }

    @Override
    public String explanation() {
      return "The claim code is not right for this item.";
    }

    @Override
    public String explanationVi() {
      return "Mã xác nhận không đúng với sản phẩm này.";
    }
  }

  /**
   * Too many wrong codes for this serial lately: no code is checked until {@link #retryAfter()}.
   *
   * @param retryAfter the earliest time a new attempt will be checked, to the millisecond
   */
  record Throttled(Instant retryAfter) implements ClaimOutcome {
    /**
     * Validates the outcome and truncates the time to milliseconds.
     *
     * @param retryAfter the earliest time of a new attempt
     */
    public Throttled {
      retryAfter = LedgerChecks.millis("retryAfter", retryAfter);
    }

    @Override
    public String code() {
      return "claim-throttled";
    }

    @Override
    public String explanation() {
      return "Too many wrong codes for this item; try again after " + retryAfter + ".";
    }

    @Override
    public String explanationVi() {
      return "Đã nhập sai mã quá nhiều lần cho sản phẩm này; hãy thử lại sau " + retryAfter + ".";
    }
  }

  /** The tag carries no claim-code commitment: this item cannot be claimed. */
  record NoClaimCode() implements ClaimOutcome {
    @Override
    public String code() {
      return "claim-no-code";
    }

    @Override
    public String explanation() {
      return "This item's tag has no claim code.";
    }

    @Override
    public String explanationVi() {
      return "Tem của sản phẩm này không có mã xác nhận.";
    }
  }

  /**
   * The tag itself did not verify; no claim was attempted.
   *
   * @param reason why the tag was rejected
   */
  record TagNotGenuine(RejectionReason reason) implements ClaimOutcome {
    /**
     * Validates the outcome.
     *
     * @param reason why the tag was rejected
     */
    public TagNotGenuine {
      LedgerChecks.notNull("reason", reason);
    }

    @Override
    public String code() {
      return "claim-tag-not-genuine";
    }

    @Override
    public String explanation() {
      return "The tag is not genuine: " + reason.explanation();
    }

    @Override
    public String explanationVi() {
      return "Tem không phải tem thật (" + reason.code() + ").";
    }
  }

  /**
   * The request was malformed — a claim code blank or over 64 characters, a buyer token blank or
   * over 512 characters — so nothing was checked or counted. No right code is malformed, so this
   * reveals nothing about it.
   *
   * @param problem what was wrong, e.g. {@code "claimCode must not be blank"} (never the value)
   */
  record InvalidRequest(String problem) implements ClaimOutcome {
    /**
     * Validates the outcome.
     *
     * @param problem what was wrong
     */
    public InvalidRequest {
      if (problem == null || problem.isBlank()) {
        throw new InvalidValueException("problem", "must not be blank", problem);
      }
    }

    @Override
    public String code() {
      return "claim-invalid-request";
    }

    @Override
    public String explanation() {
      return "The claim code or buyer token is not in a valid form.";
    }

    @Override
    public String explanationVi() {
      return "Mã xác nhận hoặc mã người mua không đúng định dạng.";
    }
  }

  /**
   * The ledger could not be reached or refused the write: nothing was decided. Try again later.
   *
   * @param reason what failed, in English, for logs and support (never a secret or SQL data)
   */
  record LedgerUnavailable(String reason) implements ClaimOutcome {
    /**
     * Validates the outcome.
     *
     * @param reason what failed
     */
    public LedgerUnavailable {
      if (reason == null || reason.isBlank()) {
        throw new InvalidValueException("reason", "must not be blank", reason);
      }
    }

    @Override
    public String code() {
      return "claim-ledger-unavailable";
    }

    @Override
    public String explanation() {
      return "The claim could not be checked now; please try again later.";
    }

    @Override
    public String explanationVi() {
      return "Hiện không thể kiểm tra yêu cầu xác nhận; vui lòng thử lại sau.";
    }
  }
}
