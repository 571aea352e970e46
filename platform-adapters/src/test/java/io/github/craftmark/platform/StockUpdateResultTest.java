package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.core.id.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockUpdateResultTest {
  @Test
  void failures_listTheRefusedSkusInOrder() {
    StockUpdateResult.SkuOutcome ok = StockUpdateResult.SkuOutcome.success(Sku.of("A"));
    StockUpdateResult.SkuOutcome refused =
        StockUpdateResult.SkuOutcome.failure(Sku.of("B"), "SellerSkuNotFound", "no such SKU");

    StockUpdateResult result = new StockUpdateResult(List.of(ok, refused));

    assertThat(result.allSucceeded()).isFalse();
    assertThat(result.failures()).containsExactly(refused);
    assertThat(result.outcome(Sku.of("B"))).contains(refused);
    assertThat(result.outcome(Sku.of("C"))).isEmpty();
    assertThat(refused.errorCode()).contains("SellerSkuNotFound");
    assertThat(new StockUpdateResult(List.of(ok)).allSucceeded()).isTrue();
  }
}
