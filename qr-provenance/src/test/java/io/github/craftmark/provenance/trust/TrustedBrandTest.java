package io.github.craftmark.provenance.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.BrandId;
import org.junit.jupiter.api.Test;

class TrustedBrandTest {
  @Test
  void constructor_normalisesNameToNfcAndStrips() {
    String decomposed = "  Go\u0302\u0301m su\u031b\u0301 Ba\u0301t Tra\u0300ng ";

    TrustedBrand brand = new TrustedBrand(1, BrandId.of("gom-bat-trang"), decomposed);

    assertThat(brand.name()).isEqualTo("Gốm sứ Bát Tràng");
  }

  @Test
  void constructor_acceptsCodeBounds() {
    assertThat(new TrustedBrand(0, BrandId.of("a"), "A").code()).isZero();
    assertThat(new TrustedBrand(65535, BrandId.of("a"), "A").code()).isEqualTo(65535);
  }

  @Test
  void constructor_whenCodeOutOfRange_fails() {
    assertThatThrownBy(() -> new TrustedBrand(65536, BrandId.of("a"), "A"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code must be 0..65535: 65536");
    assertThatThrownBy(() -> new TrustedBrand(-1, BrandId.of("a"), "A"))
        .hasMessage("code must be 0..65535: -1");
  }

  @Test
  void constructor_whenNameBlankOrLongOrBrandNull_fails() {
    assertThatThrownBy(() -> new TrustedBrand(1, BrandId.of("a"), " "))
        .hasMessage("name must not be blank: \" \"");
    assertThatThrownBy(() -> new TrustedBrand(1, BrandId.of("a"), "x".repeat(201)))
        .hasMessageStartingWith("name must be at most 200 characters: ");
    assertThatThrownBy(() -> new TrustedBrand(1, null, "A"))
        .hasMessage("brandId must not be null: null");
  }
}
