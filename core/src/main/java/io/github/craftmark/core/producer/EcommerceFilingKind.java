package io.github.craftmark.core.producer;

/**
 * What a seller filed with the Ministry of Industry and Trade for a sales website or app (Decree
 * 52/2013/NĐ-CP as amended by Decree 85/2021/NĐ-CP), through the portal online.gov.vn.
 */
public enum EcommerceFilingKind {
  /** Thông báo: the notification required for a seller's own sales website. */
  NOTIFICATION,
  /** Đăng ký: the registration required for an e-commerce service website, such as a platform. */
  REGISTRATION
}
