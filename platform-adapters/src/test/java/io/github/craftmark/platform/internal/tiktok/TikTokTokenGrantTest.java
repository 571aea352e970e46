package io.github.craftmark.platform.internal.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TikTokTokenGrantTest {
  /** The shape of a token response's data in TikTok Shop's docs; tokens are EXAMPLE values. */
  static final String DATA = "{\"access_token\":\"GCP_EXAMPLEaccess\","
      + "\"access_token_expire_in\":1722342011,\"refresh_token\":\"GCP_EXAMPLErefresh\","
      + "\"refresh_token_expire_in\":4841467787,\"open_id\":\"EXAMPLEopenId\","
      + "\"seller_name\":\"Gốm Bát Tràng EXAMPLE\",\"seller_base_region\":\"VN\",\"user_type\":0,"
      + "\"granted_scopes\":[\"seller.product.basic\",\"seller.order.info\"]}";

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void from_readsExpiriesAsAbsoluteUnixTimes() throws IOException {
    TikTokTokenGrant grant = TikTokTokenGrant.from(json(DATA));

    assertThat(grant.accessToken()).isEqualTo("GCP_EXAMPLEaccess");
    assertThat(grant.accessTokenExpiresAt()).isEqualTo(Instant.parse("2024-07-30T12:20:11Z"));
    assertThat(grant.refreshToken()).isEqualTo("GCP_EXAMPLErefresh");
    assertThat(grant.refreshTokenExpiresAt()).isEqualTo(Instant.ofEpochSecond(4841467787L));
    assertThat(grant.openId()).isEqualTo("EXAMPLEopenId");
    assertThat(grant.sellerName()).isEqualTo("Gốm Bát Tràng EXAMPLE");
    assertThat(grant.sellerBaseRegion()).isEqualTo("VN");
    assertThat(grant.grantedScopes()).containsExactly("seller.product.basic", "seller.order.info");
  }

  @Test
  void toString_hidesBothTokens() throws IOException {
    String text = TikTokTokenGrant.from(json(DATA)).toString();

    assertThat(text)
        .doesNotContain("GCP_EXAMPLEaccess")
        .doesNotContain("GCP_EXAMPLErefresh")
        .contains("accessTokenExpiresAt=2024-07-30T12:20:11Z");
  }

  @Test
  void from_whenExpiryLooksLikeADuration_failsInsteadOfExpiringIn1970() throws IOException {
    JsonNode data = json(DATA.replace("1722342011", "604800"));

    assertThatThrownBy(() -> TikTokTokenGrant.from(data))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage("token response access_token_expire_in must be an absolute Unix time in "
            + "seconds (after 2001), not a duration: 604800");
  }

  @Test
  void from_whenAccessTokenMissing_failsWithoutShowingTheRefreshToken() throws IOException {
    JsonNode data = json(DATA.replace("\"access_token\":\"GCP_EXAMPLEaccess\",", ""));

    assertThatThrownBy(() -> TikTokTokenGrant.from(data))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage("token response must have a non-empty access_token");
  }

  @Test
  void from_whenExpiryIsText_fails() throws IOException {
    JsonNode data = json(DATA.replace("4841467787", "\"4841467787\""));

    assertThatThrownBy(() -> TikTokTokenGrant.from(data))
        .isInstanceOf(TikTokResponseException.class)
        .hasMessage(
            "token response refresh_token_expire_in must be a Unix time in seconds: \"4841467787\"");
  }

  @ParameterizedTest
  @MethodSource("io.github.craftmark.platform.internal.tiktok.Fuzz#seeds")
  void from_mutatedData_failsOnlyWithTheDocumentedException(long seed) {
    Random random = new Random(seed);
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < 300; i++) {
      JsonNode data;
      try {
        data = mapper.readTree(Fuzz.mutate(random, DATA));
      } catch (IOException notJson) {
        continue;
      }
      try {
        TikTokTokenGrant grant = TikTokTokenGrant.from(data);
        assertThat(grant.accessToken()).isNotBlank();
        assertThat(grant.toString()).doesNotContain(grant.accessToken());
      } catch (TikTokResponseException expected) {
        assertThat(expected.getMessage()).doesNotContain("GCP_EXAMPLE");
      }
    }
  }
}
