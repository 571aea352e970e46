package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookEventTest {
  @Test
  void constructor_treatsNullOptionalsAsEmpty() {
    WebhookEvent event = new WebhookEvent(
        Marketplace.SHOPEE, WebhookEvent.Kind.ORDER_STATUS, " 3 ", null, null, null, null, "{}");

    assertThat(event.type()).isEqualTo("3");
    assertThat(event.shopId()).isEmpty();
    assertThat(event.occurredAt()).isEmpty();
  }

  @Test
  void constructor_needsTheJson() {
    assertThatThrownBy(() -> new WebhookEvent(
            Marketplace.SHOPEE,
            WebhookEvent.Kind.OTHER,
            "3",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            null))
        .hasMessage("json must not be null: null");
  }
}
