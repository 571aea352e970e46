package io.github.craftmark.platform.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.testing.Concurrently;
import io.github.craftmark.platform.testing.ReferenceHmac;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShopeeSignerTest {
  /** An invented partner key: Shopee's published examples give base strings, never a key. */
  static final String KEY = "EXAMPLE-partner-key";

  // The ids, timestamp and access tokens printed in Shopee's developer guide "API calls",
  // section "Signature calculation" (open.shopee.com/developer-guide/16).
  static final long DOC_PARTNER_ID = 2001887;
  static final long DOC_TIMESTAMP = 1655714431;
  static final String DOC_SHOP_TOKEN = "59777174636562737266615546704c6d";
  static final long DOC_SHOP_ID = 14701711;
  static final String DOC_MERCHANT_TOKEN = "09777174636962737266615546704c6d";
  static final long DOC_MERCHANT_ID = 1000000;

  // The base strings exactly as that guide prints them.
  static final String DOC_SHOP_BASE =
      "2001887/api/v2/shop/get_shop_info165571443159777174636562737266615546704c6d14701711";
  static final String DOC_MERCHANT_BASE =
      "2001887/api/v2/global_product/get_category165571443109777174636962737266615546704c6d1000000";
  static final String DOC_PUBLIC_BASE = "2001887/api/v2/public/get_shops_by_partner1655714431";

  // Expected signatures computed independently of Java with OpenSSL 3.0:
  //   printf '%s' "<base string>" | openssl dgst -sha256 -hmac 'EXAMPLE-partner-key'
  static final String SHOP_SIGN =
      "4efb164e6aa93013399e2f61b2c97c840267be32181a44ed9478c8d8329d12c5";
  static final String MERCHANT_SIGN =
      "810824ced9c9ed7a865e3c032ded5d7eec5c37afe409f6b88cd3306a6f9f7934";
  static final String PUBLIC_SIGN =
      "3679bef388199fdda21ae3917c9fb2e234c728769c890b6258b7927c9c984870";
  // Base string "2001887/api/v2/shop/auth_partner1655714431".
  static final String AUTH_PARTNER_SIGN =
      "1ac1515af5f9dc4d025d2e4da1715fd3ebdf7edd0535d8f677103211861c5598";
  // Base string "2001887/api/v2/product/get_item_list1655715094" + DOC_SHOP_TOKEN + "14701711":
  // the timestamp was searched for (with the same openssl command in a shell loop) so that the
  // MAC's first byte is 0x00, which a BigInteger-based hex encoding would silently drop.
  static final long LEADING_ZERO_TIMESTAMP = 1655715094;
  static final String LEADING_ZERO_SIGN =
      "0040a2761afb04b02a9b89df3b2a203efde6ffb9e84bee54b0310b8f5f6ae4b8";

  // Push vectors: printf '%s|%s' "$URL" "$BODY" | openssl dgst -sha256 -hmac 'EXAMPLE-partner-key'
  static final String PUSH_URL = "https://gom.example.vn/shopee/push";
  // The order_status_push sample from Shopee's push documentation (push code 3).
  static final String PUSH_BODY =
      "{\"data\":{\"items\":[],\"ordersn\":\"220810QSK8S7BX\",\"status\":\"PROCESSED\","
          + "\"completed_scenario\":\"\",\"update_time\":1660123127},\"shop_id\":727720655,"
          + "\"code\":3,\"timestamp\":1660123127}";
  static final String PUSH_SIGN =
      "cae07fc4d0e28d02ff7f3e7a1d6e43856cf20cbe6d7ecbcdad0bf434f50b9760";
  // A body with Vietnamese text in NFC UTF-8, to pin that the raw bytes are signed.
  static final String PUSH_BODY_VI =
      "{\"code\":1,\"shop_id\":14701711,\"timestamp\":1660123200,\"data\":{\"note\":\"Bình gốm men"
          + " lam\"}}";
  static final String PUSH_SIGN_VI =
      "ffbfce94d4370d3f9cbab22e19277aa6b59abbb238fd257d2f0fc0137d2b65b3";

  private final ShopeeSigner signer = ShopeeSigner.of(DOC_PARTNER_ID, KEY);

  @Test
  void shopBaseString_matchesShopeesPublishedExample() {
    assertThat(ShopeeSigner.shopBaseString(
            DOC_PARTNER_ID,
            "/api/v2/shop/get_shop_info",
            DOC_TIMESTAMP,
            DOC_SHOP_TOKEN,
            DOC_SHOP_ID))
        .isEqualTo(DOC_SHOP_BASE);
  }

  @Test
  void merchantBaseString_matchesShopeesPublishedExample() {
    assertThat(ShopeeSigner.merchantBaseString(
            DOC_PARTNER_ID,
            "/api/v2/global_product/get_category",
            DOC_TIMESTAMP,
            DOC_MERCHANT_TOKEN,
            DOC_MERCHANT_ID))
        .isEqualTo(DOC_MERCHANT_BASE);
  }

  @Test
  void publicBaseString_matchesShopeesPublishedExample() {
    assertThat(ShopeeSigner.publicBaseString(
            DOC_PARTNER_ID, "/api/v2/public/get_shops_by_partner", DOC_TIMESTAMP))
        .isEqualTo(DOC_PUBLIC_BASE);
  }

  @Test
  void signShop_onPublishedExample_matchesOpenssl() {
    assertThat(signer.signShop(
            "/api/v2/shop/get_shop_info", DOC_TIMESTAMP, DOC_SHOP_TOKEN, DOC_SHOP_ID))
        .isEqualTo(SHOP_SIGN);
  }

  @Test
  void signMerchant_onPublishedExample_matchesOpenssl() {
    assertThat(signer.signMerchant(
            "/api/v2/global_product/get_category",
            DOC_TIMESTAMP,
            DOC_MERCHANT_TOKEN,
            DOC_MERCHANT_ID))
        .isEqualTo(MERCHANT_SIGN);
  }

  @Test
  void signPublic_onPublishedExample_matchesOpenssl() {
    assertThat(signer.signPublic("/api/v2/public/get_shops_by_partner", DOC_TIMESTAMP))
        .isEqualTo(PUBLIC_SIGN);
    assertThat(signer.signPublic("/api/v2/shop/auth_partner", DOC_TIMESTAMP))
        .isEqualTo(AUTH_PARTNER_SIGN);
  }

  @Test
  void signShop_whenMacStartsWithZeroByte_keepsBothLeadingZeros() {
    String sign = signer.signShop(
        "/api/v2/product/get_item_list", LEADING_ZERO_TIMESTAMP, DOC_SHOP_TOKEN, DOC_SHOP_ID);

    assertThat(sign).isEqualTo(LEADING_ZERO_SIGN).hasSize(64).startsWith("00");
  }

  @Test
  void webhookSignature_onPublishedOrderStatusPush_matchesOpenssl() {
    assertThat(signer.webhookSignature(PUSH_URL, PUSH_BODY.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(PUSH_SIGN);
    assertThat(signer.webhookSignature(PUSH_URL, PUSH_BODY_VI.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(PUSH_SIGN_VI);
  }

  @Test
  void isValidWebhookSignature_whenSignatureMatches_isAccepted() {
    assertThat(signer.isValidWebhookSignature(
            PUSH_URL, PUSH_BODY.getBytes(StandardCharsets.UTF_8), PUSH_SIGN))
        .isTrue();
    assertThat(signer.isValidWebhookSignature(
            PUSH_URL, PUSH_BODY_VI.getBytes(StandardCharsets.UTF_8), PUSH_SIGN_VI))
        .isTrue();
  }

  @Test
  void isValidWebhookSignature_whenHexIsUpperCase_isAccepted() {
    assertThat(signer.isValidWebhookSignature(
            PUSH_URL, PUSH_BODY.getBytes(StandardCharsets.UTF_8), PUSH_SIGN.toUpperCase()))
        .isTrue();
  }

  @Test
  void isValidWebhookSignature_whenBodyTampered_isRejected() {
    byte[] tampered = PUSH_BODY.replace("PROCESSED", "CANCELLED").getBytes(StandardCharsets.UTF_8);

    assertThat(signer.isValidWebhookSignature(PUSH_URL, tampered, PUSH_SIGN)).isFalse();
  }

  @Test
  void isValidWebhookSignature_whenBodyReserialised_isRejected() {
    // Same JSON, other bytes: a space after each colon, as a re-serialiser might write it.
    byte[] reserialised = PUSH_BODY.replace("\":", "\": ").getBytes(StandardCharsets.UTF_8);

    assertThat(signer.isValidWebhookSignature(PUSH_URL, reserialised, PUSH_SIGN))
        .isFalse();
  }

  @Test
  void isValidWebhookSignature_whenUrlDiffers_isRejected() {
    byte[] body = PUSH_BODY.getBytes(StandardCharsets.UTF_8);

    assertThat(signer.isValidWebhookSignature(PUSH_URL + "/", body, PUSH_SIGN)).isFalse();
    assertThat(signer.isValidWebhookSignature("http://gom.example.vn/shopee/push", body, PUSH_SIGN))
        .isFalse();
  }

  @Test
  void isValidWebhookSignature_whenSignedWithAnotherKey_isRejected() {
    ShopeeSigner other = ShopeeSigner.of(DOC_PARTNER_ID, "another-EXAMPLE-key");
    byte[] body = PUSH_BODY.getBytes(StandardCharsets.UTF_8);

    assertThat(
            signer.isValidWebhookSignature(PUSH_URL, body, other.webhookSignature(PUSH_URL, body)))
        .isFalse();
  }

  @Test
  void isValidWebhookSignature_whenInputMissingOrMalformed_isRejectedWithoutThrowing() {
    byte[] body = PUSH_BODY.getBytes(StandardCharsets.UTF_8);

    assertThat(signer.isValidWebhookSignature(PUSH_URL, body, null)).isFalse();
    assertThat(signer.isValidWebhookSignature(PUSH_URL, body, "")).isFalse();
    assertThat(signer.isValidWebhookSignature(PUSH_URL, body, PUSH_SIGN.substring(2)))
        .isFalse();
    assertThat(signer.isValidWebhookSignature(PUSH_URL, body, PUSH_SIGN + "00")).isFalse();
    assertThat(signer.isValidWebhookSignature(PUSH_URL, body, "Bearer " + PUSH_SIGN))
        .isFalse();
    assertThat(signer.isValidWebhookSignature(PUSH_URL, null, PUSH_SIGN)).isFalse();
    assertThat(signer.isValidWebhookSignature(null, body, PUSH_SIGN)).isFalse();
    assertThat(signer.isValidWebhookSignature("", body, PUSH_SIGN)).isFalse();
  }

  static Stream<Arguments> randomBaseStrings() {
    Random random = new Random(20261123L);
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      long partnerId = 1 + random.nextInt(Integer.MAX_VALUE);
      long timestamp = 1_600_000_000L + random.nextInt(200_000_000);
      long shopId = 1 + (random.nextLong() & Long.MAX_VALUE) % 10_000_000_000L;
      StringBuilder token = new StringBuilder();
      for (int c = 0; c < 32; c++) {
        token.append("0123456789abcdef".charAt(random.nextInt(16)));
      }
      cases.add(Arguments.of(partnerId, timestamp, token.toString(), shopId));
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("randomBaseStrings")
  void signShop_forRandomInputs_isPlainHmacOfTheConcatenation(
      long partnerId, long timestamp, String token, long shopId) {
    ShopeeSigner randomSigner = ShopeeSigner.of(partnerId, KEY);
    String path = "/api/v2/product/update_stock";
    String base = "" + partnerId + path + timestamp + token + shopId;

    String sign = randomSigner.signShop(path, timestamp, token, shopId);

    assertThat(sign).isEqualTo(referenceHex(base)).matches("[0-9a-f]{64}");
  }

  @Test
  void sign_fromManyThreadsAtOnce_givesTheSameAnswerEveryTime() throws Exception {
    Map<String, Integer> answers = Concurrently.countAnswers(
        16,
        500,
        () -> signer.signShop(
            "/api/v2/shop/get_shop_info", DOC_TIMESTAMP, DOC_SHOP_TOKEN, DOC_SHOP_ID));

    assertThat(answers).containsExactly(Map.entry(SHOP_SIGN, 16 * 500));
  }

  @Test
  void of_whenPartnerIdNotPositive_failsNamingIt() {
    assertThatThrownBy(() -> ShopeeSigner.of(0, KEY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("partnerId must be positive: 0");
  }

  @Test
  void of_whenKeyBlank_failsWithoutShowingIt() {
    assertThatThrownBy(() -> ShopeeSigner.of(1, "  "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("partnerKey must not be blank");
    assertThatThrownBy(() -> ShopeeSigner.of(1, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("partnerKey must not be blank");
  }

  private static final String PATH_RULE =
      "apiPath must start with / and hold no query, fragment or space";

  @Test
  void signShop_whenPathIsAUrlOrHasAQuery_fails() {
    assertThatThrownBy(() -> signer.signShop(
            "https://partner.shopeemobile.com/api/v2/shop/get_shop_info", 1, "t", 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(PATH_RULE + ": \"https://partner.shopeemobile.com/api/v2/shop/get_shop_info\"");
    assertThatThrownBy(() -> signer.signShop("/api/v2/shop/get_shop_info?x=1", 1, "t", 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(PATH_RULE + ": \"/api/v2/shop/get_shop_info?x=1\"");
  }

  @Test
  void signShop_whenTokenBlankOrShopMissing_failsWithoutShowingTheToken() {
    assertThatThrownBy(() -> signer.signShop("/api/v2/shop/get_shop_info", 1, " ", 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("accessToken must not be blank");
    assertThatThrownBy(() -> signer.signShop("/api/v2/shop/get_shop_info", 1, "secret-token", 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shopId must be positive: 0")
        .message()
        .doesNotContain("secret-token");
  }

  @Test
  void signPublic_whenTimestampNegative_fails() {
    assertThatThrownBy(() -> signer.signPublic("/api/v2/auth/token/get", -1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("timestamp must be Unix seconds, not negative: -1");
  }

  @Test
  void toString_hidesThePartnerKey() {
    assertThat(signer.toString())
        .isEqualTo("ShopeeSigner[partnerId=2001887, partnerKey=***]")
        .doesNotContain(KEY);
  }

  private static String referenceHex(String base) {
    return ReferenceHmac.sha256Hex(KEY, base);
  }
}
