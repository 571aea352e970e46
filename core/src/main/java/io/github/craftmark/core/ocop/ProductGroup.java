package io.github.craftmark.core.ocop;

import io.github.craftmark.core.internal.Checks;
import java.util.List;

/**
 * The OCOP product group (nhóm sản phẩm) a certificate is issued in.
 *
 * <p>Decision 148/QĐ-TTg has six groups: food, beverages, herbal and medicinal products,
 * handicrafts, ornamental plants and animals, and community and eco tourism services. Decision
 * 1048/QĐ-TTg had six others, three of which 148 no longer uses (textiles and garments; souvenirs,
 * furniture and decoration; rural tourism services and sales); they are kept, marked legacy, so
 * that older certificates stay readable, and {@link #currentEquivalent()} maps them to today's
 * group. Both Bát Tràng pottery and Vạn Phúc silk are {@link #HANDICRAFTS} under 148.
 */
public enum ProductGroup {
  /** Thực phẩm: food. */
  FOOD("Thực phẩm", null, all()),
  /** Đồ uống: beverages. */
  BEVERAGES("Đồ uống", null, all()),
  /**
   * Thảo dược: herbal and medicinal products, named "Dược liệu và sản phẩm từ dược liệu" in
   * Decision 148.
   */
  HERBAL_MEDICINAL("Thảo dược", null, all()),
  /**
   * Hàng thủ công mỹ nghệ: handicrafts of wood, natural fibre, metal, ceramics, textiles and
   * embroidery (Decision 148).
   */
  HANDICRAFTS("Hàng thủ công mỹ nghệ", null, since148()),
  /** Sinh vật cảnh: ornamental plants and animals (Decision 148). */
  ORNAMENTAL_PLANTS_ANIMALS("Sinh vật cảnh", null, since148()),
  /**
   * Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch: community and eco tourism
   * services and tourist spots (Decision 148).
   */
  TOURISM_SERVICES(
      "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", null, since148()),
  /** Vải và may mặc: textiles and garments; legacy group of Decision 1048, now handicrafts. */
  TEXTILES_GARMENTS("Vải và may mặc", HANDICRAFTS, only1048()),
  /**
   * Lưu niệm – nội thất – trang trí: souvenirs, furniture and decoration; legacy group of Decision
   * 1048, now handicrafts.
   */
  SOUVENIRS_FURNITURE_DECORATION("Lưu niệm – nội thất – trang trí", HANDICRAFTS, only1048()),
  /**
   * Dịch vụ du lịch nông thôn, bán hàng: rural tourism services and sales; legacy group of Decision
   * 1048, now tourism services.
   */
  RURAL_TOURISM_SALES("Dịch vụ du lịch nông thôn, bán hàng", TOURISM_SERVICES, only1048());

  private final String nameVi;
  private final ProductGroup currentEquivalent;
  private final List<CriteriaVersion> criteriaVersions;

  ProductGroup(
      String nameVi, ProductGroup currentEquivalent, List<CriteriaVersion> criteriaVersions) {
    this.nameVi = nameVi;
    this.currentEquivalent = currentEquivalent;
    this.criteriaVersions = criteriaVersions;
  }

  private static List<CriteriaVersion> all() {
    return List.of(CriteriaVersion.values());
  }

  private static List<CriteriaVersion> since148() {
    return List.of(CriteriaVersion.DECISION_148_2023, CriteriaVersion.DECISION_1489_2025);
  }

  private static List<CriteriaVersion> only1048() {
    return List.of(CriteriaVersion.DECISION_1048_2019);
  }

  /**
   * Returns the Vietnamese name of the group.
   *
   * @return the name, NFC
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * Returns the criteria versions that define this group, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<CriteriaVersion> criteriaVersions() {
    return criteriaVersions;
  }

  /**
   * Tells whether {@code version} defines this group.
   *
   * @param version a criteria version
   * @return true when a certificate under {@code version} may be in this group
   */
  public boolean belongsTo(CriteriaVersion version) {
    Checks.notNull("version", version);
    return criteriaVersions.contains(version);
  }

  /**
   * Tells whether the group exists only under Decision 1048/QĐ-TTg.
   *
   * @return true for the legacy groups
   */
  public boolean isLegacy() {
    return currentEquivalent != null;
  }

  /**
   * Returns the group of Decision 148/QĐ-TTg that this group corresponds to today.
   *
   * @return the current group; a current group returns itself
   */
  public ProductGroup currentEquivalent() {
    return currentEquivalent == null ? this : currentEquivalent;
  }

  /**
   * Returns the groups a new certificate under {@code version} may use.
   *
   * @param version a criteria version
   * @return the groups in declaration order
   */
  public static List<ProductGroup> of(CriteriaVersion version) {
    Checks.notNull("version", version);
    return java.util.Arrays.stream(values()).filter(g -> g.belongsTo(version)).toList();
  }
}
