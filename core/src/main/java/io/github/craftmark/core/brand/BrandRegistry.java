package io.github.craftmark.core.brand;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.internal.Checks;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The brands of an application and who may use them: answers "may producer P use brand B on day
 * D?" with a {@link BrandUseDecision}.
 *
 * <p>Immutable and thread-safe. Built from lists, and indexed by brand and by producer, so a check
 * looks only at the authorisations that producer holds for that brand. Every authorisation must
 * name a brand of the registry.
 *
 * <p>{@link #mayUse(ProducerId, BrandId, LocalDate, CraftCategory)} checks, in this order, and
 * answers with the first that fails:
 *
 * <ol>
 *   <li>the brand is known, else {@link BrandUseReason#UNKNOWN_BRAND};
 *   <li>the brand is {@linkplain VillageBrand#statusOn(LocalDate) registered on that day}: {@link
 *       BrandUseReason#BRAND_NOT_REGISTERED} while pending, {@link
 *       BrandUseReason#BRAND_NOT_IN_FORCE} once expired or invalidated;
 *   <li>the brand covers the craft asked about, else {@link BrandUseReason#CATEGORY_NOT_COVERED};
 *   <li>the producer owns the brand: {@link BrandUseReason#ALLOWED_AS_OWNER} when its {@linkplain
 *       MarkType#ownerMayUse() type lets the owner use it} (a trademark or a collective mark), else
 *       {@link BrandUseReason#OWNER_MAY_NOT_USE} (a certification mark, art. 87(4));
 *   <li>the producer holds an authorisation for the brand, else {@link
 *       BrandUseReason#NO_AUTHORISATION};
 *   <li>one of them is valid: its basis fits the mark type, it is not revoked, not expired, already
 *       valid, not suspended and covers the craft. The first valid one, in the order the
 *       authorisations were given, is relied on: {@link BrandUseReason#ALLOWED}.
 * </ol>
 *
 * <p>When no authorisation is valid, the answer is the one that came closest: each authorisation
 * fails at its first check, in the order basis, revoked, expired, not yet valid, suspended, craft,
 * and the one that fails latest decides; between equals, the one given first. So a producer whose
 * old membership expired and whose new one starts next month hears {@link
 * BrandUseReason#AUTHORISATION_NOT_YET_VALID}.
 *
 * <p>Every day is inclusive: first and last days of protection, of authorisations and of
 * suspensions are days of that state, and revocations and invalidations apply from their day on.
 * Without a craft, an authorisation limited to some crafts still allows; the decision carries it,
 * so its limits can be shown.
 */
public final class BrandRegistry {
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final List<VillageBrand> brands;
  private final List<BrandUseAuthorisation> authorisations;
  private final Map<BrandId, VillageBrand> brandsById;
  private final Map<BrandId, List<BrandUseAuthorisation>> byBrand;
  private final Map<ProducerId, List<BrandUseAuthorisation>> byProducer;
  private final Map<BrandId, Map<ProducerId, List<BrandUseAuthorisation>>> byBrandAndProducer;

  private BrandRegistry(
      Collection<VillageBrand> brands, Collection<BrandUseAuthorisation> authorisations) {
    this.brands = Checks.list("brands", brands);
    this.authorisations = Checks.list("authorisations", authorisations);
    Map<BrandId, VillageBrand> ids = new HashMap<>();
    for (int i = 0; i < this.brands.size(); i++) {
      VillageBrand brand = this.brands.get(i);
      if (ids.putIfAbsent(brand.id(), brand) != null) {
        throw new InvalidValueException(
            "brands[" + i + "].id", "must not repeat a brand id", brand.id());
      }
    }
    Map<BrandId, List<BrandUseAuthorisation>> brandIndex = new HashMap<>();
    Map<ProducerId, List<BrandUseAuthorisation>> producerIndex = new HashMap<>();
    Map<BrandId, Map<ProducerId, List<BrandUseAuthorisation>>> pairIndex = new HashMap<>();
    for (int i = 0; i < this.authorisations.size(); i++) {
      BrandUseAuthorisation a = this.authorisations.get(i);
      if (!ids.containsKey(a.brand())) {
        throw new InvalidValueException(
            "authorisations[" + i + "].brand", "must name a brand of the registry", a.brand());
      }
      brandIndex.computeIfAbsent(a.brand(), k -> new ArrayList<>()).add(a);
      producerIndex.computeIfAbsent(a.producer(), k -> new ArrayList<>()).add(a);
      pairIndex
          .computeIfAbsent(a.brand(), k -> new HashMap<>())
          .computeIfAbsent(a.producer(), k -> new ArrayList<>())
          .add(a);
    }
    this.brandsById = Map.copyOf(ids);
    this.byBrand = freeze(brandIndex);
    this.byProducer = freeze(producerIndex);
    Map<BrandId, Map<ProducerId, List<BrandUseAuthorisation>>> pairs = new HashMap<>();
    pairIndex.forEach((brand, producers) -> pairs.put(brand, freeze(producers)));
    this.byBrandAndProducer = Map.copyOf(pairs);
  }

  private static <K> Map<K, List<BrandUseAuthorisation>> freeze(
      Map<K, List<BrandUseAuthorisation>> index) {
    Map<K, List<BrandUseAuthorisation>> out = new HashMap<>();
    index.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /**
   * Returns a registry of these brands and authorisations.
   *
   * @param brands the brands, with distinct ids
   * @param authorisations the authorisations, each naming one of the brands; their order decides
   *     which is relied on when several are valid
   * @return the registry
   * @throws InvalidValueException when a brand id repeats or an authorisation names an unknown
   *     brand
   */
  public static BrandRegistry of(
      Collection<VillageBrand> brands, Collection<BrandUseAuthorisation> authorisations) {
    return new BrandRegistry(brands, authorisations);
  }

  /**
   * Returns the brands, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<VillageBrand> brands() {
    return brands;
  }

  /**
   * Returns the authorisations, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<BrandUseAuthorisation> authorisations() {
    return authorisations;
  }

  /**
   * Finds a brand by id.
   *
   * @param id the brand id
   * @return the brand, or empty when unknown
   */
  public Optional<VillageBrand> brand(BrandId id) {
    return Optional.ofNullable(brandsById.get(Checks.notNull("brand", id)));
  }

  /**
   * Returns the authorisations to use a brand, e.g. to list an association's members.
   *
   * @param brand the brand id
   * @return an unmodifiable list, empty when none
   */
  public List<BrandUseAuthorisation> authorisationsFor(BrandId brand) {
    return byBrand.getOrDefault(Checks.notNull("brand", brand), List.of());
  }

  /**
   * Returns the authorisations a producer holds, for any brand.
   *
   * @param producer the producer id
   * @return an unmodifiable list, empty when none
   */
  public List<BrandUseAuthorisation> authorisationsOf(ProducerId producer) {
    return byProducer.getOrDefault(Checks.notNull("producer", producer), List.of());
  }

  /**
   * Returns a registry with {@code brand} added, or replacing the brand with the same id.
   *
   * @param brand the brand
   * @return a new registry
   */
  public BrandRegistry withBrand(VillageBrand brand) {
    Checks.notNull("brand", brand);
    List<VillageBrand> next = new ArrayList<>(brands.size() + 1);
    boolean replaced = false;
    for (VillageBrand b : brands) {
      if (b.id().equals(brand.id())) {
        next.add(brand);
        replaced = true;
      } else {
        next.add(b);
      }
    }
    if (!replaced) {
      next.add(brand);
    }
    return new BrandRegistry(next, authorisations);
  }

  /**
   * Returns a registry with {@code authorisation} added after the others.
   *
   * @param authorisation the authorisation, naming a brand of the registry
   * @return a new registry
   */
  public BrandRegistry withAuthorisation(BrandUseAuthorisation authorisation) {
    List<BrandUseAuthorisation> next = new ArrayList<>(authorisations);
    next.add(Checks.notNull("authorisation", authorisation));
    return new BrandRegistry(brands, next);
  }

  /**
   * Decides whether a producer may use a brand on a day, for any craft the brand covers.
   *
   * @param producer the producer
   * @param brand the brand
   * @param date the day, in the caller's calendar; pass {@code LocalDate.now(clock)} for today
   * @return the decision, never null
   */
  public BrandUseDecision mayUse(ProducerId producer, BrandId brand, LocalDate date) {
    return decide(producer, brand, date, Optional.empty());
  }

  /**
   * Decides whether a producer may use a brand on a day for goods of one craft, e.g. before a
   * marketplace listing shows the collective mark. See the type's description for the order of the
   * checks.
   *
   * @param producer the producer
   * @param brand the brand
   * @param date the day
   * @param craft the craft of the goods
   * @return the decision, never null
   */
  public BrandUseDecision mayUse(
      ProducerId producer, BrandId brand, LocalDate date, CraftCategory craft) {
    return decide(producer, brand, date, Optional.of(Checks.notNull("craft", craft)));
  }

  private BrandUseDecision decide(
      ProducerId producer, BrandId brandId, LocalDate date, Optional<CraftCategory> craft) {
    Checks.notNull("producer", producer);
    Checks.notNull("brand", brandId);
    Checks.notNull("date", date);
    VillageBrand brand = brandsById.get(brandId);
    Decider decider = new Decider(producer, brandId, brand, date, craft);
    if (brand == null) {
      return decider.decide(BrandUseReason.UNKNOWN_BRAND, null);
    }
    BrandStatus status = brand.statusOn(date);
    if (status == BrandStatus.PENDING) {
      return decider.decide(BrandUseReason.BRAND_NOT_REGISTERED, null);
    }
    if (!status.inForce()) {
      return decider.decide(BrandUseReason.BRAND_NOT_IN_FORCE, null);
    }
    if (craft.isPresent() && !brand.covers(craft.get())) {
      return decider.decide(BrandUseReason.CATEGORY_NOT_COVERED, null);
    }
    if (brand.owner().isProducer(producer)) {
      // The owner's own authorisations are not looked at: a certifier cannot certify itself.
      return decider.decide(
          brand.markType().ownerMayUse()
              ? BrandUseReason.ALLOWED_AS_OWNER
              : BrandUseReason.OWNER_MAY_NOT_USE,
          null);
    }
    List<BrandUseAuthorisation> held =
        byBrandAndProducer.getOrDefault(brandId, Map.of()).getOrDefault(producer, List.of());
    if (held.isEmpty()) {
      return decider.decide(BrandUseReason.NO_AUTHORISATION, null);
    }
    BrandUseAuthorisation closest = null;
    int closestProgress = -1;
    BrandUseReason closestReason = null;
    for (BrandUseAuthorisation a : held) {
      BrandUseReason reason = check(a, brand.markType(), date, craft);
      if (reason == BrandUseReason.ALLOWED) {
        return decider.decide(reason, a);
      }
      int progress = PROGRESS.indexOf(reason);
      if (progress > closestProgress) {
        closest = a;
        closestProgress = progress;
        closestReason = reason;
      }
    }
    return decider.decide(closestReason, closest);
  }

  /** Per-authorisation reasons in check order: the later, the closer to being allowed. */
  private static final List<BrandUseReason> PROGRESS = List.of(
      BrandUseReason.BASIS_NOT_VALID_FOR_MARK_TYPE,
      BrandUseReason.AUTHORISATION_REVOKED,
      BrandUseReason.AUTHORISATION_EXPIRED,
      BrandUseReason.AUTHORISATION_NOT_YET_VALID,
      BrandUseReason.AUTHORISATION_SUSPENDED,
      BrandUseReason.CATEGORY_NOT_COVERED);

  private static BrandUseReason check(
      BrandUseAuthorisation a, MarkType type, LocalDate date, Optional<CraftCategory> craft) {
    if (!type.accepts(a.basis())) {
      return BrandUseReason.BASIS_NOT_VALID_FOR_MARK_TYPE;
    }
    Optional<BrandUseReason> dated = a.dateReason(date);
    if (dated.isPresent()) {
      return dated.get();
    }
    if (craft.isPresent() && !a.covers(craft.get())) {
      return BrandUseReason.CATEGORY_NOT_COVERED;
    }
    return BrandUseReason.ALLOWED;
  }

  /** Writes the decision and its messages for one question. */
  private record Decider(
      ProducerId producer,
      BrandId brandId,
      VillageBrand brand,
      LocalDate date,
      Optional<CraftCategory> craft) {

    BrandUseDecision decide(BrandUseReason reason, BrandUseAuthorisation a) {
      return new BrandUseDecision(
          reason.allows(),
          reason,
          brandId,
          producer,
          date,
          craft,
          Optional.ofNullable(a),
          english(reason, a),
          vietnamese(reason, a));
    }

    private String english(BrandUseReason reason, BrandUseAuthorisation a) {
      String p = "Producer " + producer;
      String b = brand == null ? brandId.value() : "\"" + brand.sign().words() + "\"";
      String d = date.toString();
      String ref =
          a == null ? "" : a.basis().nameEn().toLowerCase(Locale.ROOT) + " " + a.referenceNumber();
      return switch (reason) {
        case ALLOWED -> p + " may use " + b + " on " + d + " under " + ref + ".";
        case ALLOWED_AS_OWNER -> p + " owns " + b + " and may use it on " + d + ".";
        case OWNER_MAY_NOT_USE ->
          p + " owns the " + brand.markType().nameEn().toLowerCase(Locale.ROOT) + " " + b
              + " and may not use it on its own goods.";
        case UNKNOWN_BRAND -> "No brand with id " + brandId + " is known.";
        case BRAND_NOT_REGISTERED -> b + " is not yet registered and protected on " + d + ".";
        case BRAND_NOT_IN_FORCE ->
          b + " is not in force on " + d + ": it is "
              + brand.statusOn(date).name().toLowerCase(Locale.ROOT) + ".";
        case NO_AUTHORISATION -> p + " holds no authorisation to use " + b + ".";
        case BASIS_NOT_VALID_FOR_MARK_TYPE ->
          "A " + ref + " cannot authorise use of the "
              + brand.markType().nameEn().toLowerCase(Locale.ROOT) + " " + b + ".";
        case AUTHORISATION_REVOKED ->
          p + "'s " + ref + " for " + b + " was revoked on "
              + a.revocation().orElseThrow().date() + ".";
        case AUTHORISATION_EXPIRED ->
          p + "'s " + ref + " for " + b + " expired after " + a.validUntil().orElseThrow() + ".";
        case AUTHORISATION_NOT_YET_VALID ->
          p + "'s " + ref + " for " + b + " is valid only from " + a.validFrom() + ".";
        case AUTHORISATION_SUSPENDED ->
          p + "'s " + ref + " for " + b + " is suspended on " + d + ".";
        case CATEGORY_NOT_COVERED ->
          (a == null ? b + " does not cover " : p + "'s " + ref + " for " + b + " does not cover ")
              + craft.orElseThrow().nameEn().toLowerCase(Locale.ROOT) + ".";
      };
    }

    private String vietnamese(BrandUseReason reason, BrandUseAuthorisation a) {
      String p = "Cơ sở " + producer;
      String b = brand == null ? brandId.value() : "“" + brand.sign().words() + "”";
      String d = VI_DATE.format(date);
      String ref =
          a == null ? "" : a.basis().nameVi().toLowerCase(VI) + " số " + a.referenceNumber();
      String own =
          a == null ? "" : "Quyền sử dụng " + b + " của cơ sở " + producer + " (" + ref + ")";
      return switch (reason) {
        case ALLOWED -> p + " được sử dụng " + b + " ngày " + d + " theo " + ref + ".";
        case ALLOWED_AS_OWNER -> p + " là chủ sở hữu " + b + " nên được sử dụng ngày " + d + ".";
        case OWNER_MAY_NOT_USE ->
          p + " là chủ sở hữu " + brand.markType().nameVi().toLowerCase(VI) + " " + b
              + " nên không được sử dụng cho hàng hóa của chính mình.";
        case UNKNOWN_BRAND -> "Không tìm thấy nhãn hiệu có mã " + brandId + ".";
        case BRAND_NOT_REGISTERED -> b + " chưa được cấp văn bằng bảo hộ vào ngày " + d + ".";
        case BRAND_NOT_IN_FORCE -> b + " không còn hiệu lực bảo hộ vào ngày " + d + ".";
        case NO_AUTHORISATION -> p + " chưa được cấp quyền sử dụng " + b + ".";
        case BASIS_NOT_VALID_FOR_MARK_TYPE ->
          "Căn cứ " + ref + " không cho phép sử dụng "
              + brand.markType().nameVi().toLowerCase(VI) + " " + b + ".";
        case AUTHORISATION_REVOKED ->
          own + " đã bị thu hồi từ ngày "
              + VI_DATE.format(a.revocation().orElseThrow().date()) + ".";
        case AUTHORISATION_EXPIRED ->
          own + " đã hết hiệu lực sau ngày " + VI_DATE.format(a.validUntil().orElseThrow()) + ".";
        case AUTHORISATION_NOT_YET_VALID ->
          own + " chỉ có hiệu lực từ ngày " + VI_DATE.format(a.validFrom()) + ".";
        case AUTHORISATION_SUSPENDED -> own + " đang bị tạm đình chỉ vào ngày " + d + ".";
        case CATEGORY_NOT_COVERED ->
          (a == null ? b : own) + " không áp dụng cho nghề "
              + craft.orElseThrow().nameVi().toLowerCase(VI) + ".";
      };
    }
  }

  private static final Locale VI = Locale.forLanguageTag("vi");

  /**
   * Tells whether {@code other} is a registry of the same brands and authorisations, in the same
   * order (the order decides which authorisation is relied on), e.g. after a JSON round trip.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof BrandRegistry r
        && brands.equals(r.brands)
        && authorisations.equals(r.authorisations);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * brands.hashCode() + authorisations.hashCode();
  }

  /**
   * Returns a short description with the number of brands and authorisations.
   *
   * @return e.g. {@code "BrandRegistry[5 brands, 3 authorisations]"}
   */
  @Override
  public String toString() {
    return "BrandRegistry[" + brands.size() + " brands, " + authorisations.size()
        + " authorisations]";
  }
}
