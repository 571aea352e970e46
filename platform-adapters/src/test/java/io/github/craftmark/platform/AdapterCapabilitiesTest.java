package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.core.money.Money;
import org.junit.jupiter.api.Test;

class AdapterCapabilitiesTest {
  @Test
  void builder_hasPermissiveDefaults() {
    AdapterCapabilities caps = AdapterCapabilities.builder().build();

    assertThat(caps.minImages()).isEqualTo(1);
    assertThat(caps.maxImages()).isEqualTo(50);
    assertThat(caps.imageMediaTypes()).containsExactlyInAnyOrder("image/jpeg", "image/png");
    assertThat(caps.titleMaxChars()).isEqualTo(255);
    assertThat(caps.maxSkusPerStockBatch()).isEqualTo(1);
    assertThat(caps.needsWeight()).isFalse();
    assertThat(caps.platformHostedImages()).isFalse();
  }

  @Test
  void toBuilder_keepsEveryLimit() {
    AdapterCapabilities caps = AdapterCapabilities.builder()
        .images(1, 9)
        .title(25, 255)
        .descriptionMaxChars(10_000)
        .price(Money.ofDong(1_000), Money.ofDong(200_000_000))
        .maxVariants(300)
        .maxSkusPerStockBatch(50)
        .needsWeight(true)
        .needsDimensions(true)
        .platformHostedImages(true)
        .build();

    assertThat(caps.toBuilder().build()).isEqualTo(caps);
  }

  @Test
  void acceptsPrice_includesBothEnds() {
    AdapterCapabilities caps = AdapterCapabilities.builder()
        .price(Money.ofDong(1_000), Money.ofDong(2_000))
        .build();

    assertThat(caps.acceptsPrice(Money.ofDong(1_000))).isTrue();
    assertThat(caps.acceptsPrice(Money.ofDong(2_000))).isTrue();
    assertThat(caps.acceptsPrice(Money.ofDong(999))).isFalse();
    assertThat(caps.acceptsPrice(Money.ofDong(2_001))).isFalse();
  }

  @Test
  void build_namesTheFirstBadLimit() {
    assertThatThrownBy(() -> AdapterCapabilities.builder().images(3, 2).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("minImages must be 0..2: 3");
    assertThatThrownBy(() -> AdapterCapabilities.builder().title(0, 10).build())
        .hasMessage("titleMinChars must be 1..10: 0");
    assertThatThrownBy(() -> AdapterCapabilities.builder()
            .price(Money.ofDong(5_000), Money.ofDong(1_000))
            .build())
        .hasMessage("maxPrice must be at least minPrice 5.000\u00a0₫: 1.000\u00a0₫");
    assertThatThrownBy(
            () -> AdapterCapabilities.builder().imageMediaTypes("text/html").build())
        .hasMessage("imageMediaTypes must be an image media type like image/jpeg: \"text/html\"");
    assertThatThrownBy(
            () -> AdapterCapabilities.builder().maxSkusPerPriceBatch(0).build())
        .hasMessage("maxSkusPerPriceBatch must be 1..100000: 0");
  }
}
