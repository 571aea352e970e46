package io.github.craftmark.examples.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.examples.marketplace.standin.LazadaStandIn;
import io.github.craftmark.examples.marketplace.standin.ShopeeStandIn;
import io.github.craftmark.examples.marketplace.standin.TikTokShopStandIn;
import io.github.craftmark.platform.CategoryMapping;
import io.github.craftmark.platform.ListingRequest;
import io.github.craftmark.platform.Marketplace;
import io.github.craftmark.platform.PublishedListing;
import io.github.craftmark.platform.ShopRef;
import io.github.craftmark.platform.lazada.LazadaAdapter;
import io.github.craftmark.platform.tiktok.TikTokShopAdapter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Each stand-in refuses a request whose signature is wrong, and the refused request changes
 * nothing: the one-time code still works, no product was created. Signatures here are computed
 * with {@code javax.crypto.Mac}, apart from the SDK and from the stand-ins.
 */
class StandInSignatureTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void shopee_whenSignedWithAnotherKey_refusesTheTokenCallAndKeepsTheCode() throws Exception {
    long partnerId = 2_001_234L;
    long shopId = 55_501_234L;
    try (ShopeeStandIn shopee = new ShopeeStandIn(partnerId, "EXAMPLE-partner-key", CLOCK)) {
      shopee.authorise(shopId, "EXAMPLE-code");
      String path = "/api/v2/auth/token/get";
      long timestamp = CLOCK.instant().getEpochSecond();
      String body =
          "{\"code\":\"EXAMPLE-code\",\"shop_id\":" + shopId + ",\"partner_id\":" + partnerId + "}";
      String query = "?partner_id=" + partnerId + "&timestamp=" + timestamp + "&sign=";

      String forged = hmacHex("EXAMPLE-other-key", partnerId + path + timestamp);
      HttpResponse<String> refused =
          post(shopee.baseUri() + path + query + forged, "application/json", body);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(json(refused).path("error").asText()).isEqualTo("error_sign");
      assertThat(json(refused).has("access_token")).isFalse();
      assertThat(shopee.refusedCount()).isEqualTo(1);

      String genuine = hmacHex("EXAMPLE-partner-key", partnerId + path + timestamp);
      HttpResponse<String> accepted =
          post(shopee.baseUri() + path + query + genuine, "application/json", body);
      assertThat(accepted.statusCode()).isEqualTo(200);
      assertThat(json(accepted).path("error").asText()).isEmpty();
      assertThat(json(accepted).path("access_token").asText()).hasSize(32);
    }
  }

  @Test
  void shopee_whenSignatureIsUpperCaseOrTruncated_refusesIt() throws Exception {
    long partnerId = 2_001_234L;
    try (ShopeeStandIn shopee = new ShopeeStandIn(partnerId, "EXAMPLE-partner-key", CLOCK)) {
      String path = "/api/v2/auth/token/get";
      long timestamp = CLOCK.instant().getEpochSecond();
      String genuine = hmacHex("EXAMPLE-partner-key", partnerId + path + timestamp);
      String query = "?partner_id=" + partnerId + "&timestamp=" + timestamp + "&sign=";
      for (String sign : new String[] {genuine.toUpperCase(Locale.ROOT), genuine.substring(1)}) {
        HttpResponse<String> answer =
            post(shopee.baseUri() + path + query + sign, "application/json", "{}");
        assertThat(json(answer).path("error").asText()).isEqualTo("error_sign");
      }
      assertThat(shopee.refusedCount()).isEqualTo(2);
    }
  }

  @Test
  void lazada_whenSignatureIsWrong_refusesAndTheCodeStillAuthorisesTheSdk() throws Exception {
    String appSecret = "EXAMPLE-app-secret";
    try (LazadaStandIn lazada = new LazadaStandIn("123456", appSecret, CLOCK)) {
      lazada.authorise("EXAMPLE-code", "200123456789");
      long timestamp = CLOCK.millis();
      // Lazada's base string: path, then the parameters sorted by name as name + value.
      String base = "/auth/token/create" + "app_key123456" + "codeEXAMPLE-code"
          + "sign_methodsha256" + "timestamp" + timestamp;
      // Signed over a base string with one character more than the request's.
      String forged = hmacHex(appSecret, base + "x").toUpperCase(Locale.ROOT);
      HttpResponse<String> refused = post(
          lazada.gateway() + "/auth/token/create?app_key=123456&sign_method=sha256&timestamp="
              + timestamp + "&sign=" + forged,
          "application/x-www-form-urlencoded;charset=UTF-8",
          "code=EXAMPLE-code");
      assertThat(json(refused).path("code").asText()).isEqualTo("IncompleteSignature");
      assertThat(json(refused).has("access_token")).isFalse();
      assertThat(lazada.refusedCount()).isEqualTo(1);

      LazadaAdapter adapter = LazadaAdapter.builder()
          .appKey("123456")
          .appSecret(appSecret)
          .baseUri(lazada.gateway())
          .authBaseUri(lazada.gateway())
          .clock(CLOCK)
          .build();
      assertThat(adapter.authorize("EXAMPLE-code"))
          .isEqualTo(ShopRef.of(Marketplace.LAZADA, "200123456789"));
      assertThat(lazada.refusedCount()).isEqualTo(1);
    }
  }

  @Test
  void tiktok_whenBodyIsChangedAfterSigning_refusesItAndCreatesNothing() throws Exception {
    String appKey = "6a1b2c3d4e5f6";
    String appSecret = "EXAMPLE-app-secret";
    String warehouse = "7300000000000000001";
    try (TikTokShopStandIn tiktok = new TikTokShopStandIn(
        appKey, appSecret, "7494012345678901234", "ROW_EXAMPLE", warehouse, CLOCK)) {
      String path = TikTokShopStandIn.PRODUCTS;
      long timestamp = CLOCK.instant().getEpochSecond();
      String signedBody = "{\"title\":\"Bình hút lộc men rạn đắp nổi OCOP 4 sao\"}";
      String sentBody = "{\"title\":\"Bình hút lộc men rạn đắp nổi OCOP 5 sao\"}";
      String sign = hmacHex(
          appSecret,
          appSecret + path + "app_key" + appKey + "shop_cipherROW_EXAMPLE" + "timestamp" + timestamp
              + signedBody + appSecret);
      String uri = tiktok.baseUri() + path + "?app_key=" + appKey
          + "&shop_cipher=ROW_EXAMPLE&timestamp=" + timestamp + "&sign=" + sign;
      HttpResponse<String> tampered = post(uri, "application/json", sentBody);
      assertThat(tampered.statusCode()).isEqualTo(401);
      assertThat(json(tampered).path("code").asLong()).isEqualTo(106001);
      // The right body and signature, but a token TikTok Shop never issued.
      HttpResponse<String> noToken = post(uri, "application/json", signedBody);
      assertThat(json(noToken).path("code").asLong()).isEqualTo(105001);
      assertThat(tiktok.refusedCount()).isEqualTo(2);

      TikTokShopAdapter adapter = TikTokShopAdapter.builder()
          .appKey(appKey)
          .appSecret(appSecret)
          .baseUri(tiktok.baseUri())
          .authBaseUri(tiktok.baseUri())
          .warehouseId(warehouse)
          .clock(CLOCK)
          .build();
      tiktok.authorise("EXAMPLE-code");
      ShopRef shop = adapter.authorize("EXAMPLE-code").get(0);
      Catalogue catalogue = Catalogue.sample();
      Product vase = catalogue.products().get(0);
      PublishedListing listing = adapter.publish(
          shop,
          ListingRequest.builder(
                  vase,
                  CategoryMapping.allTo(
                      Marketplace.TIKTOK_SHOP, CategoryMapping.Target.of("601450")))
              .images(catalogue.photosOf(vase))
              .provenance(catalogue.provenanceOf(vase))
              .build());
      // The first product the stand-in ever created: the refused requests created none.
      assertThat(listing.listingId()).isEqualTo("1729000000000000001");
      assertThat(tiktok.refusedCount()).isEqualTo(2);
    }
  }

  private static HttpResponse<String> post(String uri, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
        .header("Content-Type", contentType)
        .header("x-tts-access-token", "EXAMPLE-unknown-token")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static String hmacHex(String key, String message) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }
}
