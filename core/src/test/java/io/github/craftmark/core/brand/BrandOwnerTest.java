package io.github.craftmark.core.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.json.GoldenJson;
import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandOwnerTest {

  @Test
  void state_ownsWithAManagingBodyAndNoProducer() {
    BrandOwner state = BrandOwner.state("Sở Khoa học và Công nghệ tỉnh Khánh Hòa");
    assertThat(state.kind()).isEqualTo(BrandOwnerKind.STATE);
    assertThat(state.name()).isEqualTo(BrandOwner.STATE_NAME);
    assertThat(state.producer()).isEmpty();
    assertThat(state.isProducer(ProducerId.of("x"))).isFalse();
  }

  @Test
  void constructor_whenStateHasAProducerOrNoManagingBody_isRejected() {
    assertThatThrownBy(() -> new BrandOwner(
            BrandOwnerKind.STATE, "Nhà nước", Optional.of(ProducerId.of("p1")), Optional.of("Sở")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("producer must be absent for the State: p1");
    assertThatThrownBy(() -> new BrandOwner(BrandOwnerKind.STATE, "Nhà nước", null, null))
        .hasMessage("managingBody must be given for the State: null");
    assertThatThrownBy(() -> BrandOwner.state("   "))
        .hasMessage("managingBody must not be blank: \"   \"");
  }

  @Test
  void constructor_whenOrganisationHasAManagingBody_isRejected() {
    assertThatThrownBy(() -> new BrandOwner(
            BrandOwnerKind.ASSOCIATION, "Hiệp hội", null, Optional.of("Sở Công Thương")))
        .hasMessage(
            "managingBody must be absent unless the owner is the State: \"Sở Công Thương\"");
  }

  @Test
  void name_isNormalisedToNfcAndStripped() {
    BrandOwner owner = BrandOwner.of(
        BrandOwnerKind.COOPERATIVE,
        "  " + Normalizer.normalize("Hợp tác xã Gốm sứ Bát Tràng", Normalizer.Form.NFD) + " ");
    assertThat(owner.name()).isEqualTo("Hợp tác xã Gốm sứ Bát Tràng");
  }

  @Test
  void json_stateOwnerMatchesGolden() {
    GoldenJson.assertMatchesGolden(
        BrandOwner.state("Sở Khoa học và Công nghệ tỉnh Khánh Hòa"),
        BrandOwner.class,
        "brand/state-owner.json");
  }
}
