package io.github.craftmark.core.brand;

import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.product.CraftCategory;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Example brands and authorisations. Registration, decision and permit numbers start with {@code
 * EXAMPLE}: they are illustrations, not claims about the real register.
 */
public final class BrandFixtures {
  private BrandFixtures() {}

  static final BrandId BAT_TRANG = BrandId.of("gom-bat-trang");
  static final BrandId BAU_TRUC = BrandId.of("gom-bau-truc");
  static final BrandId VAN_PHUC = BrandId.of("lua-van-phuc");
  static final BrandId QUANG_VINH = BrandId.of("gom-quang-vinh");
  static final BrandId CERTIFIED = BrandId.of("thu-cong-ha-noi");

  static final ProducerId ASSOCIATION = ProducerId.of("hh-gom-su-bat-trang");
  static final ProducerId MEMBER = ProducerId.of("hh-bat-trang-001");
  static final ProducerId EXPELLED = ProducerId.of("hh-bat-trang-007");
  static final ProducerId OUTSIDER = ProducerId.of("hh-ngoai-lang-01");
  static final ProducerId GI_HOLDER = ProducerId.of("htx-gom-bau-truc");
  static final ProducerId ENTERPRISE = ProducerId.of("dn-gom-quang-vinh");
  static final ProducerId CERTIFIER = ProducerId.of("tt-chung-nhan-hn");

  /** The Bát Tràng collective mark, owned by the association, covering ceramics. */
  public static VillageBrand batTrang() {
    return VillageBrand.builder()
        .id(BAT_TRANG)
        .markType(MarkType.COLLECTIVE_MARK)
        .sign(BrandSign.ofWords("Gốm Bát Tràng")
            .withAsciiWords("Gom Bat Trang")
            .withFigurative(
                "Chữ “Gốm Bát Tràng” cách điệu trên nền hình bình gốm men lam",
                URI.create("https://example.vn/brands/gom-bat-trang.png")))
        .registration(BrandRegistration.pending("EXAMPLE-4-2011-00001", LocalDate.of(2011, 3, 15))
            .withGrant("EXAMPLE-4-0000001-000", LocalDate.of(2012, 9, 20)))
        .owner(BrandOwner.of(BrandOwnerKind.ASSOCIATION, "Hiệp hội Gốm sứ Bát Tràng", ASSOCIATION))
        .niceClasses(21)
        .protection(ProtectionPeriod.of(LocalDate.of(2012, 9, 20), LocalDate.of(2031, 3, 15)))
        .regulationOnUse(RegulationOnUse.of("EXAMPLE-01/2012/QC-HHGS", LocalDate.of(2012, 10, 1)))
        .crafts(CraftCategory.CERAMICS)
        .build();
  }

  static VillageBrand bauTrucGi() {
    return VillageBrand.builder()
        .id(BAU_TRUC)
        .markType(MarkType.GEOGRAPHICAL_INDICATION)
        .sign(BrandSign.ofWords("Gốm Bàu Trúc").withAsciiWords("Gom Bau Truc"))
        .registration(new BrandRegistration(
            null, null, Optional.of("EXAMPLE-GI-00001"), Optional.of(LocalDate.of(2019, 5, 6))))
        .owner(BrandOwner.state("Sở Khoa học và Công nghệ tỉnh Khánh Hòa"))
        .protection(ProtectionPeriod.indefiniteFrom(LocalDate.of(2019, 5, 6)))
        .regulationOnUse(RegulationOnUse.of("EXAMPLE-12/2020/QĐ-UBND", LocalDate.of(2020, 2, 3)))
        .crafts(CraftCategory.CERAMICS)
        .build();
  }

  static VillageBrand vanPhucPending() {
    return VillageBrand.builder()
        .id(VAN_PHUC)
        .markType(MarkType.COLLECTIVE_MARK)
        .sign(BrandSign.ofWords("Lụa Vạn Phúc").withAsciiWords("Lua Van Phuc"))
        .registration(BrandRegistration.pending("EXAMPLE-4-2025-00002", LocalDate.of(2025, 3, 3)))
        .owner(BrandOwner.of(BrandOwnerKind.ASSOCIATION, "Hiệp hội Dệt lụa Vạn Phúc"))
        .niceClasses(24, 25)
        .crafts(CraftCategory.SILK)
        .build();
  }

