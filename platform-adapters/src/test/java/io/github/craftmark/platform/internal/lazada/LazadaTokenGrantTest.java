package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LazadaTokenGrantTest {
  private static final Instant ISSUED = Instant.parse("2026-03-01T02:00:00Z");

  // "Sample of the token" from Lazada's Seller authorization introduction (the comma missing
  // after "account" on that page restored); the tokens there are the page's own placeholders.
  private static final String DOCUMENTED_SAMPLE = "{"
      + "\"access_token\": \"50000601c30atpedfgu3LVvik87Ixlsvle3mSoB7701ceb156fPunYZ43GBg\","
      + "\"refresh_token\": \"500016000300bwa2WteaQyfwBMnPxurcA0mXGhQdTt18356663CfcDTYpWoi\","
      + "\"country\": \"cb\","
      + "\"refresh_expires_in\": 259200,"
      + "\"account_platform\": \"seller_center\","
      + "\"expires_in\": 259200,"
      + "\"account\": \"xxx@126.com\","
      + "\"country_user_info\": ["
      + "{\"country\":\"sg\", \"seller_id\": \"1001\", \"user_id\": 10101},"
      + "{\"country\":\"my\", \"seller_id\": \"2001\", \"user_id\": 20101}]}";

  private static JsonNode json(String text) {
    return LazadaJson.read(text.getBytes(StandardCharsets.UTF_8)).orElseThrow();
  }

  @Test
  void parse_documentedSample_readsDurationsInSeconds() {
    LazadaTokenGrant grant =
        LazadaTokenGrant.parse("/auth/token/create", json(DOCUMENTED_SAMPLE), ISSUED);

    assertThat(grant.accessToken())
        .isEqualTo("50000601c30atpedfgu3LVvik87Ixlsvle3mSoB7701ceb156fPunYZ43GBg");
    assertThat(grant.refreshToken())
        .isEqualTo("500016000300bwa2WteaQyfwBMnPxurcA0mXGhQdTt18356663CfcDTYpWoi");
    assertThat(grant.expiresAt()).isEqualTo(Instant.parse("2026-03-04T02:00:00Z"));
    assertThat(grant.refreshExpiresAt()).isEqualTo(Instant.parse("2026-03-04T02:00:00Z"));
    assertThat(grant.country()).contains("cb");
    assertThat(grant.account()).contains("xxx@126.com");
    assertThat(grant.sellerId("my")).contains("2001");
    assertThat(grant.sellerId("vn")).isEmpty();
    assertThat(grant.isRefreshable(ISSUED)).isTrue();
  }

  @Test
  void parse_onlineAppDurations_are30And180Days() {
    LazadaTokenGrant grant = LazadaTokenGrant.parse(
        "/auth/token/create",
        json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":2592000,"
            + "\"refresh_expires_in\":15552000,\"code\":\"0\"}"),
        ISSUED);

    assertThat(grant.expiresAt()).isEqualTo(ISSUED.plusSeconds(30L * 86400));
    assertThat(grant.refreshExpiresAt()).isEqualTo(ISSUED.plusSeconds(180L * 86400));
  }

  @Test
  void parse_durationsAsDigitStrings_areAccepted() {
    LazadaTokenGrant grant = LazadaTokenGrant.parse(
        "/auth/token/refresh",
        json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":\"604800\","
            + "\"refresh_expires_in\":\"1209600\"}"),
        ISSUED);

    assertThat(grant.expiresAt()).isEqualTo(ISSUED.plusSeconds(604800));
    assertThat(grant.refreshExpiresAt()).isEqualTo(ISSUED.plusSeconds(1209600));
  }

  @Test
  void parse_refreshExpiresInZero_cannotBeRefreshed() {
    LazadaTokenGrant grant = LazadaTokenGrant.parse(
        "/auth/token/create",
        json("{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":3600,"
            + "\"refresh_expires_in\":0}"),
        ISSUED);

    assertThat(grant.refreshExpiresAt()).isEqualTo(ISSUED);
    assertThat(grant.isRefreshable(ISSUED)).isFalse();
  }

  @Test
  void parse_withoutAccessToken_failsNamingTheCall() {
    assertThatThrownBy(() -> LazadaTokenGrant.parse(
            "/auth/token/create", json("{\"expires_in\":3600,\"refresh_expires_in\":0}"), ISSUED))
        .isInstanceOf(LazadaFormatException.class)
        .hasMessage("Lazada /auth/token/create reply has no access_token");
  }

  @Test
  void parse_badDurations_failWithoutShowingTokens() {
    assertThatThrownBy(() -> LazadaTokenGrant.parse(
            "/auth/token/create",
            json("{\"access_token\":\"secret-a\",\"expires_in\":-5,\"refresh_expires_in\":0}"),
            ISSUED))
        .hasMessage(
            "Lazada /auth/token/create reply has expires_in outside 0..316224000 seconds: -5")
        .hasMessageNotContaining("secret-a");
    assertThatThrownBy(() -> LazadaTokenGrant.parse(
            "/auth/token/create",
            json("{\"access_token\":\"secret-a\",\"expires_in\":1.5,\"refresh_expires_in\":0}"),
            ISSUED))
        .hasMessage("Lazada /auth/token/create reply has no whole number of seconds in expires_in:"
            + " NUMBER");
    assertThatThrownBy(() -> LazadaTokenGrant.parse(
            "/auth/token/create",
            json("{\"access_token\":\"secret-a\",\"expires_in\":3600}"),
            ISSUED))
        .hasMessage("Lazada /auth/token/create reply has no whole number of seconds in"
            + " refresh_expires_in: MISSING");
  }

  @Test
  void toString_hidesBothTokens() {
    LazadaTokenGrant grant =
        LazadaTokenGrant.parse("/auth/token/create", json(DOCUMENTED_SAMPLE), ISSUED);

    assertThat(grant.toString())
        .doesNotContain("50000601c30atpedfgu3LVvik87Ixlsvle3mSoB7701ceb156fPunYZ43GBg")
        .doesNotContain("500016000300bwa2WteaQyfwBMnPxurcA0mXGhQdTt18356663CfcDTYpWoi")
        .isEqualTo(
            "LazadaTokenGrant[accessToken=***, refreshToken=***,"
                + " expiresAt=2026-03-04T02:00:00Z, refreshExpiresAt=2026-03-04T02:00:00Z, country=cb]");
  }

  @ParameterizedTest
  @MethodSource("io.github.craftmark.platform.internal.lazada.Mutations#seeds")
  void parse_mutatedReplies_parseOrFailWithAFormatException(long seed) {
    Random random = new Random(seed);
    byte[] sample = DOCUMENTED_SAMPLE.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 200; i++) {
      byte[] input = Mutations.mutate(sample, random);
      LazadaJson.read(input).filter(JsonNode::isObject).ifPresent(root -> {
        try {
          LazadaTokenGrant grant = LazadaTokenGrant.parse("/auth/token/create", root, ISSUED);
          assertThat(grant.expiresAt()).isAfterOrEqualTo(ISSUED);
        } catch (LazadaFormatException expected) {
          assertThat(expected.getMessage()).startsWith("Lazada /auth/token/create reply ");
        }
      });
    }
  }
}
