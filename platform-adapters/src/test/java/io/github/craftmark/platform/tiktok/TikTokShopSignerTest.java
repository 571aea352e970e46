package io.github.craftmark.platform.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.testing.Concurrently;
import io.github.craftmark.platform.testing.ReferenceHmac;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TikTokShopSignerTest {
  /**
   * TikTok Shop Partner Center, "Sign your API request": app secret {@code e59af819cc}, path
   * {@code /authorization/202309/shops}, {@code app_key=29a39d}, {@code timestamp=1623812664}.
   */
  private static final String PUBLISHED_SECRET = "e59af819cc";

  private static final String PUBLISHED_SIGN =
      "b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8";

  // The fixtures below were computed with OpenSSL 3.0, independently of this code, as
  //   printf '%s' "$S<path><k1><v1>…<body>$S" | openssl dgst -sha256 -hmac "$S"
  // with S='EXAMPLEsecret7d2e4f6a' (an invented secret) and the base string written out in each
  // fixture's comment.
  private static final String SECRET = "EXAMPLEsecret7d2e4f6a";
  private static final String APP_KEY = "6abc123EXAMPLE";

  /** The JSON body of the create-product fixture, with Vietnamese text (UTF-8, NFC). */
  private static final String CREATE_BODY = "{\"title\":\"Bình hút lộc men rạn đắp nổi Bát Tràng"
      + " 25 cm\",\"category_id\":\"600001\",\"skus\":[{\"seller_sku\":\"BT-BHL-25\",\"price\":"
      + "{\"amount\":\"1250000\",\"currency\":\"VND\"}}]}";

  // "$S/product/202309/productsapp_key6abc123EXAMPLEshop_cipherROW_EXAMPLEcipher01
  //  timestamp1717398000${CREATE_BODY}$S" (one line)
  private static final String CREATE_SIGN =
      "b185e4c61cb55be64e3d0207ce65e5540fba06538ce8c377db69a4d962c43ac4";

  // "$S/order/202309/ordersapp_key6abc123EXAMPLEids576461413038785752,576461413038785753
  //  shop_cipherROW_EXAMPLEcipher01timestamp1717398000$S" (one line; note the leading 0)
  private static final String ORDER_DETAIL_SIGN =
      "0381075653e6b79e35bc422b288b9f4009c0ab52fbb7014447276a614fe51432";

  // "$S/product/202309/images/uploadapp_key6abc123EXAMPLEtimestamp1717398000$S": the multipart
  // body is not part of the base string.
  private static final String IMAGE_UPLOAD_SIGN =
      "a5a14c9350db3c5e6d49b16e4cc311ec207e1ab2a6f203c6908cb203c02e2cdc";

  // "$S/product/202309/products/searchapp_key6abc123EXAMPLEpage_size100
  //  page_tokenb2Zmc2V0PTEwMA==shop_cipherROW_EXAMPLEcipher01shop_idtimestamp1717398000
  //  {"status":"ACTIVATE"}$S" (one line; shop_id is present with an empty value)
  private static final String SEARCH_SIGN =
      "e0510411be3a66e1b9261db3155e8c2617c44e7cb0869759c59433eb4d505a43";

  // "$S/authorization/202309/shopsapp_key6abc123EXAMPLEtimestamp1717398146$S": the first
  // timestamp from 1717398000 whose signature starts with two zero digits.
  private static final String LEADING_ZEROS_SIGN =
      "005a2e3d2b34442f37d95df49912503a1d96b3b4fafd8ff562dcbdc89e5f431e";

  /** A webhook body as TikTok Shop sends it for an order status change (ids are EXAMPLE). */
  private static final String WEBHOOK_BODY = "{\"type\":1,\"tts_notification_id\":"
      + "\"7327112393057371910\",\"shop_id\":\"7494049642642441621\",\"timestamp\":1717398123,"
      + "\"data\":{\"order_id\":\"576461413038785752\",\"order_status\":\"AWAITING_SHIPMENT\","
      + "\"update_time\":1717398120}}";

  // printf '%s' "6abc123EXAMPLE${WEBHOOK_BODY}" | openssl dgst -sha256 -hmac "$S"
  private static final String WEBHOOK_SIGN =
      "c84db213f384702e16a96871352c56c23be5abb5c8114c00f620e83306078680";

  private final TikTokShopSigner signer = TikTokShopSigner.of(SECRET);

  @Test
  void sign_publishedExample_matchesTikTokShopDocs() {
    String sign = TikTokShopSigner.of(PUBLISHED_SECRET)
        .sign(
            "/authorization/202309/shops", Map.of("app_key", "29a39d", "timestamp", "1623812664"));

    assertThat(sign).isEqualTo(PUBLISHED_SIGN);
  }

  @Test
  void sign_jsonBodyWithVietnameseText_matchesOpenSsl() {
    String sign = signer.sign(
        "/product/202309/products",
        Map.of(
            "app_key", APP_KEY,
            "shop_cipher", "ROW_EXAMPLEcipher01",
            "timestamp", "1717398000",
            "access_token", "TTP_EXAMPLEtoken"),
        "application/json",
        CREATE_BODY.getBytes(StandardCharsets.UTF_8));

    assertThat(sign).isEqualTo(CREATE_SIGN);
  }

  @Test
  void sign_getWithCommaSeparatedIds_matchesOpenSslAndKeepsLeadingZero() {
    String sign = signer.sign(
        "/order/202309/orders",
        Map.of(
            "ids", "576461413038785752,576461413038785753",
            "timestamp", "1717398000",
            "shop_cipher", "ROW_EXAMPLEcipher01",
            "app_key", APP_KEY));

    assertThat(sign).isEqualTo(ORDER_DETAIL_SIGN).startsWith("0").hasSize(64);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "multipart/form-data; boundary=CraftMarkBoundary",
        "Multipart/Form-Data;boundary=x",
        " multipart/form-data"
      })
  void sign_multipart_leavesBodyOut(String contentType) {
    byte[] imageBytes = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};

    String sign = signer.sign(
        "/product/202309/images/upload",
        Map.of("app_key", APP_KEY, "timestamp", "1717398000"),
        contentType,
        imageBytes);

    assertThat(sign).isEqualTo(IMAGE_UPLOAD_SIGN);
  }

  @Test
  void sign_pagingParametersAndEmptyValue_matchOpenSsl() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("timestamp", "1717398000");
    query.put("shop_id", "");
    query.put("page_token", "b2Zmc2V0PTEwMA==");
    query.put("shop_cipher", "ROW_EXAMPLEcipher01");
    query.put("page_size", "100");
    query.put("app_key", APP_KEY);
    query.put("sign", "0000000000000000000000000000000000000000000000000000000000000000");

    String sign = signer.sign(
        "/product/202309/products/search",
        query,
        "application/json",
        "{\"status\":\"ACTIVATE\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(sign).isEqualTo(SEARCH_SIGN);
  }

  @Test
  void sign_whenDigestStartsWithZeroBytes_keepsAll64Digits() {
    String sign = signer.sign(
        "/authorization/202309/shops", Map.of("app_key", APP_KEY, "timestamp", "1717398146"));

    assertThat(sign).isEqualTo(LEADING_ZEROS_SIGN).hasSize(64).startsWith("00");
  }

  @Test
  void sign_withoutBody_equalsSignWithEmptyBody() {
    Map<String, String> query = Map.of("app_key", APP_KEY, "timestamp", "1717398146");

    assertThat(signer.sign("/authorization/202309/shops", query, "application/json", new byte[0]))
        .isEqualTo(signer.sign("/authorization/202309/shops", query))
        .isEqualTo(LEADING_ZEROS_SIGN);
  }

  @Test
  void sign_accessTokenAndSign_areNotSigned() {
    Map<String, String> base = Map.of("app_key", APP_KEY, "timestamp", "1717398146");
    Map<String, String> withExtras = new TreeMap<>(base);
    withExtras.put("access_token", "TTP_EXAMPLEtoken");
    withExtras.put("sign", "deadbeef");

    assertThat(signer.sign("/authorization/202309/shops", withExtras))
        .isEqualTo(LEADING_ZEROS_SIGN);
  }

  @Test
  void sign_reserialisedJson_changesTheSignature() {
    Map<String, String> query = Map.of("app_key", APP_KEY, "timestamp", "1717398000");
    String compact = signer.sign(
        "/product/202309/products",
        query,
        "application/json",
        "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    String spaced = signer.sign(
        "/product/202309/products",
        query,
        "application/json",
        "{\"a\": 1}".getBytes(StandardCharsets.UTF_8));

    assertThat(compact).isNotEqualTo(spaced);
  }

  @Test
  void sign_whenPathHasQuery_failsNamingThePath() {
    assertThatThrownBy(() -> signer.sign("/order/202309/orders?ids=1", Map.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("apiPath must start with / and hold no query, fragment or space:"
            + " \"/order/202309/orders?ids=1\"");
  }

  @Test
  void sign_whenPathIsRelative_fails() {
    assertThatThrownBy(() -> signer.sign("order/202309/orders", Map.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "apiPath must start with / and hold no query, fragment or space: \"order/202309/orders\"");
  }

  @Test
  void sign_whenParameterValueIsNull_failsNamingTheParameter() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("page_token", null);

    assertThatThrownBy(() -> signer.sign("/order/202309/orders/search", query))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("parameters[page_token] must not be null: null");
  }

  @Test
  void sign_whenBodyIsNullOrEmpty_signsNoBody() {
    String withoutBody = signer.sign("/p", Map.of("app_key", APP_KEY));

    assertThat(signer.sign("/p", Map.of("app_key", APP_KEY), "application/json", null))
        .isEqualTo(withoutBody);
    assertThat(signer.sign("/p", Map.of("app_key", APP_KEY), "application/json", new byte[0]))
        .isEqualTo(withoutBody);
  }

  @Test
  void of_whenSecretIsBlank_failsWithoutShowingIt() {
    assertThatThrownBy(() -> TikTokShopSigner.of("   "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appSecret must not be blank");
    assertThatThrownBy(() -> TikTokShopSigner.of(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appSecret must not be blank");
  }

  @Test
  void toString_hidesTheSecret() {
    assertThat(signer.toString())
        .isEqualTo("TikTokShopSigner[appSecret=***]")
        .doesNotContain(SECRET);
  }

  @ParameterizedTest
  @MethodSource("randomRequests")
  void sign_anyRequest_equalsAnIndependentStringConcatenation(RandomRequest request) {
    String sign = TikTokShopSigner.of(request.secret())
        .sign(request.path(), request.query(), request.contentType(), request.body());

    assertThat(sign).isEqualTo(referenceSign(request)).matches("[0-9a-f]{64}");
  }

  @ParameterizedTest
  @MethodSource("randomRequests")
  void sign_anyParameterOrder_givesTheSameSignature(RandomRequest request) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(request.query().entrySet());
    Collections.shuffle(entries, new Random(request.path().hashCode()));
    Map<String, String> shuffled = new LinkedHashMap<>();
    entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
    TikTokShopSigner randomSigner = TikTokShopSigner.of(request.secret());

    assertThat(randomSigner.sign(request.path(), shuffled, request.contentType(), request.body()))
        .isEqualTo(randomSigner.sign(
            request.path(), request.query(), request.contentType(), request.body()));
  }

  @Test
  void webhookSignature_matchesOpenSsl() {
    assertThat(signer.webhookSignature(APP_KEY, WEBHOOK_BODY.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(WEBHOOK_SIGN);
  }

  @Test
  void isValidWebhookSignature_whenHeaderMatches_isTrue() {
    byte[] body = WEBHOOK_BODY.getBytes(StandardCharsets.UTF_8);

    assertThat(signer.isValidWebhookSignature(APP_KEY, body, WEBHOOK_SIGN)).isTrue();
    assertThat(signer.isValidWebhookSignature(APP_KEY, body, WEBHOOK_SIGN.toUpperCase()))
        .isTrue();
    assertThat(signer.isValidWebhookSignature(APP_KEY, body, " " + WEBHOOK_SIGN + " "))
        .isTrue();
  }

  @Test
  void isValidWebhookSignature_whenBodyTampered_isFalse() {
    byte[] tampered =
        WEBHOOK_BODY.replace("AWAITING_SHIPMENT", "CANCELLED").getBytes(StandardCharsets.UTF_8);

    assertThat(signer.isValidWebhookSignature(APP_KEY, tampered, WEBHOOK_SIGN)).isFalse();
  }

  @Test
  void isValidWebhookSignature_whenReserialisedWithSpaces_isFalse() {
    byte[] respaced = WEBHOOK_BODY.replace(",", ", ").getBytes(StandardCharsets.UTF_8);

    assertThat(signer.isValidWebhookSignature(APP_KEY, respaced, WEBHOOK_SIGN)).isFalse();
  }

  @Test
  void isValidWebhookSignature_whenAnotherAppKey_isFalse() {
    byte[] body = WEBHOOK_BODY.getBytes(StandardCharsets.UTF_8);

    assertThat(signer.isValidWebhookSignature("otherEXAMPLE", body, WEBHOOK_SIGN))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "c84db213",
        "c84db213f384702e16a96871352c56c23be5abb5c8114c00f620e8330607868",
        "c84db213f384702e16a96871352c56c23be5abb5c8114c00f620e833060786800",
        "Bearer c84db213f384702e16a96871352c56c23be5abb5c8114c00f620e83306078680",
        "g84db213f384702e16a96871352c56c23be5abb5c8114c00f620e83306078680",
        "٣84db213f384702e16a96871352c56c23be5abb5c8114c00f620e83306078680"
      })
  void isValidWebhookSignature_whenHeaderMalformed_isFalse(String header) {
    byte[] body = WEBHOOK_BODY.getBytes(StandardCharsets.UTF_8);

    assertThat(signer.isValidWebhookSignature(APP_KEY, body, header)).isFalse();
  }

  @Test
  void isValidWebhookSignature_whenHeaderMissing_isFalse() {
    assertThat(signer.isValidWebhookSignature(
            APP_KEY, WEBHOOK_BODY.getBytes(StandardCharsets.UTF_8), null))
        .isFalse();
  }

  @Test
  void isValidWebhookSignature_whenAppKeyOrBodyMissing_isFalseWithoutThrowing() {
    byte[] body = WEBHOOK_BODY.getBytes(StandardCharsets.UTF_8);

    assertThat(signer.isValidWebhookSignature(null, body, WEBHOOK_SIGN)).isFalse();
    assertThat(signer.isValidWebhookSignature(" ", body, WEBHOOK_SIGN)).isFalse();
    assertThat(signer.isValidWebhookSignature(APP_KEY, null, WEBHOOK_SIGN)).isFalse();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isValidWebhookSignature_randomHeadersAndBodies_neverThrowAndNeverMatch(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      byte[] body = new byte[random.nextInt(300)];
      random.nextBytes(body);
      char[] header = new char[random.nextInt(80)];
      for (int c = 0; c < header.length; c++) {
        header[c] = (char) random.nextInt(random.nextBoolean() ? 128 : 0x10000);
      }

      assertThat(signer.isValidWebhookSignature(APP_KEY, body, new String(header)))
          .isFalse();
    }
  }

  @Test
  void sign_from32ThreadsAtOnce_alwaysGivesTheSameSignature() throws Exception {
    Map<String, Integer> answers = Concurrently.countAnswers(
        32,
        200,
        () -> signer.sign(
            "/product/202309/products",
            Map.of(
                "app_key",
                APP_KEY,
                "shop_cipher",
                "ROW_EXAMPLEcipher01",
                "timestamp",
                "1717398000"),
            "application/json",
            CREATE_BODY.getBytes(StandardCharsets.UTF_8)));

    assertThat(answers).containsExactly(Map.entry(CREATE_SIGN, 32 * 200));
  }

  record RandomRequest(
      String secret, String path, Map<String, String> query, String contentType, byte[] body) {
    @Override
    public String toString() {
      return path + " " + query.keySet();
    }
  }

  static Stream<Long> seeds() {
    Random random = new Random(20240604L);
    return IntStream.range(0, 8).mapToObj(i -> random.nextLong());
  }

  static Stream<RandomRequest> randomRequests() {
    Random random = new Random(20240603L);
    return IntStream.range(0, 40).mapToObj(i -> randomRequest(random));
  }

  private static RandomRequest randomRequest(Random random) {
    String secret = randomText(random, 1 + random.nextInt(40), true);
    String path =
        "/" + randomText(random, random.nextInt(30), false).replace("?", "").replace("#", "");
    Map<String, String> query = new LinkedHashMap<>();
    int count = random.nextInt(8);
    for (int p = 0; p < count; p++) {
      String key = "k" + randomText(random, random.nextInt(10), false);
      query.put(key, randomText(random, random.nextInt(20), true));
    }
    if (random.nextBoolean()) {
      query.put("access_token", "TTP_" + random.nextLong());
    }
    String contentType =
        switch (random.nextInt(3)) {
          case 0 -> null;
          case 1 -> "application/json";
          default -> "multipart/form-data; boundary=b" + random.nextInt(1000);
        };
    byte[] body = new byte[random.nextInt(200)];
    random.nextBytes(body);
    return new RandomRequest(secret, path, query, contentType, body);
  }

  private static String randomText(Random random, int length, boolean unicode) {
    StringBuilder text = new StringBuilder();
    String vietnamese = "ăâđêôơưáàảãạốồổỗộứừửữự";
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(unicode ? 3 : 2);
      if (pick == 0) {
        text.append((char) ('a' + random.nextInt(26)));
      } else if (pick == 1) {
        text.append("_-.0123456789".charAt(random.nextInt(13)));
      } else {
        text.append(vietnamese.charAt(random.nextInt(vietnamese.length())));
      }
    }
    return text.toString();
  }

  /** The published algorithm written the obvious way: build the string, then HMAC it. */
  private static String referenceSign(RandomRequest request) {
    StringBuilder base = new StringBuilder(request.secret()).append(request.path());
    new TreeMap<>(request.query()).forEach((k, v) -> {
      if (!k.equals("sign") && !k.equals("access_token")) {
        base.append(k).append(v);
      }
    });
    boolean multipart =
        request.contentType() != null && request.contentType().startsWith("multipart/");
    return ReferenceHmac.sha256Hex(
        request.secret(),
        base.toString().getBytes(StandardCharsets.UTF_8),
        multipart ? new byte[0] : request.body(),
        request.secret().getBytes(StandardCharsets.UTF_8));
  }
}
