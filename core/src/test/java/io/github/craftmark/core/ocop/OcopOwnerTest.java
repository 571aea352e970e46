package io.github.craftmark.core.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.json.GoldenJson;
import org.junit.jupiter.api.Test;

class OcopOwnerTest {

  @Test
  void of_normalisesTheName_andRequiresTheKind() {
    assertThat(OcopOwner.of(" Hô\u0323 kinh doanh Lụa Minh Hằng ", OcopOwnerKind.HOUSEHOLD_BUSINESS)
            .name())
        .isEqualTo("Hộ kinh doanh Lụa Minh Hằng");
    assertThatThrownBy(() -> OcopOwner.of("Hợp tác xã Gốm", null))
        .hasMessage("owner.kind must not be null: null");
    assertThatThrownBy(() -> OcopOwner.of(" ", OcopOwnerKind.ENTERPRISE))
        .hasMessage("owner.name must not be blank: \" \"");
  }

  @Test
  void json_writesNameKindAndProducer() {
    GoldenJson.assertMatchesGolden(
        OcopOwner.of(
            "Công ty TNHH Gốm sứ Quang Vinh",
            OcopOwnerKind.ENTERPRISE,
            ProducerId.of("gom-quang-vinh")),
        OcopOwner.class,
        "ocop/owner.json");
  }
}
