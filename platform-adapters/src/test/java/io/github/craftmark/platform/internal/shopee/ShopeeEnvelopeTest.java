package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShopeeEnvelopeTest {
  @Test
  void toString_showsStatusRequestIdAndErrorButNeverTheBody() {
    ShopeeEnvelope tokens = parse(
        200,
        "{\"request_id\":\"r9\",\"error\":\"\",\"access_token\":\"EXAMPLE-access-4h\","
            + "\"refresh_token\":\"EXAMPLE-refresh-30d\",\"expire_in\":14400}");
    ShopeeEnvelope refused = parse(200, "{\"request_id\":\"r10\",\"error\":\"error_auth\"}");

    assertThat(tokens).hasToString("ShopeeEnvelope[HTTP 200, request_id r9, ok]");
    assertThat(refused).hasToString("ShopeeEnvelope[HTTP 200, request_id r10, error error_auth]");
  }

  @Test
  void parse_whenErrorIsEmpty_isSuccessWithTheResponseObject() {
    ShopeeEnvelope envelope = parse(
        200,
        "{\"request_id\":\"abc\",\"error\":\"\",\"message\":\"\","
            + "\"warning\":\"\",\"response\":{\"item_id\":42}}");

    assertThat(envelope.ok()).isTrue();
    assertThat(envelope.requestId()).isEqualTo("abc");
    assertThat(envelope.response().path("item_id").asLong()).isEqualTo(42);
    assertThat(envelope.warningText()).isEmpty();
    assertThat(envelope.retryable()).isFalse();
  }

  @Test
  void parse_whenErrorFieldIsAbsent_isSuccess() {
    assertThat(parse(200, "{\"request_id\":\"abc\",\"response\":{}}").ok()).isTrue();
  }

  @Test
  void parse_whenHttp200CarriesAnError_isFailure() {
    ShopeeEnvelope envelope = parse(
        200,
        "{\"request_id\":\"r1\",\"error\":\"error_param\","
            + "\"message\":\"item_name is required.\"}");

    assertThat(envelope.ok()).isFalse();
    assertThat(envelope.error()).isEqualTo("error_param");
    assertThat(envelope.message()).isEqualTo("item_name is required.");
    assertThat(envelope.retryable()).isFalse();
  }

  @Test
  void parse_whenWarningIsAList_keepsItAsText() {
    ShopeeEnvelope envelope =
        parse(200, "{\"error\":\"\",\"warning\":[\"a\",\"b\"],\"response\":{}}");

    assertThat(envelope.ok()).isTrue();
    assertThat(envelope.warningText()).contains("[\"a\",\"b\"]");
  }

  @Test
  void rateLimited_onHttp429OrShopeesRateLimitCodes() {
    assertThat(parse(429, "").rateLimited()).isTrue();
    assertThat(parse(429, "").error()).isEqualTo("http_429");
    assertThat(parse(200, "{\"error\":\"error_rate_limit\"}").rateLimited()).isTrue();
    assertThat(parse(403, "{\"error\":\"error_limit\"}").rateLimited()).isTrue();
    assertThat(parse(200, "{\"error\":\"error_rate_limit\"}").retryable()).isTrue();
    assertThat(parse(200, "{\"error\":\"error_param\"}").rateLimited()).isFalse();
  }

  @Test
  void accessTokenInvalid_recognisesTheMisspeltCode() {
    assertThat(parse(403, "{\"error\":\"invalid_acceess_token\"}").accessTokenInvalid())
        .isTrue();
    assertThat(parse(403, "{\"error\":\"invalid_access_token\"}").accessTokenInvalid())
        .isTrue();
    assertThat(parse(403, "{\"error\":\"error_sign\"}").accessTokenInvalid()).isFalse();
  }

  @Test
  void retryable_onServerErrors() {
    assertThat(parse(502, "<html>Bad gateway</html>").retryable()).isTrue();
    assertThat(parse(502, "<html>Bad gateway</html>").error()).isEqualTo("http_502");
    assertThat(parse(200, "{\"error\":\"error_server\"}").retryable()).isTrue();
  }

  @Test
  void parse_whenSuccessStatusHasNoJson_isInvalidResponse() {
    ShopeeEnvelope envelope = parse(200, "OK");

    assertThat(envelope.ok()).isFalse();
    assertThat(envelope.error()).isEqualTo("invalid_response");
    assertThat(envelope.message())
        .isEqualTo("expected a JSON object from Shopee, found 2 bytes that are not a JSON object");
  }

  @Test
  void parse_whenNon2xxHasEmptyError_isFailureNamedAfterTheStatus() {
    ShopeeEnvelope envelope = parse(500, "{\"error\":\"\",\"message\":\"\"}");

    assertThat(envelope.ok()).isFalse();
    assertThat(envelope.error()).isEqualTo("http_500");
  }

  static Stream<byte[]> fuzzInputs() {
    return ShopeeFuzz.mutations(
        5L,
        2_000,
        "{\"request_id\":\"abc\",\"error\":\"\",\"message\":\"\",\"response\":{\"item_id\":42}}",
        "{\"error\":\"error_rate_limit\",\"message\":\"slow down\",\"warning\":[1]}")
        .stream();
  }

  @ParameterizedTest
  @MethodSource("fuzzInputs")
  void parse_onRandomBytes_neverThrows(byte[] body) {
    ShopeeEnvelope envelope = ShopeeEnvelope.parse(200, body);

    assertThat(envelope.error()).isNotNull();
    assertThat(envelope.response()).isNotNull();
  }

  private static ShopeeEnvelope parse(int status, String body) {
    return ShopeeEnvelope.parse(status, body.getBytes(StandardCharsets.UTF_8));
  }
}
