package io.github.craftmark.core.brand;

import static io.github.craftmark.core.brand.BrandFixtures.memberAuthorisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BrandUseAuthorisationTest {

  @Test
  void isValidOn_bothEndsIncluded() {
    BrandUseAuthorisation a = memberAuthorisation();
    assertThat(a.isValidOn(LocalDate.of(2020, 5, 31))).isFalse();
    assertThat(a.isValidOn(LocalDate.of(2020, 6, 1))).isTrue();
    assertThat(a.isValidOn(LocalDate.of(2025, 5, 31))).isTrue();
    assertThat(a.isValidOn(LocalDate.of(2025, 6, 1))).isFalse();
  }

  @Test
  void isValidOn_whenRevoked_isFalseFromTheRevocationDay() {
    BrandUseAuthorisation a = BrandFixtures.revokedAuthorisation();
    assertThat(a.isValidOn(LocalDate.of(2024, 10, 31))).isTrue();
    assertThat(a.isValidOn(LocalDate.of(2024, 11, 1))).isFalse();
    assertThat(a.dateReason(LocalDate.of(2024, 11, 1)))
        .contains(BrandUseReason.AUTHORISATION_REVOKED);
  }

  @Test
  void isValidOn_whenSuspended_isFalseOnTheSuspendedDaysOnly() {
    BrandUseAuthorisation a = memberAuthorisation().toBuilder()
        .suspension(Suspension.of(
            LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), "Đang xác minh khiếu nại"))
        .build();
    assertThat(a.isValidOn(LocalDate.of(2023, 2, 28))).isTrue();
    assertThat(a.isValidOn(LocalDate.of(2023, 3, 1))).isFalse();
    assertThat(a.isValidOn(LocalDate.of(2023, 3, 31))).isFalse();
    assertThat(a.isValidOn(LocalDate.of(2023, 4, 1))).isTrue();
  }

  @Test
  void build_defaultsValidFromToTheIssueDay() {
    assertThat(BrandFixtures.giPermit().validFrom()).isEqualTo(LocalDate.of(2023, 4, 10));
  }

  @Test
  void build_whenValidUntilBeforeValidFrom_isRejected() {
    assertThatThrownBy(() -> memberAuthorisation().toBuilder()
            .validUntil(LocalDate.of(2020, 5, 31))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("validUntil must not be before validFrom 2020-06-01: 2020-05-31");
  }

  @Test
  void build_whenRevokedBeforeIssued_isRejected() {
    assertThatThrownBy(
            () -> memberAuthorisation().withRevocation(LocalDate.of(2020, 5, 24), "Nhập nhầm"))
        .hasMessage("revocation.date must not be before issuedOn 2020-05-25: 2020-05-24");
  }

  @Test
  void build_whenFieldMissingOrBlank_failsNamingIt() {
    assertThatThrownBy(() -> memberAuthorisation().toBuilder().producer(null).build())
        .hasMessage("producer must not be null: null");
    assertThatThrownBy(
            () -> memberAuthorisation().toBuilder().referenceNumber("  ").build())
        .hasMessage("referenceNumber must not be blank: \"  \"");
    assertThatThrownBy(() -> memberAuthorisation().toBuilder()
            .crafts(CraftCategory.CERAMICS, CraftCategory.CERAMICS)
            .build())
        .hasMessage("crafts must not repeat a value: ceramics");
  }

  @Test
  void covers_listedCraftsOrEveryCraftWhenNoneListed() {
    assertThat(memberAuthorisation().covers(CraftCategory.CERAMICS)).isTrue();
    assertThat(memberAuthorisation().covers(CraftCategory.LACQUER)).isFalse();
    assertThat(BrandFixtures.giPermit().covers(CraftCategory.LACQUER)).isTrue();
  }

  @Test
  void toBuilder_rebuildsAnEqualAuthorisation() {
    assertThat(BrandFixtures.revokedAuthorisation().toBuilder().build())
        .isEqualTo(BrandFixtures.revokedAuthorisation());
  }

  @Test
  void json_memberAuthorisationMatchesGolden() {
    GoldenJson.assertMatchesGolden(
        memberAuthorisation(),
        BrandUseAuthorisation.class,
        "brand/bat-trang-member-authorisation.json");
  }

  @Test
  void json_giPermitMatchesGolden() {
    GoldenJson.assertMatchesGolden(
        BrandFixtures.giPermit(), BrandUseAuthorisation.class, "brand/bau-truc-gi-permit.json");
  }

  @Test
  void json_revokedAuthorisationMatchesGolden() {
    GoldenJson.assertMatchesGolden(
        BrandFixtures.revokedAuthorisation(),
        BrandUseAuthorisation.class,
        "brand/revoked-authorisation.json");
  }

  @Test
  void json_suspendedAuthorisationMatchesGolden() {
    BrandUseAuthorisation suspended = memberAuthorisation().toBuilder()
        .suspension(Suspension.of(
            LocalDate.of(2023, 3, 1),
            LocalDate.of(2023, 3, 31),
            "Tạm đình chỉ trong thời gian xác minh khiếu nại về chất lượng men"))
        .build();
    GoldenJson.assertMatchesGolden(
        suspended, BrandUseAuthorisation.class, "brand/suspended-authorisation.json");
  }

  @Test
  void json_whenValidUntilBeforeValidFrom_failsWithTheSdkMessage() {
    String json = GoldenJson.golden("brand/bat-trang-member-authorisation.json")
        .replace("\"validUntil\" : \"2025-05-31\"", "\"validUntil\" : \"2019-01-01\"");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, BrandUseAuthorisation.class))
        .hasMessageContaining("validUntil must not be before validFrom 2020-06-01: 2019-01-01");
  }
}
