package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TikTokApiTest {
  @Test
  void updatePaths_namesTheProduct() {
    assertThat(TikTokApi.priceUpdatePath("1729592969712207008"))
        .isEqualTo("/product/202309/products/1729592969712207008/prices/update");
    assertThat(TikTokApi.inventoryUpdatePath("1729592969712207008"))
        .isEqualTo("/product/202309/products/1729592969712207008/inventory/update");
  }

  @Test
  void everyShopPath_isOfVersion202309() {
    assertThat(new String[] {
          TikTokApi.AUTHORIZED_SHOPS,
          TikTokApi.IMAGE_UPLOAD,
          TikTokApi.PRODUCTS,
          TikTokApi.PRODUCTS_SEARCH,
          TikTokApi.ORDERS_SEARCH,
          TikTokApi.ORDERS
        })
        .allSatisfy(path -> assertThat(path).contains("/" + TikTokApi.VERSION + "/"));
  }
}
