package io.github.craftmark.core.ocop;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An OCOP certificate (giấy chứng nhận sản phẩm OCOP) as published in a certification decision:
 * who issued it, for which product and owner, how many stars, and its life: validity, revocation,
 * replacement.
 *
 * <p><b>Validity.</b> A certificate is valid for 36 months from the decision (Decision 148/QĐ-TTg).
 * {@link #validUntil()} is the <em>last valid day, inclusive</em>, and defaults to {@code issuedOn}
 * plus 36 months: issued 2024-03-15, it is valid through 2027-03-15 and expired on 2027-03-16. This
 * follows the Civil Code 2015 (arts. 147–148): a period in months starts the day after the event
 * and ends at the end of the same-numbered day of its last month, or the month's last day when
 * there is none, so a certificate issued on 2024-02-29 is valid through 2027-02-28.
 *
 * <p><b>Construction.</b> Build with {@link #builder()}. It fails at once, naming the field, when:
 * a required field is missing; {@code issuedOn} is before {@code decisionDate} ({@code issuedOn}
 * defaults to the decision date); {@code validUntil} is not after {@code issuedOn}; the criteria
 * version was not yet in force on the decision date (a 148 certificate cannot be decided before 24
 * Feb 2023, a 1489 one before 6 Jul 2025, a 1048 one before 21 Aug 2019); the product group does
 * not belong to the criteria version; a revocation or replacement is dated before {@code issuedOn};
 * {@code issuedOn} is so late that 36 months would pass {@link LocalDate#MAX}.
 * Using a replaced version after its replacement (1048 after 23 Feb 2023) is allowed, since
 * transitional assessments happened, but {@link #check()} reports it.
 *
 * <p><b>Rules.</b> {@link #check()} returns findings as values: an issuer level that could not
 * issue those stars on that date (a district after 1 Jul 2025), stars that differ from the recorded
 * score's band, a validity longer than 36 months.
 *
 * @param certificateNumber the number printed on the certificate
 * @param decisionNumber the number of the certification decision, e.g. {@code "1234/QĐ-UBND"}
 * @param decisionDate the date the decision was signed
 * @param issuerName the issuing People's Committee, e.g. {@code "UBND Thành phố Hà Nội"}; NFC
 * @param issuerLevel the issuer's level of government
 * @param criteriaVersion the criteria the product was rated under
 * @param stars the rating, 3★ to 5★
 * @param productGroup the product group under {@code criteriaVersion}
 * @param productName the certified product's name; NFC
 * @param productId the application's own id for the product, when it has one
 * @param owner the product's owner (chủ thể)
 * @param score the assessment score, when published
 * @param issuedOn the first valid day; defaults to {@code decisionDate}
 * @param validUntil the last valid day, inclusive; defaults to {@code issuedOn} + 36 months
 * @param revocation the revocation, if the certificate was revoked
 * @param supersededBy the certificate that replaced this one, if any
 */
public record OcopCertificate(
    String certificateNumber,
    String decisionNumber,
    LocalDate decisionDate,
    String issuerName,
    IssuerLevel issuerLevel,
    CriteriaVersion criteriaVersion,
    StarRating stars,
    ProductGroup productGroup,
    String productName,
    Optional<ProductId> productId,
    OcopOwner owner,
    Optional<OcopScore> score,
    LocalDate issuedOn,
    LocalDate validUntil,
    Optional<CertificateRevocation> revocation,
    Optional<Supersession> supersededBy) {

  /** How long a certificate is valid, in months, from its issue date (Decision 148/QĐ-TTg). */
  public static final int VALIDITY_MONTHS = 36;

  /**
   * Validates the certificate; see the class description for the rules.
   *
   * @throws InvalidValueException naming the first field that breaks a rule
   *
   * @param certificateNumber the number printed on the certificate
   * @param decisionNumber the number of the certification decision, e.g. {@code "1234/QĐ-UBND"}
   * @param decisionDate the date the decision was signed
   * @param issuerName the issuing People's Committee, e.g. {@code "UBND Thành phố Hà Nội"}; NFC
   * @param issuerLevel the issuer's level of government
   * @param criteriaVersion the criteria the product was rated under
   * @param stars the rating, 3★ to 5★
   * @param productGroup the product group under {@code criteriaVersion}
   * @param productName the certified product's name; NFC
   * @param productId the application's own id for the product, when it has one
   * @param owner the product's owner (chủ thể)
   * @param score the assessment score, when published
   * @param issuedOn the first valid day; defaults to {@code decisionDate}
   * @param validUntil the last valid day, inclusive; defaults to {@code issuedOn} + 36 months
   * @param revocation the revocation, if the certificate was revoked
   * @param supersededBy the certificate that replaced this one, if any
   */
  public OcopCertificate {
    certificateNumber = Checks.text("certificateNumber", certificateNumber, 64);
    decisionNumber = Checks.text("decisionNumber", decisionNumber, 64);
    Checks.notNull("decisionDate", decisionDate);
    issuerName = Checks.text("issuerName", issuerName, 200);
    Checks.notNull("issuerLevel", issuerLevel);
    Checks.notNull("criteriaVersion", criteriaVersion);
    Checks.notNull("stars", stars);
    Checks.notNull("productGroup", productGroup);
    productName = Checks.text("productName", productName, 300);
    productId = Checks.optional(productId);
    Checks.notNull("owner", owner);
    score = Checks.optional(score);
    revocation = Checks.optional(revocation);
    supersededBy = Checks.optional(supersededBy);

    if (!criteriaVersion.isInForceBy(decisionDate)) {
      throw new InvalidValueException(
          "decisionDate",
          "must be on or after " + criteriaVersion.inForceFrom() + " for " + criteriaVersion,
          decisionDate);
    }
    if (!productGroup.belongsTo(criteriaVersion)) {
      throw new InvalidValueException(
          "productGroup", "must be a group of " + criteriaVersion, productGroup);
    }
    issuedOn = issuedOn == null ? decisionDate : issuedOn;
    if (issuedOn.isBefore(decisionDate)) {
      throw new InvalidValueException(
          "issuedOn", "must not be before decisionDate " + decisionDate, issuedOn);
    }
    LocalDate longest = longestValidity(issuedOn);
    validUntil = validUntil == null ? longest : validUntil;
    if (!validUntil.isAfter(issuedOn)) {
      throw new InvalidValueException(
          "validUntil", "must be after issuedOn " + issuedOn, validUntil);
    }
    if (revocation.isPresent() && revocation.get().date().isBefore(issuedOn)) {
      throw new InvalidValueException(
          "revocation.date",
          "must not be before issuedOn " + issuedOn,
          revocation.get().date());
    }
    if (supersededBy.isPresent() && supersededBy.get().date().isBefore(issuedOn)) {
      throw new InvalidValueException(
          "supersededBy.date",
          "must not be before issuedOn " + issuedOn,
          supersededBy.get().date());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this certificate's values, to derive a changed copy.
   *
   * @return a filled builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the certificate's state on {@code date}.
   *
   * <p>Precedence, first match wins: {@code REVOKED} from the revocation date on (even when also
   * expired or superseded); {@code SUPERSEDED} from the replacement date on; {@code NOT_YET_VALID}
   * before {@code issuedOn}; {@code EXPIRED} after {@code validUntil}; else {@code ACTIVE}.
   *
   * @param date the day asked about, e.g. {@code LocalDate.now(clock)}
   * @return the status
   */
  public CertificateStatus statusOn(LocalDate date) {
    Checks.notNull("date", date);
    if (revocation.isPresent() && !date.isBefore(revocation.get().date())) {
      return CertificateStatus.REVOKED;
    }
    if (supersededBy.isPresent() && !date.isBefore(supersededBy.get().date())) {
      return CertificateStatus.SUPERSEDED;
    }
    if (date.isBefore(issuedOn)) {
      return CertificateStatus.NOT_YET_VALID;
    }
    if (date.isAfter(validUntil)) {
      return CertificateStatus.EXPIRED;
    }
    return CertificateStatus.ACTIVE;
  }

  /**
   * Tells whether the certificate is in force on {@code date}.
   *
   * @param date the day asked about
   * @return true when {@link #statusOn(LocalDate)} is {@code ACTIVE}
   */
  public boolean isValidOn(LocalDate date) {
    return statusOn(date) == CertificateStatus.ACTIVE;
  }

  /**
   * Returns a copy marked revoked.
   *
   * @param revocation the revocation
   * @return the revoked certificate
   */
  public OcopCertificate withRevocation(CertificateRevocation revocation) {
    return toBuilder().revocation(Checks.notNull("revocation", revocation)).build();
  }

  /**
   * Returns a copy marked as replaced by a later certificate.
   *
   * @param supersededBy the replacement
   * @return the superseded certificate
   */
  public OcopCertificate withSupersededBy(Supersession supersededBy) {
    return toBuilder()
        .supersededBy(Checks.notNull("supersededBy", supersededBy))
        .build();
  }

  /**
   * Checks the certificate against the built-in issuing rules and criteria.
   *
   * @return the findings, empty when none; see {@link CertificateFinding.Code}
   */
  public List<CertificateFinding> check() {
    return check(OcopRules.defaults(), criteriaVersion.criteria());
  }

  /**
   * Checks the certificate against the given issuing rules and the built-in criteria.
   *
   * @param rules the table of who may issue what
   * @return the findings, empty when none
   */
  public List<CertificateFinding> check(OcopRules rules) {
    return check(rules, criteriaVersion.criteria());
  }

  /**
   * Checks the certificate against the given issuing rules and criteria (star bands).
   *
   * @param rules the table of who may issue what
   * @param criteria the criteria of the score's version, for its star bands
   * @return the findings in the order of {@link CertificateFinding.Code}, empty when none
   */
  public List<CertificateFinding> check(OcopRules rules, OcopCriteria criteria) {
    Checks.notNull("rules", rules);
    Checks.notNull("criteria", criteria);
    List<CertificateFinding> findings = new ArrayList<>();
    IssueDecision decision = rules.decide(issuerLevel, stars, decisionDate);
    if (!decision.allowed()) {
      findings.add(
          new CertificateFinding(CertificateFinding.Code.ISSUER_NOT_AUTHORISED, decision.reason()));
    }
    if (score.isPresent()) {
      OcopScore s = score.get();
      OcopCriteria scoreCriteria = criteria.version() == s.criteriaVersion()
          ? criteria
          : s.criteriaVersion().criteria();
      int earned = s.stars(scoreCriteria);
      if (earned != stars.value()) {
        findings.add(new CertificateFinding(
            CertificateFinding.Code.STARS_DO_NOT_MATCH_SCORE,
            "stars " + stars + " differ from the " + earned + "★ that a total of " + s.total()
                + " earns"));
      }
      OcopCriteria own = criteriaVersion.criteria();
      OcopCriteria other = s.criteriaVersion().criteria();
      if (own.partAMax() != other.partAMax() || own.partCMax() != other.partCMax()) {
        findings.add(new CertificateFinding(
            CertificateFinding.Code.SCORE_VERSION_DIFFERS,
            "score is under " + s.criteriaVersion() + " but the certificate is under "
                + criteriaVersion));
      }
    }
    LocalDate longest = longestValidity(issuedOn);
    if (validUntil.isAfter(longest)) {
      findings.add(new CertificateFinding(
          CertificateFinding.Code.VALIDITY_TOO_LONG,
          "validUntil " + validUntil + " is later than " + VALIDITY_MONTHS + " months after "
              + issuedOn + " (" + longest + ")"));
    }
    Optional<LocalDate> replaced = criteriaVersion.replacedOn();
    if (replaced.isPresent() && !decisionDate.isBefore(replaced.get())) {
      findings.add(new CertificateFinding(
          CertificateFinding.Code.CRITERIA_VERSION_REPLACED,
          criteriaVersion + " was replaced on " + replaced.get() + ", before the decision of "
              + decisionDate));
    }
    return List.copyOf(findings);
  }

  // Fails as a value error, not a DateTimeException, for an issue date too close to LocalDate.MAX.
  private static LocalDate longestValidity(LocalDate issuedOn) {
    if (issuedOn.isAfter(LocalDate.MAX.minusMonths(VALIDITY_MONTHS))) {
      throw new InvalidValueException(
          "issuedOn", "must leave room for " + VALIDITY_MONTHS + " months of validity", issuedOn);
    }
    return issuedOn.plusMonths(VALIDITY_MONTHS);
  }

  /** Builds an {@link OcopCertificate}; {@link #build()} validates every field. */
  public static final class Builder {
    private String certificateNumber;
    private String decisionNumber;
    private LocalDate decisionDate;
    private String issuerName;
    private IssuerLevel issuerLevel;
    private CriteriaVersion criteriaVersion;
    private StarRating stars;
    private ProductGroup productGroup;
    private String productName;
    private ProductId productId;
    private OcopOwner owner;
    private OcopScore score;
    private LocalDate issuedOn;
    private LocalDate validUntil;
    private CertificateRevocation revocation;
    private Supersession supersededBy;

    private Builder() {}

    private Builder(OcopCertificate c) {
      certificateNumber = c.certificateNumber;
      decisionNumber = c.decisionNumber;
      decisionDate = c.decisionDate;
      issuerName = c.issuerName;
      issuerLevel = c.issuerLevel;
      criteriaVersion = c.criteriaVersion;
      stars = c.stars;
      productGroup = c.productGroup;
      productName = c.productName;
      productId = c.productId.orElse(null);
      owner = c.owner;
      score = c.score.orElse(null);
      issuedOn = c.issuedOn;
      validUntil = c.validUntil;
      revocation = c.revocation.orElse(null);
      supersededBy = c.supersededBy.orElse(null);
    }

    /**
     * Sets the certificate number.
     *
     * @param certificateNumber the number printed on the certificate
     * @return this builder
     */
    public Builder certificateNumber(String certificateNumber) {
      this.certificateNumber = certificateNumber;
      return this;
    }

    /**
     * Sets the certification decision's number and date.
     *
     * @param decisionNumber e.g. {@code "1234/QĐ-UBND"}
     * @param decisionDate the date the decision was signed
     * @return this builder
     */
    public Builder decision(String decisionNumber, LocalDate decisionDate) {
      this.decisionNumber = decisionNumber;
      this.decisionDate = decisionDate;
      return this;
    }

    /**
     * Sets the issuer.
     *
     * @param issuerName e.g. {@code "UBND Thành phố Hà Nội"}
     * @param issuerLevel its level of government
     * @return this builder
     */
    public Builder issuer(String issuerName, IssuerLevel issuerLevel) {
      this.issuerName = issuerName;
      this.issuerLevel = issuerLevel;
      return this;
    }

    /**
     * Sets the criteria version.
     *
     * @param criteriaVersion the criteria the product was rated under
     * @return this builder
     */
    public Builder criteriaVersion(CriteriaVersion criteriaVersion) {
      this.criteriaVersion = criteriaVersion;
      return this;
    }

    /**
     * Sets the rating.
     *
     * @param stars 3★ to 5★
     * @return this builder
     */
    public Builder stars(StarRating stars) {
      this.stars = stars;
      return this;
    }

    /**
     * Sets the rating by its number of stars.
     *
     * @param stars 3, 4 or 5
     * @return this builder
     * @throws InvalidValueException when {@code stars} is not 3..5
     */
    public Builder stars(int stars) {
      this.stars = StarRating.of(stars);
      return this;
    }

    /**
     * Sets the product group.
     *
     * @param productGroup a group of the criteria version
     * @return this builder
     */
    public Builder productGroup(ProductGroup productGroup) {
      this.productGroup = productGroup;
      return this;
    }

    /**
     * Sets the product's name.
     *
     * @param productName the certified product's name
     * @return this builder
     */
    public Builder productName(String productName) {
      this.productName = productName;
      return this;
    }

    /**
     * Sets the application's id for the product.
     *
     * @param productId the id, or null for none
     * @return this builder
     */
    public Builder productId(ProductId productId) {
      this.productId = productId;
      return this;
    }

    /**
     * Sets the owner.
     *
     * @param owner the product's owner
     * @return this builder
     */
    public Builder owner(OcopOwner owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets the assessment score.
     *
     * @param score the score, or null for none
     * @return this builder
     */
    public Builder score(OcopScore score) {
      this.score = score;
      return this;
    }

    /**
     * Sets the first valid day; by default the decision date.
     *
     * @param issuedOn the issue date
     * @return this builder
     */
    public Builder issuedOn(LocalDate issuedOn) {
      this.issuedOn = issuedOn;
      return this;
    }

    /**
     * Sets the last valid day, inclusive; by default {@code issuedOn} + 36 months.
     *
     * @param validUntil the last valid day
     * @return this builder
     */
    public Builder validUntil(LocalDate validUntil) {
      this.validUntil = validUntil;
      return this;
    }

    /**
     * Sets the revocation.
     *
     * @param revocation the revocation, or null for none
     * @return this builder
     */
    public Builder revocation(CertificateRevocation revocation) {
      this.revocation = revocation;
      return this;
    }

    /**
     * Sets the certificate that replaced this one.
     *
     * @param supersededBy the replacement, or null for none
     * @return this builder
     */
    public Builder supersededBy(Supersession supersededBy) {
      this.supersededBy = supersededBy;
      return this;
    }

    /**
     * Builds the certificate.
     *
     * @return the certificate
     * @throws InvalidValueException naming the first missing or invalid field
     */
    public OcopCertificate build() {
      return new OcopCertificate(
          certificateNumber,
          decisionNumber,
          decisionDate,
          issuerName,
          issuerLevel,
          criteriaVersion,
          stars,
          productGroup,
          productName,
          Optional.ofNullable(productId),
          owner,
          Optional.ofNullable(score),
          issuedOn,
          validUntil,
          Optional.ofNullable(revocation),
          Optional.ofNullable(supersededBy));
    }
  }
}
