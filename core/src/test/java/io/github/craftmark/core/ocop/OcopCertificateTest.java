package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OcopCertificateTest {
  private static final LocalDate MAR_15_2024 = LocalDate.of(2024, 3, 15);

  private static OcopCertificate.Builder issuedOn(LocalDate date) {
    return OcopFixtures.batTrangVase().toBuilder()
        .decision("EXAMPLE-1/QĐ-UBND", date)
        .issuedOn(null)
        .validUntil(null);
  }

  @Test
  void validUntil_defaultsTo36MonthsAfterIssue_andIsTheLastValidDay() {
    OcopCertificate c = OcopFixtures.batTrangVase();
    assertThat(c.issuedOn()).isEqualTo(MAR_15_2024);
    assertThat(c.validUntil()).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(c.statusOn(LocalDate.of(2027, 3, 15))).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(c.statusOn(LocalDate.of(2027, 3, 16))).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(c.isValidOn(LocalDate.of(2027, 3, 15))).isTrue();
    assertThat(c.isValidOn(LocalDate.of(2027, 3, 16))).isFalse();
  }

  @Test
  void validUntil_whenIssuedOnLeapDay_endsOnTheLastDayOfFebruary() {
    OcopCertificate c = issuedOn(LocalDate.of(2024, 2, 29)).build();
    assertThat(c.validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(c.statusOn(LocalDate.of(2027, 2, 28))).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(c.statusOn(LocalDate.of(2027, 3, 1))).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(c.check()).isEmpty();
  }

  @Test
  void validUntil_whenIssuedOn31st_clampsToTheMonthsLastDay() {
    assertThat(issuedOn(LocalDate.of(2023, 8, 31)).build().validUntil())
        .isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(issuedOn(LocalDate.of(2023, 5, 31)).build().validUntil())
        .isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(issuedOn(LocalDate.of(2024, 1, 31)).build().validUntil())
        .isEqualTo(LocalDate.of(2027, 1, 31));
  }

  @Test
  void statusOn_atEachBoundary() {
    OcopCertificate c = OcopFixtures.batTrangVase();
    assertThat(c.statusOn(MAR_15_2024.minusDays(1))).isEqualTo(CertificateStatus.NOT_YET_VALID);
    assertThat(c.statusOn(MAR_15_2024)).isEqualTo(CertificateStatus.ACTIVE);
    OcopCertificate superseded =
        c.withSupersededBy(Supersession.of("EXAMPLE-88/2025/GCN-OCOP", LocalDate.of(2025, 9, 1)));
    assertThat(superseded.statusOn(LocalDate.of(2025, 8, 31))).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(superseded.statusOn(LocalDate.of(2025, 9, 1)))
        .isEqualTo(CertificateStatus.SUPERSEDED);
    assertThat(superseded.statusOn(LocalDate.of(2030, 1, 1)))
        .isEqualTo(CertificateStatus.SUPERSEDED);
    OcopCertificate revoked = c.withRevocation(CertificateRevocation.of(
        LocalDate.of(2025, 1, 10), "EXAMPLE-55/QĐ-UBND", "Không đáp ứng tiêu chí bắt buộc"));
    assertThat(revoked.statusOn(LocalDate.of(2025, 1, 9))).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(revoked.statusOn(LocalDate.of(2025, 1, 10))).isEqualTo(CertificateStatus.REVOKED);
  }

  @Test
  void statusOn_whenRevokedAfterExpiry_isRevokedFromTheRevocationDate() {
    OcopCertificate c = OcopFixtures.dinhYenMatRevoked();
    assertThat(c.validUntil()).isEqualTo(LocalDate.of(2024, 6, 10));
    assertThat(c.statusOn(LocalDate.of(2024, 6, 11))).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(c.statusOn(LocalDate.of(2024, 12, 19))).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(c.statusOn(LocalDate.of(2024, 12, 20))).isEqualTo(CertificateStatus.REVOKED);
  }

  @Test
  void statusOn_whenSupersededThenRevoked_revocationWinsFromItsDate() {
    OcopCertificate c = OcopFixtures.batTrangVase().toBuilder()
        .supersededBy(Supersession.of("EXAMPLE-88/2025/GCN-OCOP", LocalDate.of(2025, 1, 1)))
        .revocation(CertificateRevocation.of(
            LocalDate.of(2025, 6, 1), "EXAMPLE-90/QĐ-UBND", "Vi phạm quy định"))
        .build();
    assertThat(c.statusOn(LocalDate.of(2025, 3, 1))).isEqualTo(CertificateStatus.SUPERSEDED);
    assertThat(c.statusOn(LocalDate.of(2025, 6, 1))).isEqualTo(CertificateStatus.REVOKED);
  }

  @Test
  void build_whenValidUntilNotAfterIssue_isRejected() {
    assertThatThrownBy(() -> issuedOn(MAR_15_2024).validUntil(MAR_15_2024).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("validUntil must be after issuedOn 2024-03-15: 2024-03-15");
    assertThat(issuedOn(MAR_15_2024).validUntil(MAR_15_2024.plusDays(1)).build().validUntil())
        .isEqualTo(MAR_15_2024.plusDays(1));
  }

  @Test
  void build_whenIssuedTooCloseToTheEndOfTime_isRejectedAsAValue() {
    assertThatThrownBy(() -> issuedOn(MAR_15_2024).issuedOn(LocalDate.MAX).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("issuedOn must leave room for 36 months of validity: +999999999-12-31");
    assertThatThrownBy(() -> issuedOn(MAR_15_2024)
            .issuedOn(LocalDate.MAX.minusDays(1))
            .validUntil(LocalDate.MAX)
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("issuedOn must leave room for 36 months of validity");
    LocalDate last = LocalDate.MAX.minusMonths(36);
    assertThat(issuedOn(MAR_15_2024).issuedOn(last).build().validUntil()).isEqualTo(LocalDate.MAX);
  }

  @Test
  void json_whenDecisionDateAtTheEndOfTime_failsWithTheSdkMessage() {
    String json = GoldenJson.golden("ocop/certificate-bat-trang-4-star.json")
        .replace("\"decisionDate\" : \"2024-03-15\"", "\"decisionDate\" : \"+999999999-12-31\"")
        .replace(",\n  \"issuedOn\" : \"2024-03-15\"", "")
        .replace(",\n  \"validUntil\" : \"2027-03-15\"", "");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, OcopCertificate.class))
        .hasMessageContaining("issuedOn must leave room for 36 months of validity");
  }

  @Test
  void build_whenRevokedBeforeIssue_isRejected() {
    assertThatThrownBy(() -> OcopFixtures.batTrangVase()
            .withRevocation(CertificateRevocation.of(
                MAR_15_2024.minusDays(1), "EXAMPLE-1/QĐ-UBND", "Nhầm lẫn")))
        .hasMessage("revocation.date must not be before issuedOn 2024-03-15: 2024-03-14");
    assertThat(OcopFixtures.batTrangVase()
            .withRevocation(CertificateRevocation.of(MAR_15_2024, "EXAMPLE-1/QĐ-UBND", "Nhầm lẫn"))
            .statusOn(MAR_15_2024))
        .isEqualTo(CertificateStatus.REVOKED);
  }

  @Test
  void build_whenSupersededBeforeIssue_isRejected() {
    assertThatThrownBy(() -> OcopFixtures.batTrangVase()
            .withSupersededBy(Supersession.of("2/GCN", MAR_15_2024.minusDays(1))))
        .hasMessage("supersededBy.date must not be before issuedOn 2024-03-15: 2024-03-14");
  }

  @Test
  void build_whenIssuedBeforeDecision_isRejected() {
    assertThatThrownBy(() -> OcopFixtures.batTrangVase().toBuilder()
            .issuedOn(MAR_15_2024.minusDays(1))
            .build())
        .hasMessage("issuedOn must not be before decisionDate 2024-03-15: 2024-03-14");
  }

  @Test
  void build_whenCriteriaVersionNotYetInForce_isRejected() {
    assertThatThrownBy(() -> issuedOn(LocalDate.of(2023, 2, 23)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "decisionDate must be on or after 2023-02-24 for DECISION_148_2023: 2023-02-23");
    assertThat(issuedOn(LocalDate.of(2023, 2, 24)).build().criteriaVersion())
        .isEqualTo(CriteriaVersion.DECISION_148_2023);
    assertThatThrownBy(() -> issuedOn(LocalDate.of(2025, 7, 5))
            .criteriaVersion(CriteriaVersion.DECISION_1489_2025)
            .build())
        .hasMessage(
            "decisionDate must be on or after 2025-07-06 for DECISION_1489_2025: 2025-07-05");
  }

  @Test
  void build_whenProductGroupNotOfTheVersion_isRejected() {
    assertThatThrownBy(() -> OcopFixtures.batTrangVase().toBuilder()
            .productGroup(ProductGroup.TEXTILES_GARMENTS)
            .build())
        .hasMessage("productGroup must be a group of DECISION_148_2023: TEXTILES_GARMENTS");
    assertThatThrownBy(() -> OcopFixtures.vanPhucScarf().toBuilder()
            .productGroup(ProductGroup.HANDICRAFTS)
            .build())
        .hasMessage("productGroup must be a group of DECISION_1048_2019: HANDICRAFTS");
  }

  @Test
  void build_whenFieldMissing_namesIt() {
    assertThatThrownBy(() -> OcopFixtures.batTrangVase().toBuilder().owner(null).build())
        .hasMessage("owner must not be null: null");
    assertThatThrownBy(() -> OcopCertificate.builder().build())
        .hasMessage("certificateNumber must not be null: null");
    assertThatThrownBy(() -> OcopFixtures.batTrangVase().toBuilder().stars(7))
        .hasMessage("stars must be 3..5: 7");
  }

  @Test
  void build_normalisesTextToNfc() {
    OcopCertificate c = OcopFixtures.batTrangVase().toBuilder()
        .productName("  Bi\u0300nh hu\u0301t lô\u0323c  ")
        .build();
    assertThat(c.productName()).isEqualTo("Bình hút lộc");
  }

  @Test
  void toBuilder_roundTrips() {
    OcopCertificate c = OcopFixtures.dinhYenMatRevoked();
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void check_whenDistrictIssues3StarsAfterReform_isFlagged() {
    OcopCertificate district = OcopFixtures.batTrangVase().toBuilder()
        .decision("EXAMPLE-12/QĐ-UBND", LocalDate.of(2025, 7, 15))
        .issuedOn(null)
        .validUntil(null)
        .issuer("UBND huyện Gia Lâm", IssuerLevel.DISTRICT)
        .stars(3)
        .score(OcopScore.of(CriteriaVersion.DECISION_148_2023, 25, 15, 20))
        .build();
    assertThat(district.check())
        .extracting(CertificateFinding::code)
        .containsExactly(CertificateFinding.Code.ISSUER_NOT_AUTHORISED);
    assertThat(district.check().get(0).message())
        .startsWith("DISTRICT may not issue 3★ on 2025-07-15");

    OcopCertificate in2024 = district.toBuilder()
        .decision("EXAMPLE-12/QĐ-UBND", LocalDate.of(2024, 7, 15))
        .issuedOn(null)
        .validUntil(null)
        .build();
    assertThat(in2024.check()).isEmpty();
  }

  @Test
  void check_whenStarsDifferFromScore_isFlagged() {
    OcopCertificate c = OcopFixtures.batTrangVase().toBuilder()
        .score(OcopScore.of(CriteriaVersion.DECISION_148_2023, 36, 23, 32))
        .build();
    assertThat(c.check())
        .containsExactly(new CertificateFinding(
            CertificateFinding.Code.STARS_DO_NOT_MATCH_SCORE,
            "stars 4★ differ from the 5★ that a total of 91 earns"));
  }

  @Test
  void check_withOtherStarBands_usesThem() {
    OcopCriteria stricter = CriteriaVersion.DECISION_148_2023
        .criteria()
        .withStarBands(List.of(
            StarBand.of(1, 0, 29),
            StarBand.of(2, 30, 49),
            StarBand.of(3, 50, 79),
            StarBand.of(4, 80, 89),
            StarBand.of(5, 90, 100)));
    OcopCertificate c = OcopFixtures.batTrangVase();
    assertThat(c.check(OcopRules.defaults(), stricter))
        .extracting(CertificateFinding::code)
        .containsExactly(CertificateFinding.Code.STARS_DO_NOT_MATCH_SCORE);
  }

  @Test
  void check_whenValidityLongerThan36Months_isFlagged() {
    OcopCertificate c = OcopFixtures.batTrangVase().toBuilder()
        .validUntil(LocalDate.of(2027, 3, 16))
        .build();
    assertThat(c.check())
        .containsExactly(new CertificateFinding(
            CertificateFinding.Code.VALIDITY_TOO_LONG,
            "validUntil 2027-03-16 is later than 36 months after 2024-03-15 (2027-03-15)"));
  }

  @Test
  void check_whenScoreUnderOlderCriteria_isFlagged() {
    OcopCertificate c = OcopFixtures.batTrangVase().toBuilder()
        .score(OcopScore.of(CriteriaVersion.DECISION_1048_2019, 28, 20, 30))
        .build();
    assertThat(c.check())
        .extracting(CertificateFinding::code)
        .containsExactly(CertificateFinding.Code.SCORE_VERSION_DIFFERS);
    OcopCertificate amended = OcopFixtures.batTrangVase().toBuilder()
        .decision("EXAMPLE-2001/QĐ-UBND", LocalDate.of(2025, 9, 1))
        .issuedOn(null)
        .validUntil(null)
        .criteriaVersion(CriteriaVersion.DECISION_1489_2025)
        .build();
    assertThat(amended.check()).isEmpty();
  }

  @Test
  void check_when1048UsedAfterReplacement_isFlagged() {
    OcopCertificate c = OcopFixtures.dinhYenMatRevoked().toBuilder()
        .decision("EXAMPLE-80/QĐ-UBND", LocalDate.of(2023, 3, 1))
        .revocation(null)
        .issuedOn(null)
        .validUntil(null)
        .build();
    assertThat(c.check())
        .extracting(CertificateFinding::code)
        .containsExactly(
            CertificateFinding.Code.ISSUER_NOT_AUTHORISED,
            CertificateFinding.Code.CRITERIA_VERSION_REPLACED);
  }

  @Test
  void check_legacyDistrictCertificateUnder1048_isFlaggedByTheDefaultTable() {
    assertThat(OcopFixtures.vanPhucScarf().check())
        .extracting(CertificateFinding::code)
        .containsExactly(CertificateFinding.Code.ISSUER_NOT_AUTHORISED);
    OcopRules delegated = OcopRules.of(List.of(IssuingRule.of(
        LocalDate.of(2019, 8, 21),
        LocalDate.of(2023, 2, 23),
        IssuerLevel.DISTRICT,
        List.of(StarRating.THREE),
        "Provincial delegation to districts")));
    assertThat(OcopFixtures.vanPhucScarf().check(delegated)).isEmpty();
  }

  static Stream<LocalDate> randomIssueDates() {
    Random random = new Random(20240315L);
    LocalDate start = LocalDate.of(2023, 2, 24);
    return IntStream.range(0, 200).mapToObj(i -> start.plusDays(random.nextInt(3000)));
  }

  @ParameterizedTest
  @MethodSource("randomIssueDates")
  void statusOn_isActiveExactlyFromIssueThroughValidUntil(LocalDate issued) {
    OcopCertificate c = issuedOn(issued).build();
    assertThat(c.validUntil()).isEqualTo(issued.plusMonths(36));
    assertThat(c.statusOn(issued.minusDays(1))).isEqualTo(CertificateStatus.NOT_YET_VALID);
    assertThat(c.statusOn(issued)).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(c.statusOn(c.validUntil())).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(c.statusOn(c.validUntil().plusDays(1))).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(c.check())
        .extracting(CertificateFinding::code)
        .doesNotContain(CertificateFinding.Code.VALIDITY_TOO_LONG);
  }

  @Test
  void json_batTrangCeramics4StarsUnder148() {
    GoldenJson.assertMatchesGolden(
        OcopFixtures.batTrangVase(),
        OcopCertificate.class,
        "ocop/certificate-bat-trang-4-star.json");
  }

  @Test
  void json_legacy1048TextilesFromDistrict() {
    GoldenJson.assertMatchesGolden(
        OcopFixtures.vanPhucScarf(),
        OcopCertificate.class,
        "ocop/certificate-van-phuc-1048-district.json");
  }

  @Test
  void json_revoked() {
    GoldenJson.assertMatchesGolden(
        OcopFixtures.dinhYenMatRevoked(), OcopCertificate.class, "ocop/certificate-revoked.json");
  }

  @Test
  void json_whenInvalid_failsWithTheSdkMessage() {
    String json = GoldenJson.golden("ocop/certificate-bat-trang-4-star.json")
        .replace("\"stars\" : 4", "\"stars\" : 7");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, OcopCertificate.class))
        .hasMessageContaining("stars must be 3..5: 7");
    String early = GoldenJson.golden("ocop/certificate-bat-trang-4-star.json")
        .replace("\"decisionDate\" : \"2024-03-15\"", "\"decisionDate\" : \"2022-03-15\"");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(early, OcopCertificate.class))
        .hasMessageContaining("decisionDate must be on or after 2023-02-24");
  }

  @Test
  void json_withOnlyTheRequiredFields_readsWithDefaultsAndEmptyOptionals() throws Exception {
    String json = """
        {"certificateNumber":"EXAMPLE-27/GCN-OCOP-HĐ","decisionNumber":"EXAMPLE-2150/QĐ-UBND",
         "decisionDate":"2024-02-29","issuerName":"UBND quận Hà Đông","issuerLevel":"DISTRICT",
         "criteriaVersion":"DECISION_148_2023","stars":3,"productGroup":"HANDICRAFTS",
         "productName":"Khăn lụa tơ tằm Vạn Phúc",
         "owner":{"name":"Hộ kinh doanh Lụa Minh Hằng","kind":"HOUSEHOLD_BUSINESS"}}
        """;
    OcopCertificate c = GoldenJson.MAPPER.readValue(json, OcopCertificate.class);
    assertThat(c.productId()).isEmpty();
    assertThat(c.owner().producerId()).isEmpty();
    assertThat(c.score()).isEmpty();
    assertThat(c.revocation()).isEmpty();
    assertThat(c.supersededBy()).isEmpty();
    assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(c.validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(c.statusOn(LocalDate.of(2027, 2, 28))).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(c.statusOn(LocalDate.of(2027, 3, 1))).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(c.check()).isEmpty();
    assertThat(GoldenJson.MAPPER.readValue(GoldenJson.write(c), OcopCertificate.class))
        .isEqualTo(c);
  }

  @Test
  void json_withExplicitNullOptionals_readsThemAsAbsent() throws Exception {
    String json = GoldenJson.golden("ocop/certificate-bat-trang-4-star.json")
        .replace("\"productId\" : \"binh-hut-loc-men-ran\"", "\"productId\" : null")
        .replace(",\n  \"issuedOn\" : \"2024-03-15\"", ",\n  \"issuedOn\" : null")
        .replace("\n}", ",\n  \"revocation\" : null,\n  \"supersededBy\" : null\n}");
    OcopCertificate c = GoldenJson.MAPPER.readValue(json, OcopCertificate.class);
    assertThat(c)
        .isEqualTo(OcopFixtures.batTrangVase().toBuilder().productId(null).build());
  }

  @Test
  void json_withoutValidUntil_readsTheDefault() throws Exception {
    String json = GoldenJson.golden("ocop/certificate-bat-trang-4-star.json")
        .replace(",\n  \"validUntil\" : \"2027-03-15\"", "");
    assertThat(GoldenJson.MAPPER.readValue(json, OcopCertificate.class))
        .isEqualTo(OcopFixtures.batTrangVase());
  }
}
