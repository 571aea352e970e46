package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShopeeTokenGrantTest {
  static final Instant SENT = Instant.parse("2026-11-23T08:00:00Z");
  // The shape of Shopee's token/get answer: tokens at top level, expire_in a duration in seconds.
  static final String ANSWER = "{\"refresh_token\":\"4c7259534969484e71734d695a6e6d55\","
      + "\"access_token\":\"43796865736750724541686e6a776875\",\"expire_in\":14400,"
      + "\"request_id\":\"89a4a161f675ddc8cd68d59071fb4b20\",\"error\":\"\",\"message\":\"\"}";

  @Test
  void from_readsTokensAndCountsExpiryFromWhenTheCallWasSent() {
    ShopeeTokenGrant grant = ShopeeTokenGrant.from(envelope(ANSWER), 14701711, SENT);

    assertThat(grant.accessToken()).isEqualTo("43796865736750724541686e6a776875");
    assertThat(grant.refreshToken()).isEqualTo("4c7259534969484e71734d695a6e6d55");
    assertThat(grant.expiresAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
    assertThat(grant.refreshExpiresAt()).isEqualTo(Instant.parse("2026-12-23T08:00:00Z"));
    assertThat(grant.shopId()).isEqualTo(14701711);
  }

  @Test
  void from_whenExpireInIsShorter_usesIt() {
    ShopeeTokenGrant grant =
        ShopeeTokenGrant.from(envelope(ANSWER.replace("14400", "13987")), 1, SENT);

    assertThat(grant.expiresAt()).isEqualTo(SENT.plusSeconds(13987));
  }

  @Test
  void from_whenExpireInMissingOrNotSeconds_failsNamingIt() {
    assertThatThrownBy(() ->
            ShopeeTokenGrant.from(envelope(ANSWER.replace("\"expire_in\":14400,", "")), 1, SENT))
        .isInstanceOf(ShopeeFormatException.class)
        .hasMessage(
            "expire_in must be a whole number of seconds: absent (request_id 89a4a161f675ddc8cd68d59071fb4b20)");
    assertThatThrownBy(
            () -> ShopeeTokenGrant.from(envelope(ANSWER.replace("14400", "\"14400\"")), 1, SENT))
        .isInstanceOf(ShopeeFormatException.class)
        .hasMessageStartingWith("expire_in must be a whole number of seconds: \"14400\"");
    assertThatThrownBy(
            () -> ShopeeTokenGrant.from(envelope(ANSWER.replace("14400", "1764000000")), 1, SENT))
        .isInstanceOf(ShopeeFormatException.class)
        .hasMessageStartingWith("expire_in must be 1..2592000 seconds: 1764000000");
  }

  @Test
  void from_whenATokenIsMissing_failsWithoutShowingTheOther() {
    assertThatThrownBy(() -> ShopeeTokenGrant.from(
            envelope(ANSWER.replace("\"refresh_token\":\"4c7259534969484e71734d695a6e6d55\",", "")),
            1,
            SENT))
        .isInstanceOf(ShopeeFormatException.class)
        .hasMessage(
            "refresh_token must be a non-empty string (request_id 89a4a161f675ddc8cd68d59071fb4b20)")
        .message()
        .doesNotContain("43796865736750724541686e6a776875");
  }

  @Test
  void toString_hidesBothTokens() {
    ShopeeTokenGrant grant = ShopeeTokenGrant.from(envelope(ANSWER), 7, SENT);

    assertThat(grant.toString())
        .isEqualTo("ShopeeTokenGrant[shopId=7, accessToken=***, refreshToken=***,"
            + " expiresAt=2026-11-23T12:00:00Z, refreshExpiresAt=2026-12-23T08:00:00Z]");
  }

  @Test
  void requestBodies_carryTheFieldsShopeeNames() {
    assertThat(new String(
            ShopeeTokenGrant.codeRequestBody(" c0de ", 2001887, 14701711), StandardCharsets.UTF_8))
        .isEqualTo("{\"code\":\"c0de\",\"partner_id\":2001887,\"shop_id\":14701711}");
    assertThat(new String(
            ShopeeTokenGrant.refreshRequestBody("r3fresh", 2001887, 14701711),
            StandardCharsets.UTF_8))
        .isEqualTo("{\"refresh_token\":\"r3fresh\",\"partner_id\":2001887,\"shop_id\":14701711}");
  }

  @Test
  void requestBodies_whenSecretBlank_failWithoutShowingIt() {
    assertThatThrownBy(() -> ShopeeTokenGrant.codeRequestBody(" ", 1, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("code must not be blank");
    assertThatThrownBy(() -> ShopeeTokenGrant.refreshRequestBody("", 1, 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("refreshToken must not be blank");
    assertThatThrownBy(() -> ShopeeTokenGrant.refreshRequestBody("r", 1, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shopId must be positive: 0");
  }

  static Stream<byte[]> fuzzInputs() {
    return ShopeeFuzz.mutations(11L, 2_000, ANSWER).stream();
  }

  @ParameterizedTest
  @MethodSource("fuzzInputs")
  void from_onMutatedAnswers_givesAGrantOrAFormatError(byte[] body) {
    ShopeeEnvelope envelope = ShopeeEnvelope.parse(200, body);
    try {
      ShopeeTokenGrant grant = ShopeeTokenGrant.from(envelope, 1, SENT);
      assertThat(grant.expiresAt()).isAfter(SENT);
    } catch (ShopeeFormatException expected) {
      assertThat(expected.getMessage()).isNotEmpty();
    }
  }

  private static ShopeeEnvelope envelope(String body) {
    return ShopeeEnvelope.parse(200, body.getBytes(StandardCharsets.UTF_8));
  }
}
