package io.github.craftmark.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportResponseTest {
  @Test
  void header_ignoresCase() {
    TransportResponse response = new TransportResponse(
        429, Map.of("Retry-After", List.of("7")), "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(response.header("retry-after")).contains("7");
    assertThat(response.header("x-request-id")).isEmpty();
    assertThat(response.isSuccessStatus()).isFalse();
  }

  @Test
  void bodyText_decodesUtf8AndBodyIsCopied() {
    TransportResponse response = TransportResponse.of(200, "{\"message\":\"Thành công\"}");

    response.body()[0] = 'x';

    assertThat(response.bodyText()).isEqualTo("{\"message\":\"Thành công\"}");
    assertThat(response.isSuccessStatus()).isTrue();
    assertThat(response).isEqualTo(TransportResponse.of(200, "{\"message\":\"Thành công\"}"));
  }

  @Test
  void toString_showsStatusAndSizeOnly() {
    assertThat(TransportResponse.of(200, "{\"access_token\":\"SECRET\"}"))
        .hasToString("TransportResponse[200, 25 bytes]");
  }

  @Test
  void statusCode_mustBeAnHttpStatus() {
    assertThatThrownBy(() -> TransportResponse.of(99, ""))
        .hasMessage("statusCode must be 100..599: 99");
  }
}
