package io.github.craftmark.core.ocop;

import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import java.time.LocalDate;

/** Realistic certificates shared by the OCOP tests. */
final class OcopFixtures {
  private OcopFixtures() {}

  /** A 4★ Bát Tràng vase rated by Hà Nội under Decision 148. */
  static OcopCertificate batTrangVase() {
    return OcopCertificate.builder()
        .certificateNumber("EXAMPLE-153/2024/GCN-OCOP")
        .decision("EXAMPLE-1560/QĐ-UBND", LocalDate.of(2024, 3, 15))
        .issuer("UBND Thành phố Hà Nội", IssuerLevel.PROVINCE)
        .criteriaVersion(CriteriaVersion.DECISION_148_2023)
        .stars(StarRating.FOUR)
        .productGroup(ProductGroup.HANDICRAFTS)
        .productName("Bình hút lộc men rạn Bát Tràng")
        .productId(ProductId.of("binh-hut-loc-men-ran"))
        .owner(OcopOwner.of(
            "Hợp tác xã Gốm sứ Bát Tràng",
            OcopOwnerKind.COOPERATIVE,
            ProducerId.of("htx-gom-bat-trang")))
        .score(OcopScore.of(CriteriaVersion.DECISION_148_2023, 33, 21, 24))
        .build();
  }

  /** A 3★ Vạn Phúc silk scarf of 2021 in the legacy textiles group, issued by a district. */
  static OcopCertificate vanPhucScarf() {
    return OcopCertificate.builder()
        .certificateNumber("EXAMPLE-27/GCN-OCOP-HĐ")
        .decision("EXAMPLE-2150/QĐ-UBND", LocalDate.of(2021, 11, 25))
        .issuer("UBND quận Hà Đông", IssuerLevel.DISTRICT)
        .criteriaVersion(CriteriaVersion.DECISION_1048_2019)
        .stars(3)
        .productGroup(ProductGroup.TEXTILES_GARMENTS)
        .productName("Khăn lụa tơ tằm Vạn Phúc")
        .owner(OcopOwner.of("Hộ kinh doanh Lụa Minh Hằng", OcopOwnerKind.HOUSEHOLD_BUSINESS))
        .score(OcopScore.of(CriteriaVersion.DECISION_1048_2019, 22, 14, 26))
        .build();
  }

  /** A 3★ Định Yên sedge mat of 2021, revoked in 2024 for not being re-assessed in time. */
  static OcopCertificate dinhYenMatRevoked() {
    return OcopCertificate.builder()
        .certificateNumber("EXAMPLE-41/GCN-OCOP")
        .decision("EXAMPLE-612/QĐ-UBND-HC", LocalDate.of(2021, 6, 10))
        .issuer("UBND tỉnh Đồng Tháp", IssuerLevel.PROVINCE)
        .criteriaVersion(CriteriaVersion.DECISION_1048_2019)
        .stars(StarRating.THREE)
        .productGroup(ProductGroup.SOUVENIRS_FURNITURE_DECORATION)
        .productName("Chiếu cói Định Yên")
        .owner(OcopOwner.of("Hợp tác xã Chiếu Định Yên", OcopOwnerKind.COOPERATIVE))
        .revocation(CertificateRevocation.of(
            LocalDate.of(2024, 12, 20),
            "EXAMPLE-1635/QĐ-UBND-HC",
            "Không tham gia đánh giá lại khi hết thời hạn 36 tháng"))
        .build();
  }
}
