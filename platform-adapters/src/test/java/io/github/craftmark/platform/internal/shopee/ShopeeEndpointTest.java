package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShopeeEndpointTest {
  @Test
  void creationsAndTokenCalls_areNeverRepeated() {
    assertThat(ShopeeEndpoint.ADD_ITEM.safeToRetry()).isFalse();
    assertThat(ShopeeEndpoint.INIT_TIER_VARIATION.safeToRetry()).isFalse();
    assertThat(ShopeeEndpoint.TOKEN_GET.safeToRetry()).isFalse();
    assertThat(ShopeeEndpoint.ACCESS_TOKEN_GET.safeToRetry()).isFalse();
  }

  @Test
  void readsAndAbsoluteUpdates_mayBeRepeated() {
    assertThat(ShopeeEndpoint.UPDATE_PRICE.safeToRetry()).isTrue();
    assertThat(ShopeeEndpoint.UPDATE_STOCK.safeToRetry()).isTrue();
    assertThat(ShopeeEndpoint.GET_ORDER_LIST.safeToRetry()).isTrue();
  }

  @Test
  void kindsAndMethods_followShopeesApiReference() {
    assertThat(ShopeeEndpoint.UPLOAD_IMAGE.kind()).isEqualTo(ShopeeEndpoint.Kind.PUBLIC);
    assertThat(ShopeeEndpoint.ACCESS_TOKEN_GET.kind()).isEqualTo(ShopeeEndpoint.Kind.PUBLIC);
    assertThat(ShopeeEndpoint.UPDATE_STOCK.kind()).isEqualTo(ShopeeEndpoint.Kind.SHOP);
    assertThat(ShopeeEndpoint.GET_ITEM_LIST.method()).isEqualTo(ShopeeEndpoint.Method.GET);
    assertThat(ShopeeEndpoint.ADD_ITEM.method()).isEqualTo(ShopeeEndpoint.Method.POST);
  }

  @Test
  void forPath_findsByExactPath() {
    assertThat(ShopeeEndpoint.forPath("/api/v2/product/update_stock"))
        .contains(ShopeeEndpoint.UPDATE_STOCK);
    assertThat(ShopeeEndpoint.forPath("/api/v2/product/update_stock/")).isEmpty();
  }
}
