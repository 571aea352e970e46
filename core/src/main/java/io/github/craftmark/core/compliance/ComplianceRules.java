package io.github.craftmark.core.compliance;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.brand.BrandRegistry;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.internal.WordMatch;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.ocop.OcopRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dated, replaceable data a {@link ComplianceChecker} checks products against: tax rates,
 * restricted goods, village brands, known OCOP certificates, label rules and the seller's tax
 * residency.
 *
 * <p>Immutable and thread-safe. {@link #defaults()} holds the SDK's built-in data: the Decree
 * 117/2025/NĐ-CP withholding table, the unverified sample list of restricted goods, an empty brand
 * registry, no OCOP certificates, the OCOP issuing rules, the label rules of Decree 43/2017/NĐ-CP
 * as amended by Decree 111/2021/NĐ-CP, and a resident seller. An application replaces any part
 * with {@link #toBuilder()}:
 *
 * <pre>{@code
 * ComplianceRules rules = ComplianceRules.defaults().toBuilder()
 *     .brandRegistry(villageBrands)
 *     .ocopCertificates(publishedCertificates)
 *     .restrictedGoods(RestrictedGoodsList.load(reviewedListJson))
 *     .build();
 * }</pre>
 *
 * <p>OCOP certificates are looked up by their exact certificate number (NFC, stripped); two
 * certificates with the same number are rejected.
 */
public final class ComplianceRules {
  private static final List<String> DEFAULT_OCOP_CLAIM_KEYWORDS =
      List.of("OCOP", "Mỗi xã một sản phẩm", "One Commune One Product");

  private final WithholdingTaxTable withholdingTaxTable;
  private final RestrictedGoodsList restrictedGoods;
  private final BrandRegistry brandRegistry;
  private final List<OcopCertificate> ocopCertificates;
  private final Map<String, OcopCertificate> ocopByNumber;
  private final OcopRules ocopRules;
  private final List<String> ocopClaimKeywords;
  private final LabelRules labelRules;
  private final Residency residency;

  private ComplianceRules(Builder b) {
    withholdingTaxTable = Checks.notNull("withholdingTaxTable", b.withholdingTaxTable);
    restrictedGoods = Checks.notNull("restrictedGoods", b.restrictedGoods);
    brandRegistry = Checks.notNull("brandRegistry", b.brandRegistry);
    ocopCertificates = Checks.list("ocopCertificates", b.ocopCertificates);
    Map<String, OcopCertificate> index = new HashMap<>();
    for (int i = 0; i < ocopCertificates.size(); i++) {
      OcopCertificate certificate = ocopCertificates.get(i);
      if (index.putIfAbsent(certificate.certificateNumber(), certificate) != null) {
        throw new InvalidValueException(
            "ocopCertificates[" + i + "].certificateNumber",
            "must not repeat another certificate's number",
            certificate.certificateNumber());
      }
    }
    ocopByNumber = Map.copyOf(index);
    ocopRules = Checks.notNull("ocopRules", b.ocopRules);
    List<String> keywords = Checks.list("ocopClaimKeywords", b.ocopClaimKeywords);
    List<String> checked = new ArrayList<>(keywords.size());
    for (int i = 0; i < keywords.size(); i++) {
      String keyword = Checks.text("ocopClaimKeywords[" + i + "]", keywords.get(i), 100);
      if (WordMatch.words(keyword).isEmpty()) {
        throw new InvalidValueException(
            "ocopClaimKeywords[" + i + "]", "must contain a letter or digit", keyword);
      }
      checked.add(keyword);
    }
    ocopClaimKeywords = List.copyOf(checked);
    labelRules = Checks.notNull("labelRules", b.labelRules);
    residency = Checks.notNull("residency", b.residency);
  }

  /**
   * Returns the SDK's built-in rules; see the type's description.
   *
   * @return the default rules
   */
  public static ComplianceRules defaults() {
    return DefaultHolder.RULES;
  }

  // Loaded on first use, so that reading the restricted-goods resource happens only when needed.
  private static final class DefaultHolder {
    static final ComplianceRules RULES = new Builder().build();
  }

  /**
   * Returns a builder starting from {@link #defaults()}'s data.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these rules, to replace some of them.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the dated rates platforms withhold from household and individual sellers.
   *
   * @return the table; by default Decree 117/2025/NĐ-CP
   */
  public WithholdingTaxTable withholdingTaxTable() {
    return withholdingTaxTable;
  }

  /**
   * Returns the list of banned and restricted goods.
   *
   * @return the list; by default the unverified sample shipped with the SDK
   */
  public RestrictedGoodsList restrictedGoods() {
    return restrictedGoods;
  }

  /**
   * Returns the village brands and who may use them.
   *
   * @return the registry; empty by default, so every brand claim is unknown
   */
  public BrandRegistry brandRegistry() {
    return brandRegistry;
  }

  /**
   * Returns the known OCOP certificates, in the order given.
   *
   * @return an unmodifiable list; empty by default
   */
  public List<OcopCertificate> ocopCertificates() {
    return ocopCertificates;
  }

  /**
   * Finds a known OCOP certificate by its number.
   *
   * @param certificateNumber the number printed on the certificate, matched exactly after NFC
   *     normalisation and stripping
   * @return the certificate, or empty when none has this number
   */
  public Optional<OcopCertificate> ocopCertificate(String certificateNumber) {
    return Optional.ofNullable(
        ocopByNumber.get(Checks.text("certificateNumber", certificateNumber)));
  }

  /**
   * Returns the table of who may issue which OCOP ratings, used to check certificates.
   *
   * @return the rules; by default {@link OcopRules#defaults()}
   */
  public OcopRules ocopRules() {
    return ocopRules;
  }

  /**
   * Returns the words and phrases that make a listing claim OCOP status, matched as whole words
   * ignoring case, and ignoring diacritics where the listing or the keyword has none.
   *
   * @return the keywords; by default {@code "OCOP"}, {@code "Mỗi xã một sản phẩm"} and {@code "One
   *     Commune One Product"}
   */
  public List<String> ocopClaimKeywords() {
    return ocopClaimKeywords;
  }

  /**
   * Returns the goods-label rules.
   *
   * @return the rules; by default {@link LabelRules#defaults()}
   */
  public LabelRules labelRules() {
    return labelRules;
  }

  /**
   * Returns the seller's residency for personal income tax, which picks the PIT rate withheld.
   *
   * @return the residency; {@link Residency#RESIDENT} by default
   */
  public Residency residency() {
    return residency;
  }

  @Override
  public String toString() {
    return "ComplianceRules[withholdingTaxTable="
        + withholdingTaxTable.rateSets().size()
        + " rate sets, restrictedGoods=" + restrictedGoods.entries().size()
        + " entries, brandRegistry=" + brandRegistry.brands().size()
        + " brands, ocopCertificates=" + ocopCertificates.size()
        + ", residency=" + residency + "]";
  }

  /** Builds {@link ComplianceRules}; every part starts at its default. */
  public static final class Builder {
    private WithholdingTaxTable withholdingTaxTable = WithholdingTaxTable.defaultTable();
    private RestrictedGoodsList restrictedGoods = RestrictedGoodsList.defaultList();
    private BrandRegistry brandRegistry = BrandRegistry.of(List.of(), List.of());
    private List<OcopCertificate> ocopCertificates = new ArrayList<>();
    private OcopRules ocopRules = OcopRules.defaults();
    private List<String> ocopClaimKeywords = new ArrayList<>(DEFAULT_OCOP_CLAIM_KEYWORDS);
    private LabelRules labelRules = LabelRules.defaults();
    private Residency residency = Residency.RESIDENT;

    private Builder() {}

    private Builder(ComplianceRules r) {
      withholdingTaxTable = r.withholdingTaxTable;
      restrictedGoods = r.restrictedGoods;
      brandRegistry = r.brandRegistry;
      ocopCertificates = new ArrayList<>(r.ocopCertificates);
      ocopRules = r.ocopRules;
      ocopClaimKeywords = new ArrayList<>(r.ocopClaimKeywords);
      labelRules = r.labelRules;
      residency = r.residency;
    }

    /**
     * Sets the withholding-tax table.
     *
     * @param table the table
     * @return this builder
     */
    public Builder withholdingTaxTable(WithholdingTaxTable table) {
      this.withholdingTaxTable = table;
      return this;
    }

    /**
     * Sets the list of banned and restricted goods.
     *
     * @param list the list, e.g. one read with {@link RestrictedGoodsList#load}
     * @return this builder
     */
    public Builder restrictedGoods(RestrictedGoodsList list) {
      this.restrictedGoods = list;
      return this;
    }

    /**
     * Sets the village brands and their authorisations.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder brandRegistry(BrandRegistry registry) {
      this.brandRegistry = registry;
      return this;
    }

    /**
     * Replaces the known OCOP certificates.
     *
     * @param certificates the certificates, numbers distinct
     * @return this builder
     */
    public Builder ocopCertificates(Collection<OcopCertificate> certificates) {
      this.ocopCertificates = new ArrayList<>(Checks.list("ocopCertificates", certificates));
      return this;
    }

    /**
     * Adds a known OCOP certificate.
     *
     * @param certificate the certificate
     * @return this builder
     */
    public Builder addOcopCertificate(OcopCertificate certificate) {
      ocopCertificates.add(Checks.notNull("certificate", certificate));
      return this;
    }

    /**
     * Sets the table of who may issue which OCOP ratings.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder ocopRules(OcopRules rules) {
      this.ocopRules = rules;
      return this;
    }

    /**
     * Replaces the words that make a listing claim OCOP status.
     *
     * @param keywords the words or phrases
     * @return this builder
     */
    public Builder ocopClaimKeywords(Collection<String> keywords) {
      this.ocopClaimKeywords = new ArrayList<>(Checks.list("ocopClaimKeywords", keywords));
      return this;
    }

    /**
     * Sets the goods-label rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder labelRules(LabelRules rules) {
      this.labelRules = rules;
      return this;
    }

    /**
     * Sets the seller's residency for personal income tax.
     *
     * @param residency the residency
     * @return this builder
     */
    public Builder residency(Residency residency) {
      this.residency = residency;
      return this;
    }

    /**
     * Builds the rules.
     *
     * @return the rules
     * @throws InvalidValueException naming the first missing part or a repeated certificate number
     */
    public ComplianceRules build() {
      return new ComplianceRules(this);
    }
  }
}
