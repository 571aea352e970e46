package io.github.craftmark.platform.internal.shopee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.core.InvalidValueException;
import io.github.craftmark.platform.http.JdkHttpTransport;
import io.github.craftmark.platform.http.TransportRequest;
import io.github.craftmark.platform.http.TransportResponse;
import io.github.craftmark.platform.shopee.ShopeeSigner;
import io.github.craftmark.platform.shopee.ShopeeStandIn;
import io.github.craftmark.platform.testing.TestClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopeeRequestTest {
  static final long PARTNER_ID = 2001887;
  static final String KEY = "EXAMPLE-partner-key";
  static final long SHOP_ID = 14701711;
  static final Instant NOW = Instant.ofEpochSecond(1655714431);

  private final ShopeeSigner signer = ShopeeSigner.of(PARTNER_ID, KEY);
  private final TestClock clock = new TestClock(NOW);
  private ShopeeStandIn shopee;

  @BeforeEach
  void start() throws Exception {
    shopee = new ShopeeStandIn(PARTNER_ID, KEY, clock);
  }

  @AfterEach
  void stop() {
    shopee.close();
  }

  @Test
  void sign_shopCall_putsCommonParametersThenSignThenRequestParameters() {
    ShopeeRequest request = ShopeeRequest.get(
        ShopeeEndpoint.GET_ITEM_LIST,
        List.of(
            Map.entry("offset", "0"),
            Map.entry("page_size", "100"),
            Map.entry("item_status", "NORMAL"),
            Map.entry("item_status", "UNLIST")));

    TransportRequest signed = request.sign(
        URI.create("https://partner.shopeemobile.com"),
        signer,
        1655715094,
        new ShopAuth(SHOP_ID, "59777174636562737266615546704c6d"));

    // The sign is the leading-zero vector of ShopeeSignerTest (computed with openssl).
    assertThat(signed.uri().toString())
        .isEqualTo("https://partner.shopeemobile.com/api/v2/product/get_item_list"
            + "?partner_id=2001887&timestamp=1655715094"
            + "&access_token=59777174636562737266615546704c6d&shop_id=14701711"
            + "&sign=0040a2761afb04b02a9b89df3b2a203efde6ffb9e84bee54b0310b8f5f6ae4b8"
            + "&offset=0&page_size=100&item_status=NORMAL&item_status=UNLIST");
    assertThat(signed.method()).isEqualTo("GET");
    assertThat(signed.body()).isEmpty();
    assertThat(signed.headers()).isEmpty();
    assertThat(signed.toString())
        .isEqualTo("GET https://partner.shopeemobile.com/api/v2/product/get_item_list (0 bytes)");
  }

  @Test
  void sign_publicCall_carriesNoTokenAndSignsWithoutIt() {
    byte[] body = "{\"code\":\"c\"}".getBytes(StandardCharsets.UTF_8);

    TransportRequest signed = ShopeeRequest.postJson(ShopeeEndpoint.TOKEN_GET, body)
        .sign(URI.create("https://partner.shopeemobile.com/"), signer, 1655714431, null);

    assertThat(signed.uri().toString())
        .isEqualTo("https://partner.shopeemobile.com/api/v2/auth/token/get"
            + "?partner_id=2001887&timestamp=1655714431&sign="
            + signer.signPublic("/api/v2/auth/token/get", 1655714431));
    assertThat(signed.headers())
        .containsExactly(Map.entry("Content-Type", List.of("application/json")));
    assertThat(signed.body()).isEqualTo(body);
  }

  @Test
  void sign_queryValuesArePercentEncoded() {
    TransportRequest signed = ShopeeRequest.get(
            ShopeeEndpoint.GET_ORDER_DETAIL, List.of(Map.entry("order_sn_list", "A 1,B&2")))
        .sign(URI.create("http://127.0.0.1:8080"), signer, 1, new ShopAuth(1, "t"));

    assertThat(signed.uri().getRawQuery()).endsWith("&order_sn_list=A%201%2CB%262");
  }

  @Test
  void sign_shopCallWithoutShop_fails() {
    ShopeeRequest request = ShopeeRequest.get(ShopeeEndpoint.GET_ITEM_LIST, List.of());

    assertThatThrownBy(
            () -> request.sign(URI.create("https://partner.shopeemobile.com"), signer, 1, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("shop must be given for the shop API /api/v2/product/get_item_list: null");
  }

  @Test
  void origin_whenBaseHasAPathOrIsNotHttp_fails() {
    assertThatThrownBy(
            () -> ShopeeRequest.origin(URI.create("https://partner.shopeemobile.com/api")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("baseUri must be an http(s) origin such as https://partner.shopeemobile.com:"
            + " https://partner.shopeemobile.com/api");
    assertThatThrownBy(() -> ShopeeRequest.origin(URI.create("ftp://partner.shopeemobile.com")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ShopeeRequest.origin(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void uploadImage_signsAPublicMultipartPostWithSceneAndImageParts() {
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00, 0x01};

    TransportRequest signed = ShopeeRequest.uploadImage(
            jpeg, "image/jpeg", "image-1.jpg", "b0undary")
        .sign(URI.create("https://partner.shopeemobile.com"), signer, 1655714431, null);

    String expectedHead = "--b0undary\r\n"
        + "Content-Disposition: form-data; name=\"scene\"\r\n\r\nnormal\r\n"
        + "--b0undary\r\n"
        + "Content-Disposition: form-data; name=\"image\"; filename=\"image-1.jpg\"\r\n"
        + "Content-Type: image/jpeg\r\n\r\n";
    byte[] body = signed.body();
    assertThat(new String(body, 0, expectedHead.length(), StandardCharsets.ISO_8859_1))
        .isEqualTo(expectedHead);
    assertThat(java.util.Arrays.copyOfRange(body, expectedHead.length(), expectedHead.length() + 5))
        .isEqualTo(jpeg);
    assertThat(new String(
            body,
            expectedHead.length() + 5,
            body.length - expectedHead.length() - 5,
            StandardCharsets.ISO_8859_1))
        .isEqualTo("\r\n--b0undary--\r\n");
    assertThat(signed.header("Content-Type")).contains("multipart/form-data; boundary=b0undary");
    assertThat(signed.uri().toString())
        .isEqualTo("https://partner.shopeemobile.com/api/v2/media_space/upload_image"
            + "?partner_id=2001887&timestamp=1655714431&sign="
            + signer.signPublic("/api/v2/media_space/upload_image", 1655714431));
  }

  @Test
  void uploadImage_whenBoundaryInvalid_fails() {
    ShopeeRequest request =
        ShopeeRequest.uploadImage(new byte[1], "image/png", "a.png", "bad boundary");

    assertThatThrownBy(
            () -> request.sign(URI.create("https://partner.shopeemobile.com"), signer, 1, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("boundary must be 1..70 characters of RFC 2046 without spaces");
  }

  @Test
  void toString_neverShowsTheBody() {
    ShopeeRequest request = ShopeeRequest.postJson(
        ShopeeEndpoint.ACCESS_TOKEN_GET,
        "{\"refresh_token\":\"secret-refresh\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(request.toString())
        .isEqualTo("ShopeeRequest[POST /api/v2/auth/access_token/get, query=[], body=34 bytes]")
        .doesNotContain("secret-refresh");
  }

  @Test
  void signedShopCall_isAcceptedByTheStandIn() throws Exception {
    ShopeeStandIn.Tokens tokens = shopee.issueTokens(SHOP_ID);
    shopee.addItem("Bình gốm men lam", "BINH-01", 350_000, 12, "NORMAL");

    TransportResponse response = send(ShopeeRequest.get(
            ShopeeEndpoint.GET_ITEM_LIST, ShopeePayloads.itemListQuery(0, 10, List.of("NORMAL")))
        .sign(
            shopee.baseUri(),
            signer,
            clock.instant().getEpochSecond(),
            new ShopAuth(SHOP_ID, tokens.accessToken())));

    assertThat(response.statusCode()).isEqualTo(200);
    ShopeeEnvelope envelope = ShopeeEnvelope.parse(200, response.body());
    assertThat(envelope.ok()).isTrue();
    assertThat(ShopeeResponses.itemPage(envelope).itemIds()).hasSize(1);
  }

  @Test
  void signedCall_withAnotherKey_isRejectedAsWrongSign() throws Exception {
    ShopeeStandIn.Tokens tokens = shopee.issueTokens(SHOP_ID);
    ShopeeSigner wrong = ShopeeSigner.of(PARTNER_ID, "not-the-EXAMPLE-key");

    TransportResponse response = send(ShopeeRequest.get(
            ShopeeEndpoint.GET_ITEM_LIST, ShopeePayloads.itemListQuery(0, 10, List.of("NORMAL")))
        .sign(
            shopee.baseUri(),
            wrong,
            clock.instant().getEpochSecond(),
            new ShopAuth(SHOP_ID, tokens.accessToken())));

    ShopeeEnvelope envelope = ShopeeEnvelope.parse(response.statusCode(), response.body());
    assertThat(envelope.error()).isEqualTo("error_sign");
    assertThat(envelope.message()).isEqualTo("Wrong sign.");
    assertThat(envelope.httpStatus()).isEqualTo(403);
  }

  @Test
  void signedCall_withStaleTimestamp_isRejected() throws Exception {
    ShopeeStandIn.Tokens tokens = shopee.issueTokens(SHOP_ID);
    long stale = clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond();

    TransportResponse response = send(ShopeeRequest.get(
            ShopeeEndpoint.GET_ITEM_LIST, ShopeePayloads.itemListQuery(0, 10, List.of("NORMAL")))
        .sign(shopee.baseUri(), signer, stale, new ShopAuth(SHOP_ID, tokens.accessToken())));

    ShopeeEnvelope envelope = ShopeeEnvelope.parse(response.statusCode(), response.body());
    assertThat(envelope.error()).isEqualTo("error_param");
    assertThat(envelope.message()).isEqualTo("Invalid timestamp.");
  }

  @Test
  void signedCall_afterTheAccessTokenExpired_isRejectedWithShopeesMisspeltCode() throws Exception {
    ShopeeStandIn.Tokens tokens = shopee.issueTokens(SHOP_ID);
    clock.advance(Duration.ofHours(4));

    TransportResponse response = send(ShopeeRequest.get(
            ShopeeEndpoint.GET_ITEM_LIST, ShopeePayloads.itemListQuery(0, 10, List.of("NORMAL")))
        .sign(
            shopee.baseUri(),
            signer,
            clock.instant().getEpochSecond(),
            new ShopAuth(SHOP_ID, tokens.accessToken())));

    ShopeeEnvelope envelope = ShopeeEnvelope.parse(response.statusCode(), response.body());
    assertThat(envelope.error()).isEqualTo("invalid_acceess_token");
    assertThat(envelope.accessTokenInvalid()).isTrue();
  }

  @Test
  void uploadImage_isAcceptedByTheStandIn() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    TransportResponse response =
        send(ShopeeRequest.uploadImage(png, "image/png", "a.png", "x-boundary-1")
            .sign(shopee.baseUri(), signer, clock.instant().getEpochSecond(), null));

    ShopeeEnvelope envelope = ShopeeEnvelope.parse(response.statusCode(), response.body());
    assertThat(envelope.ok()).isTrue();
    String id = ShopeeResponses.imageId(envelope);
    assertThat(shopee.images().get(id)).isEqualTo(png);
  }

  private TransportResponse send(TransportRequest signed) throws Exception {
    return JdkHttpTransport.create().send(signed);
  }
}
