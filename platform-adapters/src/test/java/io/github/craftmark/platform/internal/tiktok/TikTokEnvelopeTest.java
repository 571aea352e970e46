package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TikTokEnvelopeTest {
  @Test
  void toString_showsStatusCodeAndRequestIdButNeverTheData() {
    TikTokEnvelope tokens = TikTokEnvelope.parse(
        200,
        ("{\"code\":0,\"message\":\"success\",\"request_id\":\"2024EXAMPLE\","
                + "\"data\":{\"access_token\":\"EXAMPLE-access\","
                + "\"refresh_token\":\"EXAMPLE-refresh\"}}")
            .getBytes(StandardCharsets.UTF_8));

    assertThat(tokens).hasToString("TikTokEnvelope[HTTP 200, code 0, request_id 2024EXAMPLE]");
  }

  private static TikTokEnvelope parse(int status, String body) {
    return TikTokEnvelope.parse(status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static final String CREATED =
      "{\"code\":0,\"data\":{\"product_id\":\"1729592969712207008\"},"
          + "\"message\":\"Success\",\"request_id\":\"202203070749000101890810281E8C70B7\"}";

  @Test
  void parse_success_givesDataAndRequestId() {
    TikTokEnvelope envelope = parse(200, CREATED);

    assertThat(envelope.isSuccess()).isTrue();
    assertThat(envelope.isTransient()).isFalse();
    assertThat(envelope.requestId()).isEqualTo("202203070749000101890810281E8C70B7");
    assertThat(envelope.dataObject("create product").path("product_id").asText())
        .isEqualTo("1729592969712207008");
  }

  @Test
  void parse_businessErrorWithHttp200_isNotSuccessAndNotTransient() {
    TikTokEnvelope envelope = parse(
        200,
        "{\"code\":12052024,\"message\":\"Category is not final "
            + "category\",\"data\":null,\"request_id\":\"2024EXAMPLE\"}");

    assertThat(envelope.isSuccess()).isFalse();
    assertThat(envelope.isTransient()).isFalse();
    assertThat(envelope.isRateLimited()).isFalse();
    assertThat(envelope.describe())
        .isEqualTo("code 12052024: Category is not final category (request 2024EXAMPLE)");
  }

  @Test
  void parse_rateLimit_isTransient() {
    TikTokEnvelope envelope = parse(429, "{\"code\":36009002,\"message\":\"Too many requests.\"}");

    assertThat(envelope.isRateLimited()).isTrue();
    assertThat(envelope.isTransient()).isTrue();
  }

  @Test
  void parse_rateLimitCodeWithHttp200_isStillRateLimited() {
    assertThat(
            parse(200, "{\"code\":36009002,\"message\":\"Too many requests.\"}").isRateLimited())
        .isTrue();
  }

  @Test
  void parse_internalErrorCode_isTransient() {
    assertThat(parse(200, "{\"code\":36009003,\"message\":\"Internal error.\"}").isTransient())
        .isTrue();
  }

  @Test
  void parse_expiredToken_saysSo() {
    TikTokEnvelope envelope = parse(401, "{\"code\":105002,\"message\":\"Expired credentials.\"}");

    assertThat(envelope.isAccessTokenExpired()).isTrue();
    assertThat(envelope.isTransient()).isFalse();
  }

  @Test
  void parse_gatewayHtml_givesNoCodeAndTransient() {
    TikTokEnvelope envelope = parse(502, "<html>Bad</html>");

    assertThat(envelope.code()).isEqualTo(TikTokEnvelope.NO_CODE);
    assertThat(envelope.message()).isEqualTo("response body is not JSON (HTTP 502, 16 bytes)");
    assertThat(envelope.isTransient()).isTrue();
    assertThat(envelope.isSuccess()).isFalse();
  }

  @Test
  void parse_codeAsString_isNotSuccess() {
    TikTokEnvelope envelope = parse(200, "{\"code\":\"0\",\"data\":{}}");

    assertThat(envelope.isSuccess()).isFalse();
    assertThat(envelope.message()).isEqualTo("response has no numeric code");
  }

  @Test
  void parse_emptyBody_givesNoCode() {
    TikTokEnvelope envelope = TikTokEnvelope.parse(200, new byte[0]);

    assertThat(envelope.code()).isEqualTo(TikTokEnvelope.NO_CODE);
    assertThat(envelope.message()).isEqualTo("response body is not JSON (HTTP 200, 0 bytes)");
  }

  @Test
  void dataObject_whenDataIsNull_failsNamingTheCall() {
    assertThatThrownBy(() -> parse(200, "{\"code\":0,\"data\":null}").dataObject("search orders"))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage("search orders response data must be a JSON object: NULL");
  }

  @Test
  void describe_escapesControlCharactersAndShortens() {
    String message = "line1\nline2" + "x".repeat(300);
    TikTokEnvelope envelope = new TikTokEnvelope(200, 5, message, null, "");

    assertThat(envelope.describe())
        .startsWith("code 5: line1\\u000aline2xxx")
        .endsWith("…")
        .doesNotContain("\n");
  }

  @ParameterizedTest
  @MethodSource("io.github.craftmark.platform.internal.tiktok.Fuzz#seeds")
  void parse_randomAndMutatedBodies_neverThrow(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 300; i++) {
      byte[] body = Fuzz.mutate(random, CREATED);
      int status = 100 + random.nextInt(500);

      TikTokEnvelope envelope = TikTokEnvelope.parse(status, body);

      assertThat(envelope.httpStatus()).isEqualTo(status);
      assertThat(envelope.data()).isNotNull();
      assertThat(envelope.describe()).isNotNull();
    }
  }
}
