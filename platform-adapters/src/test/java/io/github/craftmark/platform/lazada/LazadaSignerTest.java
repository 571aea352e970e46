package io.github.craftmark.platform.lazada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.testing.Concurrently;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LazadaSignerTest {

  // Lazada Open Platform, Developer's Guide, "HTTP request sample" (GetOrder): secret
  // "helloworld", the five parameters below, published signature.
  private static final String PUBLISHED_SECRET = "helloworld";
  private static final String PUBLISHED_SIGN =
      "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A";
  private static final String PUBLISHED_STRING_TO_SIGN = "/order/getaccess_tokentestapp_key123456"
      + "order_id1234sign_methodsha256timestamp1517820392000";

  // The fixtures below were computed independently of this code with OpenSSL 3.0, as
  //   printf '%s' '<string to sign><body>' | openssl dgst -sha256 -hmac 'EXAMPLEsecretBatTrang2026'
  // (upper-cased for requests; pushes use '100001<raw body>' and stay lower-case).
  private static final String SECRET = "EXAMPLEsecretBatTrang2026";
  private static final String APP_KEY = "100001";
  private static final String TOKEN = "EXAMPLE-token-50000";

  // Vietnamese text in the payload parameter, signed as UTF-8.
  private static final String OPENSSL_UTF8_PAYLOAD =
      "1518EA3485C48773515F9907322889E5F2EBCEDEE0EC7AA6702B74ECAD12F91E";
  // A raw body appended after the parameters.
  private static final String OPENSSL_WITH_BODY =
      "40DBB5B79BE8B48E313AD3F887772D011813BB45A830FA7DCBF4A612C538F1BC";
  // Timestamp 1767225600213 was searched for so that the digest starts with two zero digits.
  private static final String OPENSSL_LEADING_ZEROS =
      "003EFB90F6615F4D52358834397804E381632E06A80A253233B7F5E4A15D044A";
  // The same string with and without a blank parameter: blank values are not signed.
  private static final String OPENSSL_PRODUCTS_GET =
      "780FCBD1CFAA199BA345C660EB52FAA556F3D1AC444606C8115C5488229B2AEA";

  // Push bodies: the trade-order message shape from Lazada's "Lazada Push Mechanism" page.
  private static final String PUSH_BODY = "{\"seller_id\":\"1234567\",\"message_type\":0,\"data\":"
      + "{\"order_status\":\"unpaid\",\"trade_order_id\":\"260422900198363\","
      + "\"trade_order_line_id\":\"260422900298363\",\"status_update_time\":1603698638},"
      + "\"timestamp\":1603766859530,\"site\":\"lazada_vn\"}";
  private static final String OPENSSL_PUSH =
      "8125ed65879a1b5f214fa03e1d720c1da9f92c1f0efca338c179bfd2c4979306";
  private static final String PUSH_BODY_LEADING_ZEROS = "{\"seller_id\":\"1234567\","
      + "\"message_type\":0,\"data\":{\"order_status\":\"pending\","
      + "\"trade_order_id\":\"260422900198363\",\"trade_order_line_id\":\"260422900298363\","
      + "\"status_update_time\":1603698700},\"timestamp\":1603766860392,\"site\":\"lazada_vn\"}";
  private static final String OPENSSL_PUSH_LEADING_ZEROS =
      "00325778c7afec4f65a9ebf8b58268b16da91df8b296703390066b4a2707bac8";

  private static final LazadaSigner SIGNER = LazadaSigner.of(SECRET);

  private static Map<String, String> publishedParameters() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("app_key", "123456");
    params.put("access_token", "test");
    params.put("timestamp", "1517820392000");
    params.put("sign_method", "sha256");
    params.put("order_id", "1234");
    return params;
  }

  @Test
  void sign_publishedGetOrderExample_matchesLazadaDocumentation() {
    LazadaSigner signer = LazadaSigner.of(PUBLISHED_SECRET);

    assertThat(LazadaSigner.baseString("/order/get", publishedParameters()))
        .isEqualTo(PUBLISHED_STRING_TO_SIGN);
    assertThat(signer.sign("/order/get", publishedParameters())).isEqualTo(PUBLISHED_SIGN);
  }

  @Test
  void baseString_documentedSortExample_ordersNamesInAscii() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("foo", "1");
    params.put("bar", "2");
    params.put("foo_bar", "3");
    params.put("foobar", "4");

    assertThat(LazadaSigner.baseString("/test/api", params))
        .isEqualTo("/test/apibar2foo1foo_bar3foobar4");
  }

  static Stream<Arguments> opensslFixtures() {
    Map<String, String> utf8 = new HashMap<>();
    utf8.put("access_token", TOKEN);
    utf8.put("app_key", APP_KEY);
    utf8.put(
        "payload",
        "{\"Request\":{\"Product\":{\"Attributes\":{\"name\":\"Bình hút lộc men rạn\"}}}}");
    utf8.put("sign_method", "sha256");
    utf8.put("timestamp", "1767225600000");

    Map<String, String> withBody =
        Map.of("app_key", APP_KEY, "sign_method", "sha256", "timestamp", "1767225600000");

    Map<String, String> zeros = Map.of(
        "access_token", TOKEN,
        "app_key", APP_KEY,
        "order_id", "491253082180001",
        "sign_method", "sha256",
        "timestamp", "1767225600213");

    Map<String, String> productsGet = new HashMap<>(Map.of(
        "access_token", TOKEN,
        "app_key", APP_KEY,
        "limit", "50",
        "offset", "0",
        "sign_method", "sha256",
        "timestamp", "1767225600000"));
    Map<String, String> productsGetWithBlank = new HashMap<>(productsGet);
    productsGetWithBlank.put("filter", "");
    productsGetWithBlank.put("search", "  ");

    return Stream.of(
        Arguments.of("/product/create", utf8, null, OPENSSL_UTF8_PAYLOAD),
        Arguments.of(
            "/order/get",
            withBody,
            "{\"order_id\":\"491253082180001\"}".getBytes(StandardCharsets.UTF_8),
            OPENSSL_WITH_BODY),
        Arguments.of("/order/get", zeros, null, OPENSSL_LEADING_ZEROS),
        Arguments.of("/products/get", productsGet, null, OPENSSL_PRODUCTS_GET),
        Arguments.of("/products/get", productsGetWithBlank, null, OPENSSL_PRODUCTS_GET));
  }

  @ParameterizedTest
  @MethodSource("opensslFixtures")
  void sign_opensslFixture_matchesExactly(
      String path, Map<String, String> params, byte[] body, String expected) {
    String sign = SIGNER.sign(path, params, body);

    assertThat(sign).isEqualTo(expected).hasSize(64);
    assertThat(SIGNER.isValidSignature(path, params, body, expected.toLowerCase()))
        .isTrue();
  }

  @Test
  void sign_keepsLeadingZeroDigits() {
    String sign = SIGNER.sign(
        "/order/get",
        Map.of(
            "access_token", TOKEN,
            "app_key", APP_KEY,
            "order_id", "491253082180001",
            "sign_method", "sha256",
            "timestamp", "1767225600213"));

    assertThat(sign).startsWith("00").hasSize(64).isUpperCase();
  }

  @Test
  void sign_ignoresAnExistingSignParameter() {
    Map<String, String> withSign = publishedParameters();
    withSign.put("sign", "DEADBEEF");

    assertThat(LazadaSigner.of(PUBLISHED_SECRET).sign("/order/get", withSign))
        .isEqualTo(PUBLISHED_SIGN);
  }

  @Test
  void sign_withEmptyBody_equalsSignWithoutBody() {
    assertThat(SIGNER.sign("/order/get", publishedParameters(), new byte[0]))
        .isEqualTo(SIGNER.sign("/order/get", publishedParameters()));
  }

  @Test
  void isValidSignature_whenSignatureTampered_isRejected() {
    LazadaSigner signer = LazadaSigner.of(PUBLISHED_SECRET);
    String tampered = "5" + PUBLISHED_SIGN.substring(1);

    assertThat(signer.isValidSignature("/order/get", publishedParameters(), null, tampered))
        .isFalse();
    assertThat(signer.isValidSignature("/order/get", publishedParameters(), null, null))
        .isFalse();
    assertThat(signer.isValidSignature("/order/get", publishedParameters(), null, ""))
        .isFalse();
  }

  @Test
  void isValidSignature_whenParameterChanged_isRejected() {
    Map<String, String> changed = publishedParameters();
    changed.put("order_id", "1235");

    assertThat(LazadaSigner.of(PUBLISHED_SECRET)
            .isValidSignature("/order/get", changed, null, PUBLISHED_SIGN))
        .isFalse();
  }

  static Stream<Long> seeds() {
    return LongStream.range(20260101L, 20260126L).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sign_doesNotDependOnParameterOrder(long seed) {
    Random random = new Random(seed);
    List<Map.Entry<String, String>> entries = new ArrayList<>();
    int count = 1 + random.nextInt(12);
    for (int i = 0; i < count; i++) {
      entries.add(Map.entry(randomName(random, i), randomValue(random)));
    }
    Map<String, String> inOrder = new LinkedHashMap<>();
    entries.forEach(e -> inOrder.put(e.getKey(), e.getValue()));
    Collections.shuffle(entries, random);
    Map<String, String> shuffled = new LinkedHashMap<>();
    entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));

    String expected = SIGNER.sign("/x/y", inOrder);
    assertThat(SIGNER.sign("/x/y", shuffled)).isEqualTo(expected);
    assertThat(SIGNER.sign("/x/y", new TreeMap<>(shuffled))).isEqualTo(expected);
    assertThat(SIGNER.sign("/x/y", new HashMap<>(shuffled))).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void baseString_isPathThenNameValuePairsInNameOrder(long seed) {
    Random random = new Random(seed);
    TreeMap<String, String> params = new TreeMap<>();
    int count = random.nextInt(10);
    for (int i = 0; i < count; i++) {
      params.put(randomName(random, i), randomValue(random));
    }
    StringBuilder expected = new StringBuilder("/p");
    params.forEach((k, v) -> expected.append(k).append(v));

    assertThat(LazadaSigner.baseString("/p", new HashMap<>(params))).isEqualTo(expected.toString());
  }

  @Test
  void baseString_whenPathDoesNotStartWithSlash_isRejected() {
    assertThatThrownBy(() -> LazadaSigner.baseString("order/get", Map.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "apiPath must start with / and hold no query, fragment or space: \"order/get\"");
    assertThatThrownBy(() -> LazadaSigner.baseString("/order/get", null))
        .hasMessage("parameters must not be null: null");
  }

  @Test
  void of_whenBlank_isRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> LazadaSigner.of("   "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("appSecret must not be blank");
    assertThatThrownBy(() -> LazadaSigner.of(null)).hasMessage("appSecret must not be blank");
  }

  @Test
  void toString_neverShowsTheSecret() {
    assertThat(SIGNER.toString()).isEqualTo("LazadaSigner[appSecret=***]").doesNotContain(SECRET);
  }

  @Test
  void webhookSignature_matchesOpensslFixtures() {
    assertThat(SIGNER.webhookSignature(APP_KEY, PUSH_BODY.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(OPENSSL_PUSH);
    assertThat(SIGNER.webhookSignature(
            APP_KEY, PUSH_BODY_LEADING_ZEROS.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(OPENSSL_PUSH_LEADING_ZEROS)
        .startsWith("00");
  }

  @Test
  void isValidWebhookSignature_acceptsEitherHexCaseAndSurroundingSpace() {
    byte[] body = PUSH_BODY.getBytes(StandardCharsets.UTF_8);

    assertThat(SIGNER.isValidWebhookSignature(APP_KEY, body, OPENSSL_PUSH)).isTrue();
    assertThat(SIGNER.isValidWebhookSignature(APP_KEY, body, OPENSSL_PUSH.toUpperCase()))
        .isTrue();
    assertThat(SIGNER.isValidWebhookSignature(APP_KEY, body, " " + OPENSSL_PUSH + "\t"))
        .isTrue();
  }

  @Test
  void isValidWebhookSignature_whenBodyTampered_isRejected() {
    byte[] body = PUSH_BODY.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < body.length; i++) {
      byte[] copy = body.clone();
      copy[i] ^= 0x01;
      assertThat(SIGNER.isValidWebhookSignature(APP_KEY, copy, OPENSSL_PUSH))
          .as("byte %d", i)
          .isFalse();
    }
  }

  @Test
  void isValidWebhookSignature_whenReSerialisedWithSpaces_isRejected() {
    String pretty = PUSH_BODY.replace(",", ", ");

    assertThat(SIGNER.isValidWebhookSignature(
            APP_KEY, pretty.getBytes(StandardCharsets.UTF_8), OPENSSL_PUSH))
        .isFalse();
  }

  @Test
  void isValidWebhookSignature_whenAppKeyOrHeaderWrongOrMissing_isRejected() {
    byte[] body = PUSH_BODY.getBytes(StandardCharsets.UTF_8);

    assertThat(SIGNER.isValidWebhookSignature("100002", body, OPENSSL_PUSH)).isFalse();
    assertThat(SIGNER.isValidWebhookSignature(APP_KEY, body, null)).isFalse();
    assertThat(SIGNER.isValidWebhookSignature(APP_KEY, body, "")).isFalse();
    assertThat(SIGNER.isValidWebhookSignature(APP_KEY, null, OPENSSL_PUSH)).isFalse();
    assertThat(SIGNER.isValidWebhookSignature(null, body, OPENSSL_PUSH)).isFalse();
    assertThat(SIGNER.isValidWebhookSignature(" ", body, OPENSSL_PUSH)).isFalse();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isValidWebhookSignature_randomBytesAndHeaders_neverThrow(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      byte[] body = new byte[random.nextInt(300)];
      random.nextBytes(body);
      byte[] header = new byte[random.nextInt(80)];
      random.nextBytes(header);
      String headerText = new String(header, StandardCharsets.ISO_8859_1);
      assertThat(SIGNER.isValidWebhookSignature(APP_KEY, body, headerText)).isFalse();
    }
  }

  @Test
  void sign_fromManyThreads_givesTheSameAnswerEverywhere() throws Exception {
    LazadaSigner signer = LazadaSigner.of(PUBLISHED_SECRET);

    Map<String, Integer> answers =
        Concurrently.countAnswers(16, 200, () -> signer.sign("/order/get", publishedParameters()));

    assertThat(answers).containsExactly(Map.entry(PUBLISHED_SIGN, 16 * 200));
  }

  private static String randomName(Random random, int index) {
    String letters = "abcdefghijklmnopqrstuvwxyz_";
    StringBuilder name = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      name.append(letters.charAt(random.nextInt(letters.length())));
    }
    // A suffix keeps names distinct without changing their character set.
    return name.append('_').append((char) ('a' + index)).toString();
  }

  private static String randomValue(Random random) {
    String pool = "0123456789ABCxyz-:+ ăâđêôơưạảấầẩẫậ{}\"[],";
    StringBuilder value = new StringBuilder("v");
    int length = random.nextInt(30);
    for (int i = 0; i < length; i++) {
      value.append(pool.charAt(random.nextInt(pool.length())));
    }
    return value.toString();
  }
}
