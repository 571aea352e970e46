package io.github.craftmark.platform.internal.lazada;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reply of {@code /auth/token/create} and {@code /auth/token/refresh}, with the durations
 * turned into instants.
 *
 * <p>Lazada gives {@code expires_in} and {@code refresh_expires_in} as durations in seconds
 * (Seller authorization introduction: 7 and 30 days for apps in test, 30 and 180 days online), and
 * a refresh resets the access token's duration but not the refresh token's. {@code
 * refresh_expires_in == 0} means the token cannot be refreshed: {@link #refreshExpiresAt()} is
 * then the issue time itself. Both tokens are secrets: {@link #toString()} hides them.
 */
final class LazadaTokenGrant {
  /** Longest duration accepted, ten years: anything longer is a malformed reply, not a token. */
  static final long MAX_SECONDS = 10L * 366 * 24 * 3600;

  private final String accessToken;
  private final String refreshToken;
  private final Instant issuedAt;
  private final Instant expiresAt;
  private final Instant refreshExpiresAt;
  private final Optional<String> country;
  private final Optional<String> account;
  private final List<CountryUser> countryUsers;

  /**
   * A seller account the token acts for; cross-border tokens list one per venture.
   *
   * @param country the venture, e.g. {@code vn}
   * @param sellerId the seller id
   * @param userId the user id
   * @param shortCode the seller short code, if given
   */
  record CountryUser(
      String country,
      Optional<String> sellerId,
      Optional<String> userId,
      Optional<String> shortCode) {}

  private LazadaTokenGrant(
      String accessToken,
      String refreshToken,
      Instant issuedAt,
      Instant expiresAt,
      Instant refreshExpiresAt,
      Optional<String> country,
      Optional<String> account,
      List<CountryUser> countryUsers) {
    this.accessToken = accessToken;
    this.refreshToken = refreshToken;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
    this.refreshExpiresAt = refreshExpiresAt;
    this.country = country;
    this.account = account;
    this.countryUsers = countryUsers;
  }

  /**
   * Reads a successful token reply.
   *
   * @param apiPath the call, for messages
   * @param root the reply document
   * @param issuedAt when the request was sent: durations count from here, so the token is never
   *     thought to live longer than it does
   */
  static LazadaTokenGrant parse(String apiPath, JsonNode root, Instant issuedAt) {
    String access = LazadaJson.text(root, "access_token")
        .filter(t -> !t.isBlank())
        .orElseThrow(() -> new LazadaFormatException(apiPath, "has no access_token"));
    String refresh =
        LazadaJson.text(root, "refresh_token").filter(t -> !t.isBlank()).orElse("");
    long expiresIn = seconds(apiPath, root, "expires_in");
    long refreshExpiresIn = seconds(apiPath, root, "refresh_expires_in");
    if (refresh.isEmpty()) {
      refreshExpiresIn = 0;
    }
    List<CountryUser> users = new ArrayList<>();
    for (JsonNode user : root.path("country_user_info")) {
      Optional<String> userCountry = LazadaJson.text(user, "country");
      if (userCountry.isPresent()) {
        users.add(new CountryUser(
            userCountry.get(),
            LazadaJson.text(user, "seller_id"),
            LazadaJson.text(user, "user_id"),
            LazadaJson.text(user, "short_code")));
      }
    }
    return new LazadaTokenGrant(
        access,
        refresh,
        issuedAt,
        issuedAt.plusSeconds(expiresIn),
        issuedAt.plusSeconds(refreshExpiresIn),
        LazadaJson.text(root, "country"),
        LazadaJson.text(root, "account"),
        List.copyOf(users));
  }

  private static long seconds(String apiPath, JsonNode root, String field) {
    JsonNode node = root.path(field);
    long value;
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      value = node.asLong();
    } else if (node.isTextual() && node.asText().matches("[0-9]{1,12}")) {
      value = Long.parseLong(node.asText());
    } else {
      throw new LazadaFormatException(
          apiPath, "has no whole number of seconds in " + field + ": " + node.getNodeType());
    }
    if (value < 0 || value > MAX_SECONDS) {
      throw new LazadaFormatException(
          apiPath, "has " + field + " outside 0.." + MAX_SECONDS + " seconds: " + value);
    }
    return value;
  }

  String accessToken() {
    return accessToken;
  }

  String refreshToken() {
    return refreshToken;
  }

  Instant issuedAt() {
    return issuedAt;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  Instant refreshExpiresAt() {
    return refreshExpiresAt;
  }

  /** Whether {@code /auth/token/refresh} may be called: Lazada says only when the duration is positive. */
  boolean isRefreshable(Instant now) {
    return !refreshToken.isEmpty() && refreshExpiresAt.isAfter(now);
  }

  Optional<String> country() {
    return country;
  }

  Optional<String> account() {
    return account;
  }

  List<CountryUser> countryUsers() {
    return countryUsers;
  }

  /** The seller id for a venture ({@code vn} for Vietnam), if the token lists one. */
  Optional<String> sellerId(String venture) {
    return countryUsers.stream()
        .filter(u -> u.country().equalsIgnoreCase(venture))
        .map(CountryUser::sellerId)
        .flatMap(Optional::stream)
        .findFirst();
  }

  @Override
  public String toString() {
    return "LazadaTokenGrant[accessToken=***, refreshToken=***, expiresAt=" + expiresAt
        + ", refreshExpiresAt=" + refreshExpiresAt + ", country=" + country.orElse("?") + "]";
  }
}
