package io.github.craftmark.core.brand;

import static io.github.craftmark.core.brand.BrandFixtures.ASSOCIATION;
import static io.github.craftmark.core.brand.BrandFixtures.BAT_TRANG;
import static io.github.craftmark.core.brand.BrandFixtures.BAU_TRUC;
import static io.github.craftmark.core.brand.BrandFixtures.CERTIFIED;
import static io.github.craftmark.core.brand.BrandFixtures.CERTIFIER;
import static io.github.craftmark.core.brand.BrandFixtures.ENTERPRISE;
import static io.github.craftmark.core.brand.BrandFixtures.EXPELLED;
import static io.github.craftmark.core.brand.BrandFixtures.GI_HOLDER;
import static io.github.craftmark.core.brand.BrandFixtures.MEMBER;
import static io.github.craftmark.core.brand.BrandFixtures.OUTSIDER;
import static io.github.craftmark.core.brand.BrandFixtures.QUANG_VINH;
import static io.github.craftmark.core.brand.BrandFixtures.VAN_PHUC;
import static io.github.craftmark.core.brand.BrandFixtures.batTrang;
import static io.github.craftmark.core.brand.BrandFixtures.memberAuthorisation;
import static io.github.craftmark.core.brand.BrandFixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.BrandId;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BrandRegistryTest {
  private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);

  private static BrandUseAuthorisation.Builder auth(
      BrandId brand, ProducerId producer, UseBasis basis, String ref) {
    return BrandUseAuthorisation.builder()
        .brand(brand)
        .producer(producer)
        .basis(basis)
        .referenceNumber(ref)
        .issuedOn(LocalDate.of(2020, 1, 1));
  }

  @Test
  void mayUse_whenMemberWithinValidity_isAllowedRelyingOnTheMembership() {
    BrandUseDecision d = registry().mayUse(MEMBER, BAT_TRANG, JULY_2024, CraftCategory.CERAMICS);
    assertThat(d.allowed()).isTrue();
    assertThat(d.reason()).isEqualTo(BrandUseReason.ALLOWED);
    assertThat(d.authorisation()).contains(memberAuthorisation());
    assertThat(d.craft()).contains(CraftCategory.CERAMICS);
    assertThat(d.messageEn())
        .isEqualTo("Producer hh-bat-trang-001 may use \"Gốm Bát Tràng\" on 2024-07-01 under"
            + " membership EXAMPLE-15/QĐ-HHGS.");
    assertThat(d.messageVi())
        .isEqualTo("Cơ sở hh-bat-trang-001 được sử dụng “Gốm Bát Tràng” ngày 01/07/2024 theo"
            + " tư cách thành viên số EXAMPLE-15/QĐ-HHGS.");
  }

  @Test
  void mayUse_whenBrandUnknown_isUnknownBrand() {
    BrandUseDecision d = registry().mayUse(MEMBER, BrandId.of("gom-phu-lang"), JULY_2024);
    assertThat(d.reason()).isEqualTo(BrandUseReason.UNKNOWN_BRAND);
    assertThat(d.allowed()).isFalse();
    assertThat(d.authorisation()).isEmpty();
    assertThat(d.messageEn()).isEqualTo("No brand with id gom-phu-lang is known.");
    assertThat(d.messageVi()).isEqualTo("Không tìm thấy nhãn hiệu có mã gom-phu-lang.");
  }

  @Test
  void mayUse_whenBrandPending_isBrandNotRegistered() {
    BrandUseAuthorisation member =
        auth(VAN_PHUC, MEMBER, UseBasis.MEMBERSHIP, "EX-1").build();
    BrandUseDecision d = registry(member).mayUse(MEMBER, VAN_PHUC, JULY_2024);
    assertThat(d.reason()).isEqualTo(BrandUseReason.BRAND_NOT_REGISTERED);
    assertThat(d.messageVi())
        .isEqualTo("“Lụa Vạn Phúc” chưa được cấp văn bằng bảo hộ vào ngày 01/07/2024.");
    assertThat(d.messageEn())
        .isEqualTo("\"Lụa Vạn Phúc\" is not yet registered and protected on 2024-07-01.");
  }

  @Test
  void mayUse_beforeProtectionBegins_isBrandNotRegistered() {
    BrandUseAuthorisation early = memberAuthorisation().toBuilder()
        .issuedOn(LocalDate.of(2012, 1, 1))
        .validFrom(LocalDate.of(2012, 1, 1))
        .build();
    BrandRegistry r = BrandRegistry.of(List.of(batTrang()), List.of(early));
    assertThat(r.mayUse(MEMBER, BAT_TRANG, LocalDate.of(2012, 9, 19)).reason())
        .isEqualTo(BrandUseReason.BRAND_NOT_REGISTERED);
    assertThat(r.mayUse(MEMBER, BAT_TRANG, LocalDate.of(2012, 9, 20)).reason())
        .isEqualTo(BrandUseReason.ALLOWED);
  }

  @Test
  void mayUse_whenBrandExpired_isBrandNotInForce() {
    BrandUseAuthorisation open =
        memberAuthorisation().toBuilder().validUntil(null).build();
    BrandRegistry r = BrandRegistry.of(List.of(batTrang()), List.of(open));
    assertThat(r.mayUse(MEMBER, BAT_TRANG, LocalDate.of(2031, 3, 15)).reason())
        .isEqualTo(BrandUseReason.ALLOWED);
    BrandUseDecision d = r.mayUse(MEMBER, BAT_TRANG, LocalDate.of(2031, 3, 16));
    assertThat(d.reason()).isEqualTo(BrandUseReason.BRAND_NOT_IN_FORCE);
    assertThat(d.messageEn())
        .isEqualTo("\"Gốm Bát Tràng\" is not in force on 2031-03-16: it is expired.");
  }

  @Test
  void mayUse_whenBrandInvalidated_isBrandNotInForceFromThatDay() {
    BrandRegistry r = registry()
        .withBrand(batTrang().toBuilder()
            .invalidation(new Invalidation(LocalDate.of(2024, 7, 2), "EXAMPLE: hủy bỏ hiệu lực"))
            .build());
    assertThat(r.mayUse(MEMBER, BAT_TRANG, JULY_2024).reason()).isEqualTo(BrandUseReason.ALLOWED);
    assertThat(r.mayUse(MEMBER, BAT_TRANG, JULY_2024.plusDays(1)).reason())
        .isEqualTo(BrandUseReason.BRAND_NOT_IN_FORCE);
    assertThat(r.mayUse(ASSOCIATION, BAT_TRANG, JULY_2024.plusDays(1)).reason())
        .isEqualTo(BrandUseReason.BRAND_NOT_IN_FORCE);
  }

  @Test
  void mayUse_whenProducerHoldsNothing_isNoAuthorisation() {
    BrandUseDecision d = registry().mayUse(OUTSIDER, BAT_TRANG, JULY_2024);
    assertThat(d.reason()).isEqualTo(BrandUseReason.NO_AUTHORISATION);
    assertThat(d.messageEn())
        .isEqualTo("Producer hh-ngoai-lang-01 holds no authorisation to use \"Gốm Bát Tràng\".");
    assertThat(d.messageVi())
        .isEqualTo("Cơ sở hh-ngoai-lang-01 chưa được cấp quyền sử dụng “Gốm Bát Tràng”.");
  }

  @Test
  void mayUse_atTheAuthorisationsFirstDay_isAllowed_dayBeforeIsNotYetValid() {
    BrandRegistry r = registry();
    assertThat(r.mayUse(MEMBER, BAT_TRANG, LocalDate.of(2020, 6, 1)).reason())
        .isEqualTo(BrandUseReason.ALLOWED);
    BrandUseDecision d = r.mayUse(MEMBER, BAT_TRANG, LocalDate.of(2020, 5, 31));
    assertThat(d.reason()).isEqualTo(BrandUseReason.AUTHORISATION_NOT_YET_VALID);
    assertThat(d.authorisation()).contains(memberAuthorisation());
    assertThat(d.messageVi())
        .isEqualTo("Quyền sử dụng “Gốm Bát Tràng” của cơ sở hh-bat-trang-001 (tư cách thành viên"
            + " số EXAMPLE-15/QĐ-HHGS) chỉ có hiệu lực từ ngày 01/06/2020.");
  }

  @Test
  void mayUse_atTheAuthorisationsLastDay_isAllowed_dayAfterIsExpired() {
    BrandRegistry r = registry();
    assertThat(r.mayUse(MEMBER, BAT_TRANG, LocalDate.of(2025, 5, 31)).reason())
        .isEqualTo(BrandUseReason.ALLOWED);
    BrandUseDecision d = r.mayUse(MEMBER, BAT_TRANG, LocalDate.of(2025, 6, 1));
    assertThat(d.reason()).isEqualTo(BrandUseReason.AUTHORISATION_EXPIRED);
    assertThat(d.messageEn())
        .isEqualTo("Producer hh-bat-trang-001's membership EXAMPLE-15/QĐ-HHGS for \"Gốm Bát"
            + " Tràng\" expired after 2025-05-31.");
  }

  @Test
  void mayUse_fromTheRevocationDay_isRevoked() {
    BrandRegistry r = registry();
    assertThat(r.mayUse(EXPELLED, BAT_TRANG, LocalDate.of(2024, 10, 31)).reason())
        .isEqualTo(BrandUseReason.ALLOWED);
    BrandUseDecision d = r.mayUse(EXPELLED, BAT_TRANG, LocalDate.of(2024, 11, 1));
    assertThat(d.reason()).isEqualTo(BrandUseReason.AUTHORISATION_REVOKED);
    assertThat(d.authorisation()).contains(BrandFixtures.revokedAuthorisation());
    assertThat(d.messageVi())
        .isEqualTo("Quyền sử dụng “Gốm Bát Tràng” của cơ sở hh-bat-trang-007 (tư cách thành viên"
            + " số EXAMPLE-22/QĐ-HHGS) đã bị thu hồi từ ngày 01/11/2024.");
  }

  @Test
  void mayUse_duringASuspension_isSuspended_bothEndsIncluded() {
    BrandUseAuthorisation suspended = auth(BAT_TRANG, OUTSIDER, UseBasis.MEMBERSHIP, "EX-9")
        .suspension(Suspension.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), null))
        .build();
    BrandRegistry r = registry(suspended);
    assertThat(r.mayUse(OUTSIDER, BAT_TRANG, LocalDate.of(2024, 2, 29)).allowed())
        .isTrue();
    assertThat(r.mayUse(OUTSIDER, BAT_TRANG, LocalDate.of(2024, 3, 1)).reason())
        .isEqualTo(BrandUseReason.AUTHORISATION_SUSPENDED);
    assertThat(r.mayUse(OUTSIDER, BAT_TRANG, LocalDate.of(2024, 3, 31)).reason())
        .isEqualTo(BrandUseReason.AUTHORISATION_SUSPENDED);
    assertThat(r.mayUse(OUTSIDER, BAT_TRANG, LocalDate.of(2024, 4, 1)).allowed())
        .isTrue();
  }

  @Test
  void mayUse_whenLicenceGivenForACollectiveMark_isBasisNotValid() {
    BrandUseAuthorisation licence =
        auth(BAT_TRANG, OUTSIDER, UseBasis.LICENCE, "EX-HD-01").build();
    BrandUseDecision d = registry(licence).mayUse(OUTSIDER, BAT_TRANG, JULY_2024);
    assertThat(d.reason()).isEqualTo(BrandUseReason.BASIS_NOT_VALID_FOR_MARK_TYPE);
    assertThat(d.messageEn())
        .isEqualTo("A licence EX-HD-01 cannot authorise use of the collective mark \"Gốm Bát"
            + " Tràng\".");
    assertThat(d.messageVi())
        .isEqualTo("Căn cứ hợp đồng li-xăng số EX-HD-01 không cho phép sử dụng nhãn hiệu tập thể"
            + " “Gốm Bát Tràng”.");
  }

  @Test
  void mayUse_whenMembershipGivenForAGeographicalIndication_isBasisNotValid() {
    BrandUseAuthorisation wrong =
        auth(BAU_TRUC, OUTSIDER, UseBasis.MEMBERSHIP, "EX-2").build();
    assertThat(registry(wrong).mayUse(OUTSIDER, BAU_TRUC, JULY_2024).reason())
        .isEqualTo(BrandUseReason.BASIS_NOT_VALID_FOR_MARK_TYPE);
  }

  @Test
  void mayUse_whenBrandDoesNotCoverTheCraft_isCategoryNotCoveredWithoutAnAuthorisation() {
    BrandUseDecision d = registry().mayUse(MEMBER, BAT_TRANG, JULY_2024, CraftCategory.SILK);
    assertThat(d.reason()).isEqualTo(BrandUseReason.CATEGORY_NOT_COVERED);
    assertThat(d.authorisation()).isEmpty();
    assertThat(d.messageEn()).isEqualTo("\"Gốm Bát Tràng\" does not cover silk and weaving.");
    assertThat(d.messageVi()).isEqualTo("“Gốm Bát Tràng” không áp dụng cho nghề lụa, dệt.");
  }

  @Test
  void mayUse_whenAuthorisationLimitedToOtherCrafts_isCategoryNotCoveredWithIt() {
    BrandRegistry r = registry().withBrand(batTrang().toBuilder().crafts().build());
    BrandUseDecision d = r.mayUse(MEMBER, BAT_TRANG, JULY_2024, CraftCategory.LACQUER);
    assertThat(d.reason()).isEqualTo(BrandUseReason.CATEGORY_NOT_COVERED);
    assertThat(d.authorisation()).contains(memberAuthorisation());
    assertThat(r.mayUse(MEMBER, BAT_TRANG, JULY_2024, CraftCategory.CERAMICS).allowed())
        .isTrue();
  }

  @Test
  void mayUse_withoutACraft_aLimitedAuthorisationAllowsAndIsCarried() {
    BrandUseDecision d = registry().mayUse(MEMBER, BAT_TRANG, JULY_2024);
    assertThat(d.allowed()).isTrue();
    assertThat(d.craft()).isEmpty();
    assertThat(d.authorisation().orElseThrow().crafts()).containsExactly(CraftCategory.CERAMICS);
  }

  @Test
  void mayUse_byTheOwnerOfATrademark_isAllowedAsOwner() {
    BrandUseDecision d = registry().mayUse(ENTERPRISE, QUANG_VINH, JULY_2024);
    assertThat(d.reason()).isEqualTo(BrandUseReason.ALLOWED_AS_OWNER);
    assertThat(d.allowed()).isTrue();
    assertThat(d.authorisation()).isEmpty();
    assertThat(d.messageEn())
        .isEqualTo("Producer dn-gom-quang-vinh owns \"Gốm Quang Vinh\" and may use it on"
            + " 2024-07-01.");
  }

  @Test
  void mayUse_byTheAssociationOwningACollectiveMark_isAllowedAsOwner() {
    assertThat(registry().mayUse(ASSOCIATION, BAT_TRANG, JULY_2024).reason())
        .isEqualTo(BrandUseReason.ALLOWED_AS_OWNER);
    assertThat(registry()
            .mayUse(ASSOCIATION, BAT_TRANG, JULY_2024, CraftCategory.SILK)
            .reason())
        .isEqualTo(BrandUseReason.CATEGORY_NOT_COVERED);
  }

  @Test
  void mayUse_byTheOwnerOfACertificationMark_isOwnerMayNotUse() {
    BrandUseDecision d = registry().mayUse(CERTIFIER, CERTIFIED, JULY_2024);
    assertThat(d.reason()).isEqualTo(BrandUseReason.OWNER_MAY_NOT_USE);
    assertThat(d.allowed()).isFalse();
    assertThat(d.authorisation()).isEmpty();
    assertThat(d.messageEn())
        .isEqualTo("Producer tt-chung-nhan-hn owns the certification mark \"Thủ công Hà Nội"
            + " chứng nhận\" and may not use it on its own goods.");
    assertThat(d.messageVi())
        .isEqualTo("Cơ sở tt-chung-nhan-hn là chủ sở hữu nhãn hiệu chứng nhận “Thủ công Hà Nội"
            + " chứng nhận” nên không được sử dụng cho hàng hóa của chính mình.");
  }

  @Test
  void mayUse_byTheOwnerOfACertificationMark_isRefusedEvenWithASelfIssuedCertificate() {
    BrandUseAuthorisation self =
        auth(CERTIFIED, CERTIFIER, UseBasis.CERTIFICATION, "EX-GCN-TU-CAP").build();
    assertThat(registry(self).mayUse(CERTIFIER, CERTIFIED, JULY_2024).reason())
        .isEqualTo(BrandUseReason.OWNER_MAY_NOT_USE);
  }

  @Test
  void mayUse_underALicenceOfATrademark_isAllowed() {
    BrandUseAuthorisation licence = auth(QUANG_VINH, OUTSIDER, UseBasis.LICENCE, "EX-HD-02")
        .validUntil(LocalDate.of(2025, 12, 31))
        .build();
    assertThat(registry(licence).mayUse(OUTSIDER, QUANG_VINH, JULY_2024).reason())
        .isEqualTo(BrandUseReason.ALLOWED);
  }

  @Test
  void mayUse_underACertificateOrAGiPermit_isAllowed() {
    BrandUseAuthorisation certificate =
        auth(CERTIFIED, OUTSIDER, UseBasis.CERTIFICATION, "EX-GCN-03").build();
    BrandRegistry r = registry(certificate);
    assertThat(r.mayUse(OUTSIDER, CERTIFIED, JULY_2024).reason()).isEqualTo(BrandUseReason.ALLOWED);
    assertThat(r.mayUse(GI_HOLDER, BAU_TRUC, JULY_2024, CraftCategory.CERAMICS).reason())
        .isEqualTo(BrandUseReason.ALLOWED);
  }

  @Test
  void mayUse_whenAnyAuthorisationIsValid_reliesOnTheFirstValidOne() {
    BrandUseAuthorisation renewed = memberAuthorisation().toBuilder()
        .referenceNumber("EXAMPLE-31/QĐ-HHGS")
        .issuedOn(LocalDate.of(2025, 5, 20))
        .validFrom(LocalDate.of(2025, 6, 1))
        .validUntil(LocalDate.of(2030, 5, 31))
        .build();
    BrandUseAuthorisation second =
        renewed.toBuilder().referenceNumber("EXAMPLE-32").build();
    BrandRegistry r = registry(renewed, second);
    BrandUseDecision d = r.mayUse(MEMBER, BAT_TRANG, LocalDate.of(2025, 6, 1));
    assertThat(d.reason()).isEqualTo(BrandUseReason.ALLOWED);
    assertThat(d.authorisation()).contains(renewed);
  }

  @Test
  void mayUse_whenNoneValid_reportsTheAuthorisationThatCameClosest() {
    BrandUseAuthorisation next = memberAuthorisation().toBuilder()
        .referenceNumber("EXAMPLE-31/QĐ-HHGS")
        .issuedOn(LocalDate.of(2025, 5, 20))
        .validFrom(LocalDate.of(2025, 7, 1))
        .validUntil(null)
        .build();
    BrandUseAuthorisation licence =
        auth(BAT_TRANG, MEMBER, UseBasis.LICENCE, "EX-HD").build();
    BrandRegistry r = registry(licence, next);
    BrandUseDecision d = r.mayUse(MEMBER, BAT_TRANG, LocalDate.of(2025, 6, 15));
    // expired (the first membership), basis not valid (the licence), not yet valid (the renewal)
    assertThat(d.reason()).isEqualTo(BrandUseReason.AUTHORISATION_NOT_YET_VALID);
    assertThat(d.authorisation()).contains(next);
  }

  @Test
  void mayUse_whenNoneValid_revokedOutranksWrongBasis() {
    BrandUseAuthorisation licence =
        auth(BAT_TRANG, EXPELLED, UseBasis.LICENCE, "EX-HD").build();
    BrandUseDecision d = registry(licence).mayUse(EXPELLED, BAT_TRANG, LocalDate.of(2025, 1, 1));
    assertThat(d.reason()).isEqualTo(BrandUseReason.AUTHORISATION_REVOKED);
  }

  @Test
  void of_whenBrandIdRepeats_isRejected() {
    assertThatThrownBy(() -> BrandRegistry.of(List.of(batTrang(), batTrang()), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("brands[1].id must not repeat a brand id: gom-bat-trang");
  }

  @Test
  void of_whenAuthorisationNamesAnUnknownBrand_isRejected() {
    assertThatThrownBy(() -> BrandRegistry.of(List.of(), List.of(memberAuthorisation())))
        .hasMessage("authorisations[0].brand must name a brand of the registry: gom-bat-trang");
  }

  @Test
  void lookups_areIndexedByBrandAndByProducer() {
    BrandRegistry r = registry();
    assertThat(r.brand(BAT_TRANG)).contains(batTrang());
    assertThat(r.brand(BrandId.of("khong-co"))).isEmpty();
    assertThat(r.authorisationsFor(BAT_TRANG))
        .containsExactly(memberAuthorisation(), BrandFixtures.revokedAuthorisation());
    assertThat(r.authorisationsOf(GI_HOLDER)).containsExactly(BrandFixtures.giPermit());
    assertThat(r.authorisationsOf(OUTSIDER)).isEmpty();
    assertThat(r.brands()).hasSize(5);
    assertThat(r.authorisations()).hasSize(3);
  }

  @Test
  void withBrandAndWithAuthorisation_returnNewRegistries() {
    BrandRegistry r = registry();
    BrandRegistry renewed = r.withBrand(batTrang().toBuilder()
        .protection(ProtectionPeriod.of(LocalDate.of(2012, 9, 20), LocalDate.of(2041, 3, 15)))
        .build());
    assertThat(renewed.brands()).hasSize(5);
    assertThat(renewed.mayUse(ASSOCIATION, BAT_TRANG, LocalDate.of(2035, 1, 1)).allowed())
        .isTrue();
    assertThat(r.mayUse(ASSOCIATION, BAT_TRANG, LocalDate.of(2035, 1, 1)).allowed())
        .isFalse();
    BrandRegistry more =
        r.withAuthorisation(auth(BAT_TRANG, OUTSIDER, UseBasis.MEMBERSHIP, "X").build());
    assertThat(more.mayUse(OUTSIDER, BAT_TRANG, JULY_2024).allowed()).isTrue();
    assertThat(r.mayUse(OUTSIDER, BAT_TRANG, JULY_2024).allowed()).isFalse();
  }

  @Test
  void mayUse_fromManyThreads_answersAsFromOne() {
    BrandRegistry r = registry();
    List<LocalDate> days = IntStream.range(0, 4000)
        .mapToObj(i -> LocalDate.of(2019, 1, 1).plusDays(i))
        .toList();
    List<BrandUseDecision> sequential =
        days.stream().map(day -> r.mayUse(EXPELLED, BAT_TRANG, day)).toList();
    List<BrandUseDecision> parallel =
        days.parallelStream().map(day -> r.mayUse(EXPELLED, BAT_TRANG, day)).toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void json_registryMatchesGolden() {
    BrandRegistry r = BrandRegistry.of(
        List.of(batTrang(), BrandFixtures.bauTrucGi()),
        List.of(
            memberAuthorisation(), BrandFixtures.giPermit(), BrandFixtures.revokedAuthorisation()));
    GoldenJson.assertMatchesGolden(r, BrandRegistry.class, "brand/registry.json");
  }

  @Test
  void of_copiesItsInputs_andExposesNothingMutable() {
    List<VillageBrand> brands = new ArrayList<>(List.of(batTrang()));
    List<BrandUseAuthorisation> held = new ArrayList<>(List.of(memberAuthorisation()));
    BrandRegistry r = BrandRegistry.of(brands, held);
    brands.clear();
    held.clear();
    assertThat(r.brands()).hasSize(1);
    assertThat(r.mayUse(MEMBER, BAT_TRANG, JULY_2024).allowed()).isTrue();
    assertThatThrownBy(() -> r.brands().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.authorisations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.authorisationsFor(BAT_TRANG).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.authorisationsOf(MEMBER).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equals_comparesBrandsAndAuthorisationsInOrder() {
    BrandRegistry r = registry();
    BrandRegistry same = BrandRegistry.of(r.brands(), r.authorisations());
    assertThat(same).isEqualTo(r).hasSameHashCodeAs(r).isNotSameAs(r);
    List<BrandUseAuthorisation> reversed = new ArrayList<>(r.authorisations());
    java.util.Collections.reverse(reversed);
    assertThat(BrandRegistry.of(r.brands(), reversed)).isNotEqualTo(r);
    assertThat(r.withAuthorisation(
            auth(BAT_TRANG, OUTSIDER, UseBasis.MEMBERSHIP, "X").build()))
        .isNotEqualTo(r);
    assertThat(r).hasToString("BrandRegistry[5 brands, 3 authorisations]");
  }

  @Test
  void json_whenAuthorisationNamesAnUnknownBrand_failsWithTheSdkMessage() {
    String json = GoldenJson.golden("brand/registry.json")
        .replace("\"brand\" : \"gom-bau-truc\"", "\"brand\" : \"gom-chu-dau\"");
    assertThatThrownBy(() -> read(json))
        .hasMessageContaining(
            "authorisations[1].brand must name a brand of the registry:" + " gom-chu-dau");
  }

  private static BrandRegistry read(String json) {
    try {
      return GoldenJson.MAPPER.readValue(json, BrandRegistry.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Random authorisations held by one member, a random day and maybe a craft. */
  static Stream<Arguments> randomCases() {
    Random random = new Random(20241129L);
    LocalDate start = LocalDate.of(2019, 1, 1);
    CraftCategory[] crafts = {CraftCategory.CERAMICS, CraftCategory.LACQUER, null};
    return IntStream.range(0, 300).mapToObj(i -> {
      List<BrandUseAuthorisation> held = new ArrayList<>();
      int n = random.nextInt(4);
      for (int k = 0; k < n; k++) {
        LocalDate issued = start.plusDays(random.nextInt(2000));
        LocalDate from = issued.plusDays(random.nextInt(30));
        BrandUseAuthorisation.Builder b = auth(
                BAT_TRANG, MEMBER, UseBasis.values()[random.nextInt(4)], "EX-" + i + "-" + k)
            .issuedOn(issued)
            .validFrom(from)
            .validUntil(random.nextBoolean() ? from.plusDays(random.nextInt(900)) : null);
        if (random.nextInt(4) == 0) {
          b.revocation(
              new AuthorisationRevocation(issued.plusDays(random.nextInt(800)), "Vi phạm"));
        }
        if (random.nextInt(4) == 0) {
          LocalDate s = issued.plusDays(random.nextInt(800));
          b.suspension(Suspension.of(s, s.plusDays(random.nextInt(60)), null));
        }
        if (random.nextBoolean()) {
          b.crafts(CraftCategory.CERAMICS);
        }
        held.add(b.build());
      }
      LocalDate day = start.plusDays(random.nextInt(2600));
      return Arguments.of(held, day, crafts[random.nextInt(crafts.length)]);
    });
  }

  @ParameterizedTest
  @MethodSource("randomCases")
  void mayUse_allowsExactlyWhenSomeAuthorisationIsValid(
      List<BrandUseAuthorisation> held, LocalDate day, CraftCategory craft) {
    VillageBrand brand = batTrang().toBuilder().crafts().build();
    BrandRegistry r = BrandRegistry.of(List.of(brand), held);
    BrandUseDecision d =
        craft == null ? r.mayUse(MEMBER, BAT_TRANG, day) : r.mayUse(MEMBER, BAT_TRANG, day, craft);
    Optional<BrandUseAuthorisation> firstValid = held.stream()
        .filter(a -> a.basis() == UseBasis.MEMBERSHIP
            && a.isValidOn(day)
            && (craft == null || a.covers(craft)))
        .findFirst();
    assertThat(d.allowed()).isEqualTo(firstValid.isPresent());
    if (firstValid.isPresent()) {
      assertThat(d.authorisation()).isEqualTo(firstValid);
    } else if (held.isEmpty()) {
      assertThat(d.reason()).isEqualTo(BrandUseReason.NO_AUTHORISATION);
    } else {
      assertThat(held).contains(d.authorisation().orElseThrow());
      // The decisive authorisation fails for the reason reported when asked alone.
      BrandRegistry alone =
          BrandRegistry.of(List.of(brand), List.of(d.authorisation().get()));
      BrandUseDecision single = craft == null
          ? alone.mayUse(MEMBER, BAT_TRANG, day)
          : alone.mayUse(MEMBER, BAT_TRANG, day, craft);
      assertThat(single.reason()).isEqualTo(d.reason());
    }
  }
}
