package io.github.craftmark.core.brand;

import static io.github.craftmark.core.brand.BrandFixtures.BAT_TRANG;
import static io.github.craftmark.core.brand.BrandFixtures.EXPELLED;
import static io.github.craftmark.core.brand.BrandFixtures.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.json.GoldenJson;
import io.github.craftmark.core.product.CraftCategory;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandUseDecisionTest {
  private static final LocalDate DAY = LocalDate.of(2024, 11, 1);

  private static BrandUseDecision decision(
      boolean allowed, BrandUseReason reason, BrandUseAuthorisation a) {
    return new BrandUseDecision(
        allowed, reason, BAT_TRANG, MEMBER, DAY, null, Optional.ofNullable(a), "en", "vi");
  }

  @Test
  void constructor_whenAllowedDisagreesWithReason_isRejected() {
    assertThatThrownBy(() -> decision(false, BrandUseReason.ALLOWED_AS_OWNER, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("allowed must be true for ALLOWED_AS_OWNER: false");
  }

  @Test
  void constructor_whenAllowedWithoutAuthorisation_isRejected() {
    assertThatThrownBy(() -> decision(true, BrandUseReason.ALLOWED, null))
        .hasMessage("authorisation must be given for ALLOWED: null");
  }

  @Test
  void constructor_whenAnAuthorisationReasonNamesNone_isRejected() {
    assertThatThrownBy(() -> decision(false, BrandUseReason.AUTHORISATION_REVOKED, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("authorisation must be given for AUTHORISATION_REVOKED: null");
    assertThat(decision(false, BrandUseReason.CATEGORY_NOT_COVERED, null).authorisation())
        .isEmpty();
  }

  @Test
  void constructor_whenBrandReasonCarriesAnAuthorisation_isRejected() {
    assertThatThrownBy(() ->
            decision(false, BrandUseReason.NO_AUTHORISATION, BrandFixtures.memberAuthorisation()))
        .hasMessage("authorisation must be absent for NO_AUTHORISATION: \"EXAMPLE-15/QĐ-HHGS\"");
  }

  @Test
  void constructor_whenAuthorisationIsSomeoneElses_isRejected() {
    assertThatThrownBy(() -> decision(
            false, BrandUseReason.AUTHORISATION_REVOKED, BrandFixtures.revokedAuthorisation()))
        .hasMessage("authorisation must be for brand gom-bat-trang and producer hh-bat-trang-001:"
            + " \"EXAMPLE-22/QĐ-HHGS\"");
  }

  @Test
  void json_allowedDecisionMatchesGolden() {
    BrandUseDecision d = BrandFixtures.registry()
        .mayUse(MEMBER, BAT_TRANG, LocalDate.of(2024, 7, 1), CraftCategory.CERAMICS);
    assertThat(d.allowed()).isTrue();
    GoldenJson.assertMatchesGolden(d, BrandUseDecision.class, "brand/decision-allowed.json");
  }

  @Test
  void json_revokedDecisionMatchesGolden() {
    BrandUseDecision d = BrandFixtures.registry().mayUse(EXPELLED, BAT_TRANG, DAY);
    assertThat(d.reason()).isEqualTo(BrandUseReason.AUTHORISATION_REVOKED);
    GoldenJson.assertMatchesGolden(d, BrandUseDecision.class, "brand/decision-revoked.json");
  }

  @Test
  void json_whenAllowedDisagreesWithReason_failsWithTheSdkMessage() {
    String json = GoldenJson.golden("brand/decision-revoked.json")
        .replace("\"allowed\" : false", "\"allowed\" : true");
    assertThatThrownBy(() -> GoldenJson.MAPPER.readValue(json, BrandUseDecision.class))
        .hasMessageContaining("allowed must be false for AUTHORISATION_REVOKED: true");
  }
}