  static VillageBrand quangVinhTrademark() {
    return VillageBrand.builder()
        .id(QUANG_VINH)
        .markType(MarkType.TRADEMARK)
        .sign(BrandSign.ofWords("Gốm Quang Vinh"))
        .registration(BrandRegistration.pending("EXAMPLE-4-2016-00003", LocalDate.of(2016, 1, 4))
            .withGrant("EXAMPLE-4-0000003-000", LocalDate.of(2017, 2, 1)))
        .owner(BrandOwner.of(BrandOwnerKind.ENTERPRISE, "Công ty TNHH Gốm Quang Vinh", ENTERPRISE))
        .niceClasses(21)
        .protection(ProtectionPeriod.of(LocalDate.of(2017, 2, 1), LocalDate.of(2026, 1, 4)))
        .build();
  }

  static VillageBrand certificationMark() {
    return VillageBrand.builder()
        .id(CERTIFIED)
        .markType(MarkType.CERTIFICATION_MARK)
        .sign(BrandSign.ofWords("Thủ công Hà Nội chứng nhận"))
        .registration(BrandRegistration.pending("EXAMPLE-4-2018-00004", LocalDate.of(2018, 6, 1))
            .withGrant("EXAMPLE-4-0000004-000", LocalDate.of(2019, 7, 1)))
        .owner(BrandOwner.of(
            BrandOwnerKind.OTHER_ORGANISATION, "Trung tâm Chứng nhận Thủ công (ví dụ)", CERTIFIER))
        .niceClasses(20, 21, 24)
        .protection(ProtectionPeriod.of(LocalDate.of(2019, 7, 1), LocalDate.of(2028, 6, 1)))
        .build();
  }

  /** The member's membership authorisation for the Bát Tràng mark, 1 Jun 2020 – 31 May 2025. */
  public static BrandUseAuthorisation memberAuthorisation() {
    return BrandUseAuthorisation.builder()
        .brand(BAT_TRANG)
        .producer(MEMBER)
        .basis(UseBasis.MEMBERSHIP)
        .referenceNumber("EXAMPLE-15/QĐ-HHGS")
        .issuedOn(LocalDate.of(2020, 5, 25))
        .validFrom(LocalDate.of(2020, 6, 1))
        .validUntil(LocalDate.of(2025, 5, 31))
        .crafts(CraftCategory.CERAMICS)
        .build();
  }

  static BrandUseAuthorisation giPermit() {
    return BrandUseAuthorisation.builder()
        .brand(BAU_TRUC)
        .producer(GI_HOLDER)
        .basis(UseBasis.GI_PERMIT)
        .referenceNumber("EXAMPLE-05/GCN-SKHCN")
        .issuedOn(LocalDate.of(2023, 4, 10))
        .validUntil(LocalDate.of(2028, 4, 9))
        .build();
  }

  /** An expelled member's authorisation, revoked from 1 Nov 2024. */
  public static BrandUseAuthorisation revokedAuthorisation() {
    return BrandUseAuthorisation.builder()
        .brand(BAT_TRANG)
        .producer(EXPELLED)
        .basis(UseBasis.MEMBERSHIP)
        .referenceNumber("EXAMPLE-22/QĐ-HHGS")
        .issuedOn(LocalDate.of(2021, 8, 2))
        .build()
        .withRevocation(
            LocalDate.of(2024, 11, 1),
            "Vi phạm quy chế sử dụng: gắn nhãn hiệu tập thể lên hàng không sản xuất tại Bát Tràng");
  }

  static BrandRegistry registry(BrandUseAuthorisation... extra) {
    List<BrandUseAuthorisation> all =
        new ArrayList<>(List.of(memberAuthorisation(), giPermit(), revokedAuthorisation()));
    all.addAll(List.of(extra));
    return BrandRegistry.of(
        List.of(
            batTrang(), bauTrucGi(), vanPhucPending(), quangVinhTrademark(), certificationMark()),
        all);
  }
}
