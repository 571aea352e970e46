package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.ocop.StarRating;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagClaimsTest {

  @Test
  void builder_buildsTheDefaultTagsClaims() {
    TagClaims claims = ProvenanceFixtures.vase();
    assertThat(claims.serial()).isEqualTo(ProvenanceFixtures.SERIAL);
    assertThat(claims.product()).isEqualTo(ProductReference.of(Sku.of("BT-VASE-0042")));
    assertThat(claims.batch()).isEqualTo("240");
    assertThat(claims.dateMade()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(claims.brandCode()).isEqualTo(7);
    assertThat(claims.ocopStars()).isEmpty();
    assertThat(claims.ocopCertificate()).isEmpty();
    assertThat(claims.claimCommitment()).isEmpty();
    assertThat(claims.category()).isEmpty();
  }

  @Test
  void toBuilder_keepsEveryClaim() {
    TagClaims claims = ProvenanceFixtures.everyClaim();
    assertThat(claims.toBuilder().build()).isEqualTo(claims);
    assertThat(claims.toBuilder().brandCode(8).build().brandCode()).isEqualTo(8);
    assertThat(claims.ocopStars()).contains(StarRating.FOUR);
    assertThat(claims.category()).contains(CraftCategory.CERAMICS);
  }

  @Test
  void build_whenARequiredClaimIsMissing_namesIt() {
    assertThatThrownBy(() -> TagClaims.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("serial must not be null: null");
    assertThatThrownBy(() -> ProvenanceFixtures.vase().toBuilder().product(null).build())
        .hasMessage("product must not be null: null");
    assertThatThrownBy(() -> ProvenanceFixtures.vase().toBuilder().batch(null).build())
        .hasMessage("batch must not be null: null");
    assertThatThrownBy(
            () -> ProvenanceFixtures.vase().toBuilder().dateMade(null).build())
        .hasMessage("dateMade must not be null: null");
    assertThatThrownBy(() -> TagClaims.builder()
            .serial(ProvenanceFixtures.SERIAL)
            .sku(Sku.of("A"))
            .batch("1")
            .dateMade(LocalDate.of(2025, 1, 1))
            .build())
        .hasMessage("brandCode must not be null: null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "l-17", "L_17", "L 17", "Lô-1", "123456789012345678901"})
  void batch_whenNotUpperCaseAlnumAndHyphenOf1To20_isRejected(String batch) {
    assertThatThrownBy(() -> ProvenanceFixtures.vase().toBuilder().batch(batch).build())
        .hasMessage(
            "batch must be 1..20 upper-case ASCII letters, digits and '-': \"" + batch + "\"");
  }

  @Test
  void dateMade_mustBeIn2000To2199() {
    TagClaims.Builder b = ProvenanceFixtures.vase().toBuilder();
    assertThat(b.dateMade(LocalDate.of(2000, 1, 1)).build().dateMade()).hasYear(2000);
    assertThat(b.dateMade(LocalDate.of(2199, 12, 31)).build().dateMade()).hasYear(2199);
    assertThatThrownBy(() -> b.dateMade(LocalDate.of(1999, 12, 31)).build())
        .hasMessage("dateMade must be 2000-01-01..2199-12-31: 1999-12-31");
    assertThatThrownBy(() -> b.dateMade(LocalDate.of(2200, 1, 1)).build())
        .hasMessage("dateMade must be 2000-01-01..2199-12-31: 2200-01-01");
  }

  @Test
  void brandCode_mustBe0To65535() {
    TagClaims.Builder b = ProvenanceFixtures.vase().toBuilder();
    assertThat(b.brandCode(0).build().brandCode()).isZero();
    assertThat(b.brandCode(65_535).build().brandCode()).isEqualTo(65_535);
    assertThatThrownBy(() -> b.brandCode(65_536).build())
        .hasMessage("brandCode must be 0..65535: 65536");
    assertThatThrownBy(() -> b.brandCode(-1).build()).hasMessage("brandCode must be 0..65535: -1");
  }

  @Test
  void ocopCertificate_isNormalisedToNfcAndStripped_blankMeansNone() {
    TagClaims.Builder b = ProvenanceFixtures.vase().toBuilder();
    String decomposed =
        java.text.Normalizer.normalize(" 12/QĐ-UBND ", java.text.Normalizer.Form.NFD);
    assertThat(b.ocopCertificate(decomposed).build().ocopCertificate()).contains("12/QĐ-UBND");
    assertThat(b.ocopCertificate("  ").build().ocopCertificate()).isEmpty();
    assertThat(b.ocopCertificate("Đ".repeat(32)).build().ocopCertificate()).isPresent();
    assertThatThrownBy(() -> b.ocopCertificate("Đ".repeat(33)).build())
        .hasMessage("ocopCertificate must be at most 32 characters: \"" + "Đ".repeat(33) + "\"");
    assertThatThrownBy(() -> b.ocopCertificate("12\n34").build())
        .hasMessage("ocopCertificate must not contain control characters: \"12\\u000a34\"");
  }

  @Test
  void constructor_treatsNullOptionalsAsEmpty() {
    TagClaims claims = new TagClaims(
        ProvenanceFixtures.SERIAL,
        ProductReference.of(Sku.of("A")),
        "1",
        LocalDate.of(2025, 1, 1),
        1,
        null,
        null,
        null,
        null);
    assertThat(claims.ocopStars()).isEmpty();
    assertThat(claims.ocopCertificate()).isEqualTo(Optional.empty());
    assertThat(claims.claimCommitment()).isEmpty();
    assertThat(claims.category()).isEmpty();
  }

  @Test
  void withSerial_replacesOnlyTheSerial() {
    TagSerial other = TagSerial.of(new byte[12]);
    TagClaims claims = ProvenanceFixtures.vase().withSerial(other);
    assertThat(claims)
        .isEqualTo(ProvenanceFixtures.vase().toBuilder().serial(other).build());
    assertThatThrownBy(() -> ProvenanceFixtures.everyClaim().withSerial(other))
        .hasMessageStartingWith(
            "claimCommitment must be absent to change the serial: a commitment is bound to one"
                + " serial: ");
  }
}
