package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingSkuTest {
  @Test
  void sellerSku_keepsTextACoreSkuWouldRefuse() {
    ListingSku sku = new ListingSku(Optional.of("Bình #1"), Optional.empty(), null, 0);

    assertThat(sku.sellerSku()).contains("Bình #1");
    assertThat(sku.price()).isEmpty();
  }

  @Test
  void stock_mustNotBeNegative() {
    assertThatThrownBy(
            () -> new ListingSku(Optional.empty(), Optional.empty(), Optional.empty(), -1))
        .hasMessage("stock must be 0..2147483647: -1");
  }
}
