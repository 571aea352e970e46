package io.github.craftmark.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.address.Address;
import io.github.craftmark.core.address.Commune;
import io.github.craftmark.core.address.Provinces;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductLabelTest {

  @Test
  void empty_statesNothing() {
    assertThat(ProductLabel.EMPTY.origin()).isEmpty();
    assertThat(ProductLabel.EMPTY.responsiblePartyName()).isEmpty();
  }

  @Test
  void with_methodsAddFieldsAndKeepOthers() {
    Address address = Address.builder()
        .commune(Commune.parse("Xã Bát Tràng"))
        .province(Provinces.standard().get("Hà Nội"))
        .build();
    ProductLabel label = ProductLabel.ofOrigin("Sản xuất tại Việt Nam")
        .withCareInstructions("Giặt tay")
        .withUsageInstructions("Không dùng trong lò vi sóng")
        .withResponsibleParty("Công ty TNHH Gốm Minh Hải", address);
    assertThat(label.origin()).contains("Sản xuất tại Việt Nam");
    assertThat(label.careInstructions()).contains("Giặt tay");
    assertThat(label.usageInstructions()).contains("Không dùng trong lò vi sóng");
    assertThat(label.responsiblePartyAddress()).contains(address);
  }

  @Test
  void new_blankTextBecomesEmptyAndNullsAreEmpty() {
    ProductLabel label = new ProductLabel(Optional.of("  "), null, null, null, null);
    assertThat(label).isEqualTo(ProductLabel.EMPTY);
  }

  @Test
  void withOrigin_whenBlank_isRejected() {
    assertThatThrownBy(() -> ProductLabel.EMPTY.withOrigin(" "))
        .hasMessage("origin must not be blank: \" \"");
  }
}
