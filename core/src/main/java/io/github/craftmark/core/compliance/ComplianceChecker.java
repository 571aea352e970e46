package io.github.craftmark.core.compliance;

import io.github.craftmark.core.brand.BrandUseDecision;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.Gtin;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.internal.WordMatch;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.ocop.CertificateFinding;
import io.github.craftmark.core.ocop.CertificateStatus;
import io.github.craftmark.core.ocop.OcopCertificate;
import io.github.craftmark.core.producer.Producer;
import io.github.craftmark.core.product.Material;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.core.product.ProductLabel;
import io.github.craftmark.core.product.Variant;
import io.github.craftmark.core.product.VariantTier;
import io.github.craftmark.core.text.VietnameseText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a product listing against the rules a Vietnamese craft seller must follow and returns
 * every finding at once: labels, restricted goods, village-brand use, OCOP claims, tax withheld by
 * platforms, GTIN and the listing's shape.
 *
 * <pre>{@code
 * ComplianceChecker checker = ComplianceChecker.of(ComplianceRules.defaults().toBuilder()
 *     .brandRegistry(villageBrands)
 *     .ocopCertificates(publishedCertificates)
 *     .build());
 * ComplianceReport report = checker.check(product, producer, LocalDate.now(clock));
 * if (report.hasErrors()) {
 *   // show report.findings(Severity.ERROR) to the seller before publishing
 * }
 * }</pre>
 *
 * <p>A failing rule is a {@link Finding} in the report, never an exception; only a null argument
 * throws. Findings come in this order, and within a group in the order listed (see {@code
 * docs/compliance.md} for each code, its trigger and legal basis):
 *
 * <ol>
 *   <li>Consistency: {@value #PRODUCER_MISMATCH}.
 *   <li>Labels (Decree 43/2017/NĐ-CP as amended by Decree 111/2021/NĐ-CP): {@value
 *       #LABEL_RESPONSIBLE_PARTY_ADDRESS_MISSING}; then one origin finding, the first of {@value
 *       #LABEL_ORIGIN_MISSING}, {@value #LABEL_ORIGIN_ABBREVIATED}, {@value
 *       #LABEL_ORIGIN_NOT_STANDARD}, {@value #LABEL_ORIGIN_COUNTRY_UNRECOGNISED}; then for
 *       textiles {@value #LABEL_COMPOSITION_MISSING} or {@value #LABEL_COMPOSITION_INVALID}, and
 *       {@value #LABEL_CARE_INSTRUCTIONS_MISSING}.
 *   <li>Restricted goods: one finding per matched entry of the list, in list order, its field
 *       naming every product field that matched.
 *   <li>Brand: {@value #BRAND_USE_NOT_AUTHORISED}.
 *   <li>OCOP: {@value #OCOP_CERTIFICATE_UNKNOWN}, or {@value #OCOP_CERTIFICATE_NOT_ACTIVE},
 *       {@value #OCOP_CERTIFICATE_OTHER_OWNER}, {@value #OCOP_CERTIFICATE_OTHER_PRODUCT}, {@value
 *       #OCOP_CERTIFICATE_IRREGULAR} (one per certificate finding), {@value #OCOP_STARS_MISMATCH}
 *       (one per claimed star count); without a certificate, {@value
 *       #OCOP_CLAIM_WITHOUT_CERTIFICATE}.
 *   <li>Tax: {@value #TAX_WITHHELD} per distinct variant price, lowest first, or {@value
 *       #TAX_NO_WITHHOLDING_RULE}.
 *   <li>GTIN: {@value #GTIN_PREFIX_NOT_ORIGIN}.
 *   <li>Listing: {@value #LISTING_NO_IMAGE}, then {@value #LISTING_SHIPPING_SIZE_MISSING} for the
 *       dimensions and for the weight.
 * </ol>
 *
 * <p>The check date stands for the day of sale: it picks the tax rates, the brand authorisation
 * and the certificate status in force. Immutable and thread-safe.
 */
public final class ComplianceChecker {
  /** The product names another producer than the one the check was asked for. */
  public static final String PRODUCER_MISMATCH = "PRODUCER_MISMATCH";

  /** The label names a responsible party other than the producer but not its address. */
  public static final String LABEL_RESPONSIBLE_PARTY_ADDRESS_MISSING =
      "LABEL_RESPONSIBLE_PARTY_ADDRESS_MISSING";

  /** The label states no origin. */
  public static final String LABEL_ORIGIN_MISSING = "LABEL_ORIGIN_MISSING";

  /** The origin uses a forbidden abbreviation such as "VN". */
  public static final String LABEL_ORIGIN_ABBREVIATED = "LABEL_ORIGIN_ABBREVIATED";

  /** The origin does not start with an accepted phrase followed by a place. */
  public static final String LABEL_ORIGIN_NOT_STANDARD = "LABEL_ORIGIN_NOT_STANDARD";

  /** The origin names no country the label rules know. */
  public static final String LABEL_ORIGIN_COUNTRY_UNRECOGNISED =
      "LABEL_ORIGIN_COUNTRY_UNRECOGNISED";

  /** A textile's material composition in percent is missing. */
  public static final String LABEL_COMPOSITION_MISSING = "LABEL_COMPOSITION_MISSING";

  /** A textile's material percentages do not sum to 100. */
  public static final String LABEL_COMPOSITION_INVALID = "LABEL_COMPOSITION_INVALID";

  /** A textile's care instructions are missing. */
  public static final String LABEL_CARE_INSTRUCTIONS_MISSING = "LABEL_CARE_INSTRUCTIONS_MISSING";

  /** The producer may not use the brand the listing shows. */
  public static final String BRAND_USE_NOT_AUTHORISED = "BRAND_USE_NOT_AUTHORISED";

  /** The claimed OCOP certificate number is not among the known certificates. */
  public static final String OCOP_CERTIFICATE_UNKNOWN = "OCOP_CERTIFICATE_UNKNOWN";

  /** The claimed OCOP certificate is expired, revoked, superseded or not yet valid. */
  public static final String OCOP_CERTIFICATE_NOT_ACTIVE = "OCOP_CERTIFICATE_NOT_ACTIVE";

  /** The claimed OCOP certificate belongs to another producer. */
  public static final String OCOP_CERTIFICATE_OTHER_OWNER = "OCOP_CERTIFICATE_OTHER_OWNER";

  /** The claimed OCOP certificate was issued for another product. */
  public static final String OCOP_CERTIFICATE_OTHER_PRODUCT = "OCOP_CERTIFICATE_OTHER_PRODUCT";

  /** The claimed OCOP certificate breaks an issuing rule, e.g. a district 3★ after July 2025. */
  public static final String OCOP_CERTIFICATE_IRREGULAR = "OCOP_CERTIFICATE_IRREGULAR";

  /** The listing's text claims OCOP status but names no certificate. */
  public static final String OCOP_CLAIM_WITHOUT_CERTIFICATE = "OCOP_CLAIM_WITHOUT_CERTIFICATE";

  /** The listing's text claims another star count than the certificate's. */
  public static final String OCOP_STARS_MISMATCH = "OCOP_STARS_MISMATCH";

  /** What a platform withholds from a household or individual seller at one price. */
  public static final String TAX_WITHHELD = "TAX_WITHHELD";

  /** The tax table has no withholding rule in force on the check date. */
  public static final String TAX_NO_WITHHOLDING_RULE = "TAX_NO_WITHHOLDING_RULE";

  /** A GTIN starts with 893 while the label states no origin: 893 is not an origin. */
  public static final String GTIN_PREFIX_NOT_ORIGIN = "GTIN_PREFIX_NOT_ORIGIN";

  /** The listing has no image. */
  public static final String LISTING_NO_IMAGE = "LISTING_NO_IMAGE";

  /** The listing lacks the packed dimensions or weight. */
  public static final String LISTING_SHIPPING_SIZE_MISSING = "LISTING_SHIPPING_SIZE_MISSING";

  private static final String LABEL_BASIS =
      "Decree 43/2017/NĐ-CP art. 10 and 12, as amended by" + " Decree 111/2021/NĐ-CP";
  private static final String ORIGIN_BASIS =
      "Decree 43/2017/NĐ-CP art. 10 and 15, as amended by" + " Decree 111/2021/NĐ-CP";
  private static final String TEXTILE_BASIS =
      "Decree 43/2017/NĐ-CP art. 10 and Appendix I, as amended by Decree 111/2021/NĐ-CP";
  private static final String BRAND_BASIS =
      "Law on Intellectual Property 50/2005/QH11, as amended; the brand's regulation on use";
  private static final String OCOP_BASIS =
      "Decision 148/QĐ-TTg, as amended by Decision 1489/QĐ-TTg";
  private static final String OCOP_CLAIM_BASIS =
      "Decision 148/QĐ-TTg; OCOP Việt Nam mark regulation 1162/QĐ-VPĐP-OCOP";
  private static final int MAX_MESSAGE = 1000;
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  // A star count as listings write it, on the search key (lower case, no diacritics): "4 sao",
  // "4★", "4-star", "5 stars", "4*".
  private static final Pattern STARS =
      Pattern.compile("(?<![0-9])([1-5])\\s?-?\\s?(?:★|☆|⭐|\\*|sao|stars?)(?![a-z0-9])");

  private final ComplianceRules rules;

  // The restricted-goods keywords split into words once, not once per product field checked.
  private final List<KeywordEntry> restrictedGoods;

  private record KeywordEntry(RestrictedGoodsEntry entry, List<List<WordMatch.Word>> phrases) {}

  private ComplianceChecker(ComplianceRules rules) {
    this.rules = Checks.notNull("rules", rules);
    this.restrictedGoods = rules.restrictedGoods().entries().stream()
        .map(e -> new KeywordEntry(e, e.keywordPhrases()))
        .toList();
  }

  /**
   * Returns a checker using these rules.
   *
   * @param rules the rules
   * @return the checker
   */
  public static ComplianceChecker of(ComplianceRules rules) {
    return new ComplianceChecker(rules);
  }

  /**
   * Returns a checker using {@link ComplianceRules#defaults()}: no brands and no OCOP certificates
   * are known, so any brand or certificate claim is reported.
   *
   * @return the checker
   */
  public static ComplianceChecker withDefaultRules() {
    return DefaultHolder.CHECKER;
  }

  private static final class DefaultHolder {
    static final ComplianceChecker CHECKER = new ComplianceChecker(ComplianceRules.defaults());
  }

  /**
   * Returns the rules this checker uses.
   *
   * @return the rules
   */
  public ComplianceRules rules() {
    return rules;
  }

  /**
   * Checks a product as sold by a producer on a day and returns every finding, in the order the
   * type's description gives. Never throws for a failing rule.
   *
   * @param product the product listing
   * @param producer the producer selling it; should be the one {@link Product#producer()} names
   * @param date the day of sale, e.g. {@code LocalDate.now(clock)}
   * @return the report; without {@link Severity#ERROR} findings the listing may be published
   * @throws io.github.craftmark.core.InvalidValueException when an argument is null, naming it
   */
  public ComplianceReport check(Product product, Producer producer, LocalDate date) {
    Checks.notNull("product", product);
    Checks.notNull("producer", producer);
    Checks.notNull("date", date);
    List<Text> texts = texts(product);
    List<Finding> out = new ArrayList<>();
    checkProducer(product, producer, out);
    checkLabel(product, producer, out);
    checkRestrictedGoods(texts, out);
    checkBrand(product, producer, date, out);
    checkOcop(product, producer, date, texts, out);
    checkTax(product, producer, date, out);
    checkGtin(product, out);
    checkListing(product, out);
    return new ComplianceReport(out);
  }

  private static void checkProducer(Product product, Producer producer, List<Finding> out) {
    if (!product.producer().equals(producer.id())) {
      out.add(Finding.error(
              PRODUCER_MISMATCH,
              "The product names producer " + product.producer()
                  + ", but the check was asked for producer " + producer.id() + ".",
              "Sản phẩm ghi cơ sở sản xuất " + product.producer()
                  + " nhưng được kiểm tra cho cơ sở " + producer.id() + ".")
          .withField("producer"));
    }
  }

  private void checkLabel(Product product, Producer producer, List<Finding> out) {
    ProductLabel label = product.label();
    LabelRules labelRules = rules.labelRules();
    // The producer is the responsible party unless the label names another; its address is
    // required by Producer, so only another party can lack one.
    if (label.responsiblePartyName().isPresent()
        && label.responsiblePartyAddress().isEmpty()) {
      String name = label.responsiblePartyName().get();
      out.add(Finding.error(
              LABEL_RESPONSIBLE_PARTY_ADDRESS_MISSING,
              "The label names the responsible party \"" + name + "\" but not its address.",
              "Nhãn ghi tổ chức, cá nhân chịu trách nhiệm \"" + name + "\" nhưng thiếu địa chỉ.")
          .withField("label.responsiblePartyAddress")
          .withLegalBasis(LABEL_BASIS));
    }
    checkOrigin(label.origin(), labelRules, out);
    if (labelRules.isTextile(product.category())) {
      checkComposition(product, labelRules, out);
      if (label.careInstructions().isEmpty()) {
        out.add(new Finding(
            LABEL_CARE_INSTRUCTIONS_MISSING,
            labelRules.textileSeverity(),
            "Textiles (" + product.category().nameEn() + ") should carry care instructions.",
            "Hàng dệt (" + product.category().nameVi() + ") cần có hướng dẫn sử dụng, bảo quản.",
            Optional.of("label.careInstructions"),
            Optional.of(TEXTILE_BASIS)));
      }
    }
  }

  private static void checkOrigin(
      Optional<String> statedOrigin, LabelRules labelRules, List<Finding> out) {
    if (statedOrigin.isEmpty()) {
      out.add(Finding.error(
              LABEL_ORIGIN_MISSING,
              "The label does not state the origin of the goods; write e.g. \"Sản xuất tại Việt"
                  + " Nam\".",
              "Nhãn chưa ghi xuất xứ hàng hóa; ghi ví dụ \"Sản xuất tại Việt Nam\".")
          .withField("label.origin")
          .withLegalBasis(ORIGIN_BASIS));
      return;
    }
    String origin = statedOrigin.get();
    Optional<String> abbreviation = labelRules.abbreviationIn(origin);
    if (abbreviation.isPresent()) {
      out.add(Finding.error(
              LABEL_ORIGIN_ABBREVIATED,
              fit("The origin \"" + origin + "\" is abbreviated (\"" + abbreviation.get()
                  + "\"); write it in full, e.g. \"Sản xuất tại Việt Nam\"."),
              fit("Xuất xứ \"" + origin + "\" bị viết tắt (\"" + abbreviation.get()
                  + "\"); phải ghi đầy đủ, ví dụ \"Sản xuất tại Việt Nam\"."))
          .withField("label.origin")
          .withLegalBasis(ORIGIN_BASIS));
    } else if (labelRules.leadingPhrase(origin).isEmpty()) {
      out.add(Finding.error(
              LABEL_ORIGIN_NOT_STANDARD,
              fit("The origin \"" + origin + "\" does not start with an accepted phrase such as"
                  + " \"Sản xuất tại\" or \"Xuất xứ\" followed by the country."),
              fit("Xuất xứ \"" + origin + "\" không bắt đầu bằng cụm từ quy định như \"Sản xuất"
                  + " tại\" hoặc \"Xuất xứ\" kèm tên nước."))
          .withField("label.origin")
          .withLegalBasis(ORIGIN_BASIS));
    } else if (!labelRules.namesCountry(origin)) {
      out.add(Finding.warning(
              LABEL_ORIGIN_COUNTRY_UNRECOGNISED,
              fit("The origin \"" + origin + "\" names no country known to the label rules; the"
                  + " label must name the country or territory in full, e.g. \"Sản xuất tại Việt"
                  + " Nam\"."),
              fit("Xuất xứ \"" + origin + "\" không nêu tên nước nào trong quy tắc nhãn; nhãn phải"
                  + " ghi đầy đủ tên nước hoặc vùng lãnh thổ, ví dụ \"Sản xuất tại Việt Nam\"."))
          .withField("label.origin")
          .withLegalBasis(ORIGIN_BASIS));
    }
  }

  private static void checkComposition(Product product, LabelRules labelRules, List<Finding> out) {
    List<Material> materials = product.materials();
    List<String> withoutShare = materials.stream()
        .filter(m -> m.percent().isEmpty())
        .map(Material::name)
        .toList();
    String craftEn = product.category().nameEn();
    String craftVi = product.category().nameVi();
    if (materials.isEmpty() || !withoutShare.isEmpty()) {
      String whatEn =
          materials.isEmpty() ? "no materials are given" : "no share for " + join(withoutShare);
      String whatVi =
          materials.isEmpty() ? "chưa có nguyên liệu nào" : "thiếu tỷ lệ của " + join(withoutShare);
      out.add(new Finding(
          LABEL_COMPOSITION_MISSING,
          labelRules.textileSeverity(),
          fit("Textiles (" + craftEn + ") should state the material composition in percent,"
              + " summing to 100: " + whatEn + "."),
          fit("Hàng dệt (" + craftVi + ") cần ghi thành phần nguyên liệu theo phần trăm, tổng"
              + " 100%: " + whatVi + "."),
          Optional.of("materials"),
          Optional.of(TEXTILE_BASIS)));
      return;
    }
    int sum = materials.stream().mapToInt(m -> m.percent().get()).sum();
    if (sum != 100) {
      String shares = join(
          materials.stream().map(m -> m.name() + " " + m.percent().get() + "%").toList());
      out.add(Finding.error(
              LABEL_COMPOSITION_INVALID,
              fit("The material shares sum to " + sum + "%, not 100%: " + shares + "."),
              fit("Tổng tỷ lệ nguyên liệu là " + sum + "%, không phải 100%: " + shares + "."))
          .withField("materials")
          .withLegalBasis(TEXTILE_BASIS));
    }
  }

  private void checkRestrictedGoods(List<Text> texts, List<Finding> out) {
    for (KeywordEntry compiled : restrictedGoods) {
      RestrictedGoodsEntry entry = compiled.entry();
      String keyword = null;
      List<String> fields = new ArrayList<>();
      for (Text text : texts) {
        Optional<String> hit = entry.matchedKeyword(text.words(), compiled.phrases());
        if (hit.isPresent()) {
          keyword = keyword == null ? hit.get() : keyword;
          fields.add(text.field());
        }
      }
      if (keyword != null) {
        out.add(entry.toFinding(String.join(", ", fields), keyword));
      }
    }
  }

  private void checkBrand(Product product, Producer producer, LocalDate date, List<Finding> out) {
    if (product.brand().isEmpty()) {
      return;
    }
    BrandId brand = product.brand().get();
    BrandUseDecision decision =
        rules.brandRegistry().mayUse(producer.id(), brand, date, product.category());
    // Allowed, as owner or under an authorisation, is the normal case: no finding, so that a
    // compliant listing has an empty report apart from tax notes.
    if (!decision.allowed()) {
      out.add(Finding.error(
              BRAND_USE_NOT_AUTHORISED,
              fit("The listing uses the brand " + brand + ", but producer " + producer.id()
                  + " may not use it on " + date + " (" + decision.reason() + "): "
                  + decision.messageEn()),
              fit("Tin đăng dùng thương hiệu " + brand + " nhưng cơ sở " + producer.id()
                  + " không được phép sử dụng vào ngày " + VI_DATE.format(date) + " ("
                  + decision.reason() + "): " + decision.messageVi()))
          .withField("brand")
          .withLegalBasis(BRAND_BASIS));
    }
  }

  private void checkOcop(
      Product product, Producer producer, LocalDate date, List<Text> texts, List<Finding> out) {
    Map<Integer, List<String>> claimedStars = new TreeMap<>();
    List<String> claimFields = new ArrayList<>();
    for (Text text : texts) {
      boolean keyword = rules.ocopClaimKeywords().stream()
          .anyMatch(k -> WordMatch.containsPhrase(text.words(), WordMatch.words(k)));
      List<Integer> stars = stars(text.value());
      // A star count alone is a claim only in the name: descriptions often quote shop ratings
      // ("đánh giá 5 sao"), and only 3★ to 5★ are OCOP ratings.
      boolean namedStars = text.isName() && stars.stream().anyMatch(s -> s >= 3);
      if (keyword || namedStars) {
        claimFields.add(text.field());
        for (Integer s : stars) {
          List<String> fields = claimedStars.computeIfAbsent(s, k -> new ArrayList<>());
          if (!fields.contains(text.field())) {
            fields.add(text.field());
          }
        }
      }
    }
    if (product.ocopCertificate().isEmpty()) {
      if (!claimFields.isEmpty()) {
        String where = String.join(", ", claimFields);
        out.add(Finding.error(
                OCOP_CLAIM_WITHOUT_CERTIFICATE,
                fit("The listing claims OCOP status (in " + where
                    + ") but names no OCOP certificate."),
                fit("Tin đăng nêu là sản phẩm OCOP (trong " + where
                    + ") nhưng không ghi giấy chứng nhận OCOP."))
            .withField(where)
            .withLegalBasis(OCOP_CLAIM_BASIS));
      }
      return;
    }
    String number = product.ocopCertificate().get();
    Optional<OcopCertificate> found = rules.ocopCertificate(number);
    if (found.isEmpty()) {
      out.add(Finding.error(
              OCOP_CERTIFICATE_UNKNOWN,
              fit("The listing claims OCOP certificate \"" + number
                  + "\", which is not among the known certificates."),
              fit("Tin đăng nêu giấy chứng nhận OCOP \"" + number
                  + "\" nhưng giấy này không có trong danh sách đã biết."))
          .withField("ocopCertificate")
          .withLegalBasis(OCOP_BASIS));
      return;
    }
    OcopCertificate certificate = found.get();
    CertificateStatus status = certificate.statusOn(date);
    if (status != CertificateStatus.ACTIVE) {
      out.add(Finding.error(
              OCOP_CERTIFICATE_NOT_ACTIVE,
              fit("OCOP certificate " + number + " is " + statusEn(status) + " on " + date + " ("
                  + status + "; valid " + certificate.issuedOn() + " to "
                  + certificate.validUntil() + "); the listing must not claim it."),
              fit("Giấy chứng nhận OCOP " + number + " " + statusVi(status) + " vào ngày "
                  + VI_DATE.format(date) + " (" + status + "; hiệu lực từ "
                  + VI_DATE.format(certificate.issuedOn()) + " đến "
                  + VI_DATE.format(certificate.validUntil())
                  + "); tin đăng không được sử dụng giấy này."))
          .withField("ocopCertificate")
          .withLegalBasis(OCOP_BASIS));
    }
    certificate.owner().producerId().ifPresent(owner -> {
      if (!owner.equals(producer.id())) {
        out.add(Finding.error(
                OCOP_CERTIFICATE_OTHER_OWNER,
                fit("OCOP certificate " + number + " belongs to "
                    + certificate.owner().name() + " (producer " + owner + "), not to producer "
                    + producer.id() + "."),
                fit("Giấy chứng nhận OCOP " + number + " thuộc chủ thể "
                    + certificate.owner().name() + " (mã " + owner + "), không phải cơ sở "
                    + producer.id() + "."))
            .withField("ocopCertificate")
            .withLegalBasis(OCOP_BASIS));
      }
    });
    certificate.productId().ifPresent(certified -> {
      if (!certified.equals(product.id())) {
        out.add(Finding.error(
                OCOP_CERTIFICATE_OTHER_PRODUCT,
                fit("OCOP certificate " + number + " was issued for product " + certified + " (\""
                    + certificate.productName() + "\"), not for product " + product.id() + "."),
                fit("Giấy chứng nhận OCOP " + number + " được cấp cho sản phẩm " + certified
                    + " (\"" + certificate.productName() + "\"), không phải sản phẩm "
                    + product.id() + "."))
            .withField("ocopCertificate")
            .withLegalBasis(OCOP_BASIS));
      }
    });
    for (CertificateFinding irregular : certificate.check(rules.ocopRules())) {
      out.add(Finding.warning(
              OCOP_CERTIFICATE_IRREGULAR,
              fit("OCOP certificate " + number + " looks irregular (" + irregular.code() + "): "
                  + irregular.message() + "."),
              fit("Giấy chứng nhận OCOP " + number + " có điểm bất thường (" + irregular.code()
                  + "): " + irregularVi(irregular.code()) + "."))
          .withField("ocopCertificate")
          .withLegalBasis(OCOP_BASIS));
    }
    int rated = certificate.stars().value();
    claimedStars.forEach((claimed, fields) -> {
      if (claimed != rated) {
        String where = String.join(", ", fields);
        out.add(Finding.error(
                OCOP_STARS_MISMATCH,
                fit("The listing claims " + claimed + "★ (in " + where + "), but OCOP certificate "
                    + number + " rates the product " + rated + "★."),
                fit("Tin đăng ghi " + claimed + "★ (trong " + where
                    + ") nhưng giấy chứng nhận OCOP " + number + " xếp hạng " + rated + "★."))
            .withField(where)
            .withLegalBasis(OCOP_CLAIM_BASIS));
      }
    });
  }

  private void checkTax(Product product, Producer producer, LocalDate date, List<Finding> out) {
    // Decree 117/2025/NĐ-CP has platforms withhold only for household businesses and individuals;
    // enterprises, cooperatives and cooperative groups declare their own tax.
    if (!producer.isHouseholdOrIndividual()) {
      return;
    }
    Map<Money, Integer> firstIndexByPrice = new TreeMap<>();
    List<Variant> variants = product.variants();
    for (int i = 0; i < variants.size(); i++) {
      firstIndexByPrice.putIfAbsent(variants.get(i).price(), i);
    }
    for (Map.Entry<Money, Integer> price : firstIndexByPrice.entrySet()) {
      WithholdingOutcome outcome = rules
          .withholdingTaxTable()
          .withhold(price.getKey(), SupplyCategory.GOODS, rules.residency(), date);
      if (outcome instanceof WithheldTax tax) {
        out.add(tax.toFinding().withField("variants[" + price.getValue() + "].price"));
      } else {
        out.add(Finding.info(
                TAX_NO_WITHHOLDING_RULE,
                "No withholding rule of the tax table is in force on " + date
                    + ": the platform withholds nothing, and the seller declares and pays VAT"
                    + " and PIT.",
                "Bảng thuế không có quy định khấu trừ nào có hiệu lực vào ngày "
                    + VI_DATE.format(date)
                    + ": sàn không khấu trừ, người bán tự kê khai và nộp thuế GTGT, thuế TNCN.")
            .withField("variants"));
        return;
      }
    }
  }

  private static void checkGtin(Product product, List<Finding> out) {
    // Only worth saying when the origin is missing: then a seller may believe that the 893 barcode
    // already shows "made in Viet Nam".
    if (product.label().origin().isPresent()) {
      return;
    }
    Map<String, Gtin> gtins = new LinkedHashMap<>();
    product.gtin().ifPresent(g -> gtins.put("gtin", g));
    for (int i = 0; i < product.variants().size(); i++) {
      int index = i;
      product.variants().get(i).gtin().ifPresent(g -> gtins.put("variants[" + index + "].gtin", g));
    }
    for (Map.Entry<String, Gtin> entry : gtins.entrySet()) {
      if (entry.getValue().gs1PrefixHint().isGs1Vietnam()) {
        Gtin gtin = entry.getValue();
        out.add(Finding.info(
                GTIN_PREFIX_NOT_ORIGIN,
                "GTIN " + gtin + " has the GS1 Vietnam prefix 893: it shows which GS1 office"
                    + " licensed the number, not where the goods were made. State the origin on"
                    + " the label.",
                "Mã GTIN " + gtin + " có tiền tố 893 của GS1 Việt Nam: tiền tố cho biết tổ chức"
                    + " GS1 cấp mã, không phải nơi sản xuất. Hãy ghi xuất xứ trên nhãn.")
            .withField(entry.getKey())
            .withLegalBasis(ORIGIN_BASIS));
        return;
      }
    }
  }

  private static void checkListing(Product product, List<Finding> out) {
    if (product.images().isEmpty()) {
      out.add(Finding.warning(
              LISTING_NO_IMAGE,
              "The listing has no image; marketplaces require at least one photo.",
              "Tin đăng chưa có ảnh; các sàn thương mại điện tử yêu cầu ít nhất một ảnh.")
          .withField("images"));
    }
    if (product.dimensions().isEmpty()) {
      out.add(Finding.warning(
              LISTING_SHIPPING_SIZE_MISSING,
              "The packed dimensions (length × width × height in cm) are missing; marketplaces"
                  + " need them to compute shipping.",
              "Thiếu kích thước đóng gói (dài × rộng × cao, cm); các sàn cần để tính phí vận"
                  + " chuyển.")
          .withField("dimensions"));
    }
    if (product.weightGrams().isEmpty()) {
      out.add(Finding.warning(
              LISTING_SHIPPING_SIZE_MISSING,
              "The packed weight in grams is missing; marketplaces need it to compute shipping.",
              "Thiếu khối lượng đóng gói (gam); các sàn cần để tính phí vận chuyển.")
          .withField("weightGrams"));
    }
  }

  private static List<Text> texts(Product product) {
    List<Text> texts = new ArrayList<>();
    texts.add(Text.of("nameVi", product.nameVi(), true));
    product.nameEn().ifPresent(t -> texts.add(Text.of("nameEn", t, true)));
    product.descriptionVi().ifPresent(t -> texts.add(Text.of("descriptionVi", t, false)));
    product.descriptionEn().ifPresent(t -> texts.add(Text.of("descriptionEn", t, false)));
    for (int i = 0; i < product.materials().size(); i++) {
      texts.add(Text.of("materials[" + i + "].name", product.materials().get(i).name(), false));
    }
    for (int t = 0; t < product.tiers().size(); t++) {
      VariantTier tier = product.tiers().get(t);
      for (int o = 0; o < tier.options().size(); o++) {
        texts.add(Text.of("tiers[" + t + "].options[" + o + "]", tier.options().get(o), false));
      }
    }
    // Name and value together, so that "Chất liệu: ngà voi" reads as one phrase.
    product
        .attributes()
        .forEach((name, value) ->
            texts.add(Text.of("attributes[" + name + "]", name + ": " + value, false)));
    return texts;
  }

  private static List<Integer> stars(String text) {
    Matcher matcher = STARS.matcher(VietnameseText.searchKey(text));
    List<Integer> found = new ArrayList<>();
    while (matcher.find()) {
      int stars = Integer.parseInt(matcher.group(1));
      if (!found.contains(stars)) {
        found.add(stars);
      }
    }
    return found;
  }

  private static String statusEn(CertificateStatus status) {
    return switch (status) {
      case ACTIVE -> "active";
      case EXPIRED -> "expired";
      case REVOKED -> "revoked";
      case SUPERSEDED -> "superseded by a later certificate";
      case NOT_YET_VALID -> "not yet valid";
    };
  }

  private static String statusVi(CertificateStatus status) {
    return switch (status) {
      case ACTIVE -> "còn hiệu lực";
      case EXPIRED -> "đã hết hạn";
      case REVOKED -> "đã bị thu hồi";
      case SUPERSEDED -> "đã được thay thế bằng giấy chứng nhận khác";
      case NOT_YET_VALID -> "chưa có hiệu lực";
    };
  }

  private static String irregularVi(CertificateFinding.Code code) {
    return switch (code) {
      case ISSUER_NOT_AUTHORISED ->
        "cấp ban hành không có thẩm quyền công nhận số sao này vào" + " ngày quyết định";
      case STARS_DO_NOT_MATCH_SCORE -> "số sao khác với số sao mà điểm đánh giá đạt được";
      case SCORE_VERSION_DIFFERS ->
        "điểm được chấm theo bộ tiêu chí khác với bộ tiêu chí của" + " giấy chứng nhận";
      case VALIDITY_TOO_LONG -> "thời hạn hiệu lực dài hơn 36 tháng kể từ ngày cấp";
      case CRITERIA_VERSION_REPLACED -> "bộ tiêu chí đã được thay thế trước ngày quyết định";
    };
  }

  private static String join(List<String> items) {
    return String.join(", ", items);
  }

  // Finding messages are at most 1000 characters; user data (long names, decision messages) must
  // not turn a finding into an exception.
  private static String fit(String message) {
    if (message.codePointCount(0, message.length()) <= MAX_MESSAGE) {
      return message;
    }
    return message.substring(0, message.offsetByCodePoints(0, MAX_MESSAGE - 1)) + "…";
  }

  private record Text(String field, String value, List<WordMatch.Word> words, boolean isName) {
    static Text of(String field, String value, boolean isName) {
      return new Text(field, value, WordMatch.words(value), isName);
    }
  }
}
