package io.github.craftmark.provenance.ledger;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.provenance.internal.ledger.LedgerChecks;
import io.github.craftmark.provenance.tag.ClaimCommitment;
import io.github.craftmark.provenance.tag.TagSerial;
import io.github.craftmark.provenance.tag.TagVerdict;
import io.github.craftmark.provenance.tag.TagVerifier;
import io.github.craftmark.provenance.tag.VerifiedTag;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Verifies tags and catches copies: checks the signature with a {@link TagVerifier}, records the
 * scan in a {@link ScanLedger}, judges the serial's history with a {@link CopyDetectionPolicy}, and
 * lets the buyer claim the item once with its secret claim code.
 *
 * <pre>{@code
 * ScanVerifier verifier = ScanVerifier.builder()
 *     .tagVerifier(tagVerifier)
 *     .ledger(ledger)
 *     .clock(Clock.systemUTC())
 *     .build();
 * ScanVerdict verdict = verifier.verify(scannedText, ScanContext.at(ScanPlace.province("01")));
 * ClaimOutcome outcome = verifier.claim(scannedText, codeFromScratchOff, Optional.of(accountId),
 *     ScanContext.none());
 * }</pre>
 *
 * <p>Never throws for any input: a fake tag is a verdict, a failing ledger is {@link
 * LedgerState#LEDGER_UNAVAILABLE} or {@link ClaimOutcome.LedgerUnavailable} — never "genuine, first
 * scan". Device ids, claim codes, buyer tokens and the salt never appear in results, logs or
 * {@link #toString()}.
 *
 * <p>Instances are immutable and safe for concurrent use.
 */
public final class ScanVerifier {
  private static final System.Logger LOG = System.getLogger(ScanVerifier.class.getName());

  /** The most UTF-16 units of a claim code read at all: 64 characters, decomposed, fit. */
  private static final int MAX_CODE_UNITS = 8 * ClaimCommitment.MAX_CODE_LENGTH;

  private final TagVerifier tagVerifier;
  private final ScanLedger ledger;
  private final CopyDetectionPolicy policy;
  private final Clock clock;
  private final LedgerSalt configuredSalt;
  private final AtomicReference<LedgerSalt> ledgerSalt = new AtomicReference<>();

  private ScanVerifier(Builder b) {
    this.tagVerifier = LedgerChecks.notNull("tagVerifier", b.tagVerifier);
    this.ledger = LedgerChecks.notNull("ledger", b.ledger);
    this.policy = LedgerChecks.notNull("policy", b.policy);
    this.clock = LedgerChecks.notNull("clock", b.clock);
    this.configuredSalt = b.salt;
  }

  /**
   * Starts a scan verifier.
   *
   * @return a builder with the default policy
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this verifier's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder()
        .tagVerifier(tagVerifier)
        .ledger(ledger)
        .policy(policy)
        .clock(clock)
        .salt(configuredSalt);
  }

  /**
   * Returns the copy-detection policy.
   *
   * @return the policy
   */
  public CopyDetectionPolicy policy() {
    return policy;
  }

  /**
   * Verifies the text scanned from a tag, records the scan and judges it for copies.
   *
   * @param scannedText the text of the QR code; any string, null included
   * @param context where and on what it was scanned; null means {@link ScanContext#none()}
   * @return the verdict; never null, never an exception
   */
  public ScanVerdict verify(String scannedText, ScanContext context) {
    return judge(() -> tagVerifier.verify(scannedText), context);
  }

  /**
   * Verifies the tag in a picture, records the scan and judges it for copies.
   *
   * @param image the picture; null included
   * @param context where and on what it was scanned; null means {@link ScanContext#none()}
   * @return the verdict; never null, never an exception
   */
  public ScanVerdict verify(BufferedImage image, ScanContext context) {
    return judge(() -> tagVerifier.verify(image), context);
  }

  /**
   * Verifies the tag in an image file (PNG, JPEG, GIF or BMP), records the scan and judges it.
   *
   * @param imageFile the file's bytes; null included
   * @param context where and on what it was scanned; null means {@link ScanContext#none()}
   * @return the verdict; never null, never an exception
   */
  public ScanVerdict verifyImage(byte[] imageFile, ScanContext context) {
    return judge(() -> tagVerifier.verifyImage(imageFile), context);
  }

  private ScanVerdict judge(Supplier<TagVerdict> verification, ScanContext context) {
    TagVerdict verdict = verification.get();
    if (!(verdict instanceof TagVerdict.Genuine genuine)) {
      return new ScanVerdict(verdict, LedgerState.NOT_RECORDED, Optional.empty(), Optional.empty());
    }
    ScanContext where = context == null ? ScanContext.none() : context;
    try {
      Instant now = now();
      ScanRecord scan = scanRecord(genuine.tag().claims().serial(), now, where, ScanRecord.GENUINE);
      ledger.record(scan);
      ScanStats stats = ledger.stats(scan.serial(), now.minus(policy.window()), now);
      CopyAssessment assessment = policy.assess(scan, stats);
      return new ScanVerdict(
          verdict, LedgerState.RECORDED, Optional.of(assessment), Optional.empty());
    } catch (RuntimeException e) {
      String problem = problem(e);
      LOG.log(System.Logger.Level.WARNING, "scan ledger unavailable while verifying: {0}", problem);
      return new ScanVerdict(
          verdict, LedgerState.LEDGER_UNAVAILABLE, Optional.empty(), Optional.of(problem));
    }
  }

  /**
   * Claims the item whose tag this is with the secret claim code: the first valid claim wins.
   *
   * <p>In order: the tag is verified ({@link ClaimOutcome.TagNotGenuine}); it must carry a claim
   * commitment ({@link ClaimOutcome.NoClaimCode}); the code and buyer token must be well formed
   * ({@link ClaimOutcome.InvalidRequest}); the serial must not have had {@link
   * CopyDetectionPolicy#maxFailedClaims()} wrong codes within {@link
   * CopyDetectionPolicy#failedClaimWindow()}, counted in the ledger so the limit holds across
   * machines ({@link ClaimOutcome.Throttled}); the code is compared with the commitment in constant
   * time, and a wrong code is counted ({@link ClaimOutcome.WrongCode}); then the ledger's atomic
   * claim decides ({@link ClaimOutcome.Claimed} or {@link ClaimOutcome.AlreadyClaimed}). The
   * attempt is also recorded as a scan, with the outcome's code.
   *
   * @param scannedText the text of the tag's QR code; any string, null included
   * @param claimCode the code the buyer typed (NFC-normalised); any value, null included
   * @param buyerToken an id of the buyer to bind the item to (stored only as a salted hash), if any
   * @param context where and on what the claim is made; null means {@link ScanContext#none()}
   * @return the outcome; never null, never an exception
   */
  public ClaimOutcome claim(
      String scannedText,
      CharSequence claimCode,
      Optional<String> buyerToken,
      ScanContext context) {
    try {
      return claimChecked(scannedText, claimCode, buyerToken, context);
    } catch (RuntimeException e) {
      // A bug, never a property of the input: say so without the code, the token or a stack trace.
      String problem = "unexpected failure: " + e.getClass().getName();
      LOG.log(System.Logger.Level.WARNING, "claim failed: {0}", problem);
      return new ClaimOutcome.LedgerUnavailable(problem);
    }
  }

  private ClaimOutcome claimChecked(
      String scannedText,
      CharSequence claimCode,
      Optional<String> buyerToken,
      ScanContext context) {
    TagVerdict verdict = tagVerifier.verify(scannedText);
    if (!(verdict instanceof TagVerdict.Genuine genuine)) {
      return new ClaimOutcome.TagNotGenuine(verdict.rejectionReason().orElseThrow());
    }
    VerifiedTag tag = genuine.tag();
    Optional<ClaimCommitment> commitment = tag.claims().claimCommitment();
    if (commitment.isEmpty()) {
      return new ClaimOutcome.NoClaimCode();
    }
    TagSerial serial = tag.claims().serial();
    ScanContext where = context == null ? ScanContext.none() : context;
    Optional<String> token = buyerToken == null ? Optional.empty() : buyerToken;
    Optional<String> problem = malformed(claimCode, token);
    if (problem.isPresent()) {
      return new ClaimOutcome.InvalidRequest(problem.get());
    }
    Instant now;
    ClaimOutcome outcome;
    try {
      now = now();
      List<Instant> failures = ledger.failedClaims(
          serial, now.minus(policy.failedClaimWindow()), now, policy.maxFailedClaims());
      if (failures.size() >= policy.maxFailedClaims()) {
        Instant oldestCounted = failures.get(policy.maxFailedClaims() - 1);
        outcome = new ClaimOutcome.Throttled(oldestCounted.plus(policy.failedClaimWindow()));
      } else if (!commitment.get().matches(serial, claimCode)) {
        ledger.recordFailedClaim(serial, now);
        outcome = new ClaimOutcome.WrongCode();
      } else {
        Optional<BuyerTokenHash> buyer = token.isEmpty()
            ? Optional.empty()
            : Optional.of(BuyerTokenHash.compute(salt(), token.get()));
        outcome = ledger.claim(serial, now, where.place(), buyer);
      }
    } catch (RuntimeException e) {
      String reason = problem(e);
      LOG.log(System.Logger.Level.WARNING, "scan ledger unavailable while claiming: {0}", reason);
      return new ClaimOutcome.LedgerUnavailable(reason);
    }
    recordAttempt(serial, now, where, outcome);
    return outcome;
  }

  private static Optional<String> malformed(CharSequence claimCode, Optional<String> token) {
    if (claimCode == null) {
      return Optional.of("claimCode must not be null");
    }
    String tooLong = "claimCode must be at most " + ClaimCommitment.MAX_CODE_LENGTH + " characters";
    // Bounded before any work on it: no 64-character code, even decomposed, is longer than this.
    if (claimCode.length() > MAX_CODE_UNITS) {
      return Optional.of(tooLong);
    }
    String code = Normalizer.normalize(claimCode, Normalizer.Form.NFC);
    if (code.isBlank()) {
      return Optional.of("claimCode must not be blank");
    }
    if (code.codePointCount(0, code.length()) > ClaimCommitment.MAX_CODE_LENGTH) {
      return Optional.of(tooLong);
    }
    if (token.isPresent()) {
      if (token.get().isBlank()) {
        return Optional.of("buyerToken must not be blank");
      }
      if (token.get().length() > BuyerTokenHash.MAX_TOKEN_LENGTH) {
        return Optional.of(
            "buyerToken must be at most " + BuyerTokenHash.MAX_TOKEN_LENGTH + " characters");
      }
    }
    return Optional.empty();
  }

  /** Records a claim attempt as a scan; the outcome stands even if this write fails. */
  private void recordAttempt(
      TagSerial serial, Instant now, ScanContext where, ClaimOutcome outcome) {
    try {
      ledger.record(scanRecord(serial, now, where, outcome.code()));
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "could not record the claim attempt as a scan: {0}",
          problem(e));
    }
  }

  private ScanRecord scanRecord(TagSerial serial, Instant now, ScanContext where, String outcome) {
    Optional<DeviceFingerprint> device = where.deviceId().isEmpty()
        ? Optional.empty()
        : Optional.of(DeviceFingerprint.compute(salt(), where.deviceId().get()));
    return new ScanRecord(serial, now, where.place(), device, outcome);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private LedgerSalt salt() {
    if (configuredSalt != null) {
      return configuredSalt;
    }
    LedgerSalt salt = ledgerSalt.get();
    if (salt == null) {
      salt = ledger.salt();
      ledgerSalt.compareAndSet(null, salt);
    }
    return salt;
  }

  /** Describes a failure without data: a store's message is safe by contract, others are not. */
  private static String problem(RuntimeException e) {
    if (e instanceof LedgerException) {
      Throwable cause = e.getCause();
      return e.getMessage() + (cause == null ? "" : " (" + cause.getClass().getName() + ")");
    }
    if (e instanceof InvalidValueException invalid) {
      // From our own value types: names a field, never a secret (device ids are checked without).
      return "invalid " + invalid.field();
    }
    return "unexpected failure: " + e.getClass().getName();
  }

  /** Returns the ledger's and policy's descriptions; never the salt. */
  @Override
  public String toString() {
    return "ScanVerifier[ledger=" + ledger + ", policy=" + policy + "]";
  }

  /** Builds a {@link ScanVerifier}; {@link #build()} fails naming a missing setting. */
  public static final class Builder {
    private TagVerifier tagVerifier;
    private ScanLedger ledger;
    private CopyDetectionPolicy policy = CopyDetectionPolicy.defaults();
    private Clock clock;
    private LedgerSalt salt;

    private Builder() {}

    /**
     * Sets the verifier of tag signatures (required).
     *
     * @param tagVerifier the tag verifier
     * @return this builder
     */
    public Builder tagVerifier(TagVerifier tagVerifier) {
      this.tagVerifier = tagVerifier;
      return this;
    }

    /**
     * Sets the scan ledger (required).
     *
     * @param ledger the ledger: in memory, H2 or PostgreSQL
     * @return this builder
     */
    public Builder ledger(ScanLedger ledger) {
      this.ledger = ledger;
      return this;
    }

    /**
     * Sets the copy-detection policy; {@link CopyDetectionPolicy#defaults()} unless set.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(CopyDetectionPolicy policy) {
      this.policy = policy;
      return this;
    }

    /**
     * Sets the clock that times scans and claims (required): {@code Clock.systemUTC()} in
     * production, a fixed clock in tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the salt for device fingerprints and buyer token hashes, e.g. from a secret manager;
     * unless set, the ledger's own ({@link ScanLedger#salt()}) is used. Null unsets it.
     *
     * @param salt the salt, or null
     * @return this builder
     */
    public Builder salt(LedgerSalt salt) {
      this.salt = salt;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws InvalidValueException naming the missing setting
     */
    public ScanVerifier build() {
      return new ScanVerifier(this);
    }
  }
}
