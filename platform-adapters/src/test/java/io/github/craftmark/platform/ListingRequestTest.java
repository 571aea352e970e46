package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.testing.Samples;
import org.junit.jupiter.api.Test;

class ListingRequestTest {
  @Test
  void toBuilder_keepsEveryValue() {
    ListingRequest request = Samples.vaseRequest(Marketplace.SHOPEE).toBuilder()
        .brandId("1146494")
        .addLogisticsChannel("50018")
        .englishProvenance(true)
        .extra("days_to_ship", "3")
        .build();

    assertThat(request.toBuilder().build()).isEqualTo(request);
    assertThat(request.marketplace()).isEqualTo(Marketplace.SHOPEE);
    assertThat(request.extras()).containsEntry("days_to_ship", "3");
    assertThat(request.logisticsChannelIds()).containsExactly("50018");
  }

  @Test
  void build_namesTheBadField() {
    assertThatThrownBy(() ->
            ListingRequest.builder(null, Samples.mapping(Marketplace.SHOPEE)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("product must not be null: null");
    assertThatThrownBy(
            () -> ListingRequest.builder(Samples.vase().build(), null).build())
        .hasMessage("categoryMapping must not be null: null");
    assertThatThrownBy(() -> ListingRequest.builder(
                Samples.vase().build(), Samples.mapping(Marketplace.SHOPEE))
            .addLogisticsChannel("a b")
            .build())
        .hasMessage("logisticsChannelIds[0] must not contain white space or control characters:"
            + " \"a b\"");
  }
}
