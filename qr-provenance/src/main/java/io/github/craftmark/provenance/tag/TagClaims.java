package io.github.craftmark.provenance.tag;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a signed tag states about one item: its serial, product, batch, date made and village brand,
 * and optionally its OCOP stars and certificate, a claim-code commitment and its craft category.
 *
 * <p>Build with {@link #builder()}. Every rule of format v1 ({@code docs/tag-format.md}) is
 * checked here, so claims that build always make a tag: a serial of 8..16 bytes; a batch of 1..20
 * upper-case ASCII letters, digits and {@code -}; a date made in 2000..2199; a brand code of
 * 0..65535 (assigned by the village authority in its trust list); an OCOP certificate reference of
 * 1..32 characters. The format version is implied: {@value #FORMAT_VERSION}.
 *
 * <p>Claims read from a tag are not yet trusted: only a {@link VerifiedTag} holds claims whose
 * signature and issuer were checked.
 *
 * @param serial the item's serial, unique per item
 * @param product the product, by SKU or GTIN
 * @param batch the batch or lot, e.g. {@code "240615"} or {@code "L-17"}
 * @param dateMade the day the item was made (or tagged), 2000-01-01..2199-12-31
 * @param brandCode the village brand's code in the authority's trust list, 0..65535
 * @param ocopStars the OCOP rating the item claims, if any
 * @param ocopCertificate the OCOP certificate reference, if any: 1..32 characters, NFC
 * @param claimCommitment the commitment to a secret claim code, if any
 * @param category the craft category; needed when the issuer's certificate restricts categories
 */
public record TagClaims(
    TagSerial serial,
    ProductReference product,
    String batch,
    LocalDate dateMade,
    int brandCode,
    Optional<StarRating> ocopStars,
    Optional<String> ocopCertificate,
    Optional<ClaimCommitment> claimCommitment,
    Optional<CraftCategory> category) {

  /** The tag format version these claims belong to. */
  public static final int FORMAT_VERSION = 1;

  /** The earliest date made a tag carries. */
  public static final LocalDate MIN_DATE_MADE = LocalDate.of(2000, 1, 1);

  /** The latest date made a tag carries. */
  public static final LocalDate MAX_DATE_MADE = LocalDate.of(2199, 12, 31);

  /** The longest batch, in characters. */
  public static final int MAX_BATCH_LENGTH = 20;

  /** The largest brand code. */
  public static final int MAX_BRAND_CODE = 65_535;

  /** The longest OCOP certificate reference, in characters. */
  public static final int MAX_OCOP_CERTIFICATE_LENGTH = 32;

  /**
   * Validates the claims.
   *
   * @param serial the item's serial
   * @param product the product
   * @param batch the batch or lot
   * @param dateMade the day the item was made
   * @param brandCode the village brand's code
   * @param ocopStars the OCOP rating, if any; null means none
   * @param ocopCertificate the OCOP certificate reference, if any; null or blank means none;
   *     normalised to NFC and stripped
   * @param claimCommitment the claim-code commitment, if any; null means none
   * @param category the craft category, if any; null means none
   */
  public TagClaims {
    notNull("serial", serial);
    notNull("product", product);
    checkBatch(batch);
    notNull("dateMade", dateMade);
    if (dateMade.isBefore(MIN_DATE_MADE) || dateMade.isAfter(MAX_DATE_MADE)) {
      throw new InvalidValueException(
          "dateMade", "must be " + MIN_DATE_MADE + ".." + MAX_DATE_MADE, dateMade);
    }
    if (brandCode < 0 || brandCode > MAX_BRAND_CODE) {
      throw new InvalidValueException("brandCode", "must be 0.." + MAX_BRAND_CODE, brandCode);
    }
    ocopStars = ocopStars == null ? Optional.empty() : ocopStars;
    ocopCertificate = ocopCertificate(ocopCertificate);
    claimCommitment = claimCommitment == null ? Optional.empty() : claimCommitment;
    category = category == null ? Optional.empty() : category;
  }

  private static void notNull(String field, Object value) {
    if (value == null) {
      throw new InvalidValueException(field, "must not be null", null);
    }
  }

  private static void checkBatch(String batch) {
    notNull("batch", batch);
    boolean ok = !batch.isEmpty() && batch.length() <= MAX_BATCH_LENGTH;
    for (int i = 0; ok && i < batch.length(); i++) {
      char c = batch.charAt(i);
      ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
    if (!ok) {
      throw new InvalidValueException(
          "batch",
          "must be 1.." + MAX_BATCH_LENGTH + " upper-case ASCII letters, digits and '-'",
          batch);
    }
  }

  private static Optional<String> ocopCertificate(Optional<String> value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    String text = Normalizer.normalize(value.get(), Normalizer.Form.NFC).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.codePointCount(0, text.length()) > MAX_OCOP_CERTIFICATE_LENGTH) {
      throw new InvalidValueException(
          "ocopCertificate",
          "must be at most " + MAX_OCOP_CERTIFICATE_LENGTH + " characters",
          value.get());
    }
    if (text.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(
          "ocopCertificate", "must not contain control characters", value.get());
    }
    return Optional.of(text);
  }

  /**
   * Returns these claims with another serial: how a batch of items shares one set of claims.
   *
   * @param newSerial the serial
   * @return the claims for the item with that serial
   * @throws InvalidValueException when a claim-code commitment is present: it is bound to the old
   *     serial
   */
  public TagClaims withSerial(TagSerial newSerial) {
    if (claimCommitment.isPresent()) {
      throw new InvalidValueException(
          "claimCommitment",
          "must be absent to change the serial: a commitment is bound to one serial",
          claimCommitment.get());
    }
    return new TagClaims(
        newSerial,
        product,
        batch,
        dateMade,
        brandCode,
        ocopStars,
        ocopCertificate,
        claimCommitment,
        category);
  }

  /**
   * Starts claims for one item.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these claims, to change some of them.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.serial = serial;
    b.product = product;
    b.batch = batch;
    b.dateMade = dateMade;
    b.brandCode = brandCode;
    b.ocopStars = ocopStars.orElse(null);
    b.ocopCertificate = ocopCertificate.orElse(null);
    b.claimCommitment = claimCommitment.orElse(null);
    b.category = category.orElse(null);
    return b;
  }

  /** Builds {@link TagClaims}; {@link #build()} fails naming the first missing or bad claim. */
  public static final class Builder {
    private TagSerial serial;
    private ProductReference product;
    private String batch;
    private LocalDate dateMade;
    private Integer brandCode;
    private StarRating ocopStars;
    private String ocopCertificate;
    private ClaimCommitment claimCommitment;
    private CraftCategory category;

    private Builder() {}

    /**
     * Sets the item's serial (required).
     *
     * @param serial the serial, e.g. {@link TagSerial#random(java.security.SecureRandom)}
     * @return this builder
     */
    public Builder serial(TagSerial serial) {
      this.serial = serial;
      return this;
    }

    /**
     * Sets the product (required).
     *
     * @param product the product reference
     * @return this builder
     */
    public Builder product(ProductReference product) {
      this.product = product;
      return this;
    }

    /**
     * Sets the product by its SKU.
     *
     * @param sku the SKU
     * @return this builder
     */
    public Builder sku(Sku sku) {
      this.product = ProductReference.of(sku);
      return this;
    }

    /**
     * Sets the product by its GTIN, carried as GTIN-14.
     *
     * @param gtin the GTIN
     * @return this builder
     */
    public Builder gtin(Gtin gtin) {
      this.product = ProductReference.of(gtin);
      return this;
    }

    /**
     * Sets the batch or lot (required).
     *
     * @param batch 1..20 upper-case ASCII letters, digits and {@code -}
     * @return this builder
     */
    public Builder batch(String batch) {
      this.batch = batch;
      return this;
    }

    /**
     * Sets the day the item was made (required).
     *
     * @param dateMade 2000-01-01..2199-12-31
     * @return this builder
     */
    public Builder dateMade(LocalDate dateMade) {
      this.dateMade = dateMade;
      return this;
    }

    /**
     * Sets the village brand's code in the authority's trust list (required).
     *
     * @param brandCode 0..65535
     * @return this builder
     */
    public Builder brandCode(int brandCode) {
      this.brandCode = brandCode;
      return this;
    }

    /**
     * Sets the OCOP rating the item claims.
     *
     * @param ocopStars the rating, or null for none
     * @return this builder
     */
    public Builder ocopStars(StarRating ocopStars) {
      this.ocopStars = ocopStars;
      return this;
    }

    /**
     * Sets the OCOP certificate reference.
     *
     * @param ocopCertificate 1..32 characters, or null for none
     * @return this builder
     */
    public Builder ocopCertificate(String ocopCertificate) {
      this.ocopCertificate = ocopCertificate;
      return this;
    }

    /**
     * Sets the claim-code commitment, computed for this item's serial with {@link
     * ClaimCommitment#compute(TagSerial, CharSequence)}.
     *
     * @param claimCommitment the commitment, or null for none
     * @return this builder
     */
    public Builder claimCommitment(ClaimCommitment claimCommitment) {
      this.claimCommitment = claimCommitment;
      return this;
    }

    /**
     * Sets the craft category.
     *
     * @param category the category, or null for none
     * @return this builder
     */
    public Builder category(CraftCategory category) {
      this.category = category;
      return this;
    }

    /**
     * Builds the claims.
     *
     * @return the claims
     * @throws InvalidValueException naming the first missing or bad claim
     */
    public TagClaims build() {
      notNull("serial", serial);
      notNull("product", product);
      notNull("batch", batch);
      notNull("dateMade", dateMade);
      notNull("brandCode", brandCode);
      return new TagClaims(
          serial,
          product,
          batch,
          dateMade,
          brandCode,
          Optional.ofNullable(ocopStars),
          Optional.ofNullable(ocopCertificate),
          Optional.ofNullable(claimCommitment),
          Optional.ofNullable(category));
    }
  }
}
