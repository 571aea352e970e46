package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookVerificationTest {
  private static final WebhookEvent EVENT = new WebhookEvent(
      Marketplace.LAZADA,
      WebhookEvent.Kind.ORDER_STATUS,
      "0",
      Optional.of("1000165972"),
      Optional.empty(),
      Optional.of("410021"),
      Optional.empty(),
      "{}");

  @Test
  void verified_carriesTheEvent() {
    WebhookVerification verdict = WebhookVerification.verified(EVENT);

    assertThat(verdict.isVerified()).isTrue();
    assertThat(verdict.verifiedEvent()).contains(EVENT);
    assertThat(verdict).isEqualTo(new WebhookVerification.Verified(EVENT));
  }

  @Test
  void rejected_carriesTheReasonOnly() {
    WebhookVerification verdict = WebhookVerification.rejected("signature does not match");

    assertThat(verdict.isVerified()).isFalse();
    assertThat(verdict.verifiedEvent()).isEmpty();
    assertThat(((WebhookVerification.Rejected) verdict).reason())
        .isEqualTo("signature does not match");
    assertThatThrownBy(() -> WebhookVerification.rejected(" "))
        .hasMessage("reason must not be blank: \" \"");
  }
}
