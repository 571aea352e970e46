package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LazadaResponseTest {
  @Test
  void toString_showsStatusCodeAndRequestIdButNeverTheBody() {
    LazadaResponse tokens = LazadaResponse.parse(
        200,
        utf8("{\"code\":\"0\",\"access_token\":\"EXAMPLE-access\","
            + "\"refresh_token\":\"EXAMPLE-refresh\",\"request_id\":\"0ba2EXAMPLE\"}"));
    LazadaResponse unreadable = LazadaResponse.parse(502, utf8("<html>"));

    assertThat(tokens).hasToString("LazadaResponse[HTTP 200, code 0, request_id 0ba2EXAMPLE]");
    assertThat(unreadable).hasToString("LazadaResponse[HTTP 502, code none, request_id none]");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parse_success_isDecidedByCodeZero() {
    LazadaResponse response = LazadaResponse.parse(
        200,
        utf8(
            "{\"code\":\"0\",\"data\":{\"item_id\":1},\"request_id\":\"0ba2887315178178017221014\"}"));

    assertThat(response.isSuccess()).isTrue();
    assertThat(response.requestId()).contains("0ba2887315178178017221014");
    assertThat(response.data().path("item_id").asInt()).isEqualTo(1);
    assertThat(response.isRetryable()).isFalse();
  }

  @Test
  void parse_numericZeroCode_isSuccessToo() {
    assertThat(LazadaResponse.parse(200, utf8("{\"code\":0,\"data\":{}}")).isSuccess())
        .isTrue();
  }

  @Test
  void parse_errorWithHttp200_isAFailureWithLazadasFields() {
    // Shape of the error reply in Lazada's "Reconfigure Existing APP" page.
    LazadaResponse response = LazadaResponse.parse(
        200,
        utf8("{\"request_id\":\"cwxtly2mw54o\",\"code\":\"15\",\"type\":\"ISP\","
            + "\"message\":\"Remote service error\"}"));

    assertThat(response.isSuccess()).isFalse();
    assertThat(response.errorCode()).isEqualTo("15");
    assertThat(response.type()).contains("ISP");
    assertThat(response.errorMessage()).isEqualTo("Remote service error");
    assertThat(response.requestId()).contains("cwxtly2mw54o");
    assertThat(response.isRateLimited()).isFalse();
    assertThat(response.isRetryable()).isFalse();
  }

  @Test
  void parse_apiCallLimitAnd901_areRateLimitsAndRetryable() {
    LazadaResponse callLimit = LazadaResponse.parse(
        200,
        utf8(
            "{\"type\":\"ISV\",\"code\":\"ApiCallLimit\",\"message\":\"The request has exceeded the"
                + " limit.\",\"request_id\":\"1\"}"));
    LazadaResponse qps = LazadaResponse.parse(
        200, utf8("{\"code\":\"901\",\"message\":\"E901: The request is too frequent\"}"));

    assertThat(callLimit.isRateLimited()).isTrue();
    assertThat(callLimit.isRetryable()).isTrue();
    assertThat(qps.isRateLimited()).isTrue();
  }

  @Test
  void parse_illegalAccessToken_isATokenRejection() {
    LazadaResponse response = LazadaResponse.parse(
        200,
        utf8("{\"code\":\"IllegalAccessToken\",\"type\":\"ISV\",\"message\":\"The specified access"
            + " token is invalid or expired\",\"request_id\":\"0b8ae2f415263703419498863\"}"));

    assertThat(response.isTokenRejected()).isTrue();
    assertThat(response.isRetryable()).isFalse();
  }

  @Test
  void parse_htmlGatewayError_isUnreadableButDescribed() {
    LazadaResponse response = LazadaResponse.parse(502, utf8("<html>Bad Gateway</html>"));

    assertThat(response.code()).isEmpty();
    assertThat(response.isSuccess()).isFalse();
    assertThat(response.isRetryable()).isTrue();
    assertThat(response.errorCode()).isEqualTo("HTTP_502");
    assertThat(response.errorMessage())
        .isEqualTo("Lazada returned HTTP 502 without a Lazada JSON body");
  }

  @Test
  void parse_http429WithoutBody_isRateLimited() {
    assertThat(LazadaResponse.parse(429, new byte[0]).isRateLimited()).isTrue();
  }

  @Test
  void parse_jsonArrayOrTrailingGarbage_isUnreadable() {
    assertThat(LazadaResponse.parse(200, utf8("[1,2]")).code()).isEmpty();
    assertThat(LazadaResponse.parse(200, utf8("{\"code\":\"0\"} x")).code()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("io.github.craftmark.platform.internal.lazada.Mutations#seeds")
  void parse_mutatedReplies_neverThrow(long seed) {
    Random random = new Random(seed);
    byte[] sample =
        utf8("{\"code\":\"0\",\"data\":{\"count\":\"10\",\"orders\":[{\"order_id\":\"1\"}]},"
            + "\"request_id\":\"0ba2887315178178017221014\"}");
    for (int i = 0; i < 200; i++) {
      byte[] input = Mutations.mutate(sample, random);
      LazadaResponse response = LazadaResponse.parse(200, input);
      assertThat(response.errorCode()).isNotBlank();
      assertThat(response.errorMessage()).isNotBlank();
    }
  }
}
