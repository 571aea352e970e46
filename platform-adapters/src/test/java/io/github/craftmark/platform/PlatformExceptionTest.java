package io.github.craftmark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.CraftMarkException;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlatformExceptionTest {
  @Test
  void message_namesPlatformCodeStatusRequestIdAndWhatItSaid() {
    PlatformException e = PlatformException.builder(Marketplace.LAZADA, "IllegalAccessToken")
        .message("The specified access token is invalid or expired")
        .httpStatus(200)
        .requestId("0ba2887315178178017221014")
        .build();

    assertThat(e)
        .isInstanceOf(CraftMarkException.class)
        .hasMessage("Lazada error IllegalAccessToken (HTTP 200, request id"
            + " 0ba2887315178178017221014): The specified access token is invalid or expired");
    assertThat(e.marketplace()).isEqualTo(Marketplace.LAZADA);
    assertThat(e.errorCode()).isEqualTo("IllegalAccessToken");
    assertThat(e.requestId()).contains("0ba2887315178178017221014");
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.retryAfter()).isEmpty();
  }

  @Test
  void message_leavesOutWhatIsUnknown() {
    IOException cause = new IOException("connection refused");
    PlatformException e = PlatformException.builder(
            Marketplace.SHOPEE, PlatformException.TRANSPORT_ERROR)
        .retryable(true)
        .retryAfter(Duration.ofSeconds(3))
        .requestId(" ")
        .cause(cause)
        .build();

    assertThat(e).hasMessage("Shopee error TRANSPORT_ERROR").hasCause(cause);
    assertThat(e.requestId()).isEmpty();
    assertThat(e.platformMessage()).isEmpty();
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
  }

  @Test
  void builder_rejectsABlankCodeAndABadStatus() {
    assertThatThrownBy(() -> PlatformException.builder(Marketplace.SHOPEE, ""))
        .hasMessage("errorCode must not be blank: \"\"");
    assertThatThrownBy(() -> PlatformException.builder(Marketplace.SHOPEE, "x").httpStatus(700))
        .hasMessage("httpStatus must be 100..599: 700");
  }
}
