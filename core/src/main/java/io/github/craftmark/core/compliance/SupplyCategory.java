package io.github.craftmark.core.compliance;

/**
 * What a platform transaction supplies, which decides the withholding rates of Decree
 * 117/2025/NĐ-CP.
 *
 * <p>Handicrafts sold as products (a Bát Tràng vase, a Vạn Phúc silk scarf) are {@link #GOODS}; a
 * pottery workshop or a village tour is {@link #SERVICES}. When the platform cannot tell, the
 * decree applies the highest rate: use {@link #UNKNOWN}.
 */
public enum SupplyCategory {
  /** Distribution and supply of goods (hàng hóa). */
  GOODS,
  /** Services (dịch vụ), e.g. workshops, tours, design. */
  SERVICES,
  /** Transport and services tied to goods (vận tải, dịch vụ gắn với hàng hóa). */
  TRANSPORT_AND_GOODS_RELATED_SERVICES,
  /** The category could not be determined: the highest rates apply. */
  UNKNOWN
}
