package io.github.craftmark.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessTokenTest {
  private static final Instant EXPIRES = Instant.parse("2025-03-01T06:00:00Z");
  private static final Instant REFRESH_EXPIRES = Instant.parse("2025-03-31T02:00:00Z");

  @Test
  void toString_showsExpiryButNeverTheTokens() {
    AccessToken token = AccessToken.of("SECRET-ACCESS", "SECRET-REFRESH", EXPIRES, REFRESH_EXPIRES);

    assertThat(token)
        .hasToString("AccessToken[expiresAt=2025-03-01T06:00:00Z,"
            + " refreshExpiresAt=2025-03-31T02:00:00Z]");
    assertThat(AccessToken.withoutRefresh("SECRET-ACCESS", EXPIRES))
        .hasToString("AccessToken[expiresAt=2025-03-01T06:00:00Z, no refresh]");
  }

  @Test
  void accessors_returnWhatWasGiven() {
    AccessToken token = AccessToken.of("acc", "ref", EXPIRES, REFRESH_EXPIRES);

    assertThat(token.accessToken()).isEqualTo("acc");
    assertThat(token.refreshToken()).contains("ref");
    assertThat(token.expiresAt()).isEqualTo(EXPIRES);
    assertThat(token.refreshExpiresAt()).contains(REFRESH_EXPIRES);
    assertThat(AccessToken.withoutRefresh("acc", EXPIRES).refreshToken()).isEmpty();
    assertThat(AccessToken.withoutRefresh("acc", EXPIRES).refreshExpiresAt()).isEmpty();
  }

  @Test
  void expiresWithin_countsTheMarginUpToAndIncludingExpiry() {
    AccessToken token = AccessToken.of("acc", "ref", EXPIRES, REFRESH_EXPIRES);
    Duration margin = Duration.ofMinutes(5);

    assertThat(token.expiresWithin(EXPIRES.minus(margin).minusMillis(1), margin))
        .isFalse();
    assertThat(token.expiresWithin(EXPIRES.minus(margin), margin)).isTrue();
    assertThat(token.expiresWithin(EXPIRES, Duration.ZERO)).isTrue();
    assertThat(token.expiresWithin(EXPIRES.minusNanos(1), Duration.ZERO)).isFalse();
  }

  @Test
  void canRefresh_untilTheRefreshTokenExpires() {
    AccessToken token = AccessToken.of("acc", "ref", EXPIRES, REFRESH_EXPIRES);

    assertThat(token.canRefresh(REFRESH_EXPIRES.minusSeconds(1))).isTrue();
    assertThat(token.canRefresh(REFRESH_EXPIRES)).isFalse();
    assertThat(AccessToken.withoutRefresh("acc", EXPIRES).canRefresh(EXPIRES.minusSeconds(9)))
        .isFalse();
  }

  @Test
  void of_whenATokenIsBad_failsWithoutShowingIt() {
    assertThatThrownBy(() -> AccessToken.of("has space", "ref", EXPIRES, REFRESH_EXPIRES))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("accessToken must not contain white space or control characters");
    assertThatThrownBy(() -> AccessToken.of("acc", "", EXPIRES, REFRESH_EXPIRES))
        .hasMessage("refreshToken must be 1..4096 characters");
    assertThatThrownBy(() -> AccessToken.of("acc", null, EXPIRES, REFRESH_EXPIRES))
        .hasMessage("refreshToken must not be null");
    assertThatThrownBy(() -> AccessToken.of("acc", "ref", null, REFRESH_EXPIRES))
        .hasMessage("expiresAt must not be null: null");
    assertThatThrownBy(() -> AccessToken.of("acc", "ref", EXPIRES, null))
        .hasMessage("refreshExpiresAt must not be null: null");
  }

  @Test
  void equals_comparesTokensAndInstants() {
    AccessToken a = AccessToken.of("acc", "ref", EXPIRES, REFRESH_EXPIRES);

    assertThat(a).isEqualTo(AccessToken.of("acc", "ref", EXPIRES, REFRESH_EXPIRES));
    assertThat(a).hasSameHashCodeAs(AccessToken.of("acc", "ref", EXPIRES, REFRESH_EXPIRES));
    assertThat(a).isNotEqualTo(AccessToken.of("acc2", "ref", EXPIRES, REFRESH_EXPIRES));
    assertThat(a).isNotEqualTo(AccessToken.of("acc", "ref2", EXPIRES, REFRESH_EXPIRES));
    assertThat(a).isNotEqualTo(AccessToken.of("acc", "ref", REFRESH_EXPIRES, REFRESH_EXPIRES));
    assertThat(a).isNotEqualTo(AccessToken.withoutRefresh("acc", EXPIRES));
  }
}
