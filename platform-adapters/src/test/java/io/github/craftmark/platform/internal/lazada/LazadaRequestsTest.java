package io.github.craftmark.platform.internal.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.craftmark.platform.http.JdkHttpTransport;
import io.github.craftmark.platform.http.MultipartPart;
import io.github.craftmark.platform.http.TransportRequest;
import io.github.craftmark.platform.http.TransportResponse;
import io.github.craftmark.platform.lazada.LazadaSigner;
import io.github.craftmark.platform.lazada.LazadaStandIn;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LazadaRequestsTest {
  private static final String APP_KEY = "100001";
  private static final String SECRET = "EXAMPLEsecretBatTrang2026";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);

  private LazadaStandIn standIn;
  private LazadaRequests requests;
  private String token;

  @BeforeEach
  void start() throws IOException {
    standIn = LazadaStandIn.start(APP_KEY, SECRET, CLOCK);
    requests = new LazadaRequests(APP_KEY, LazadaSigner.of(SECRET), CLOCK, new Random(42));
    token = standIn.issueTokens().accessToken();
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  static LazadaResponse send(TransportRequest request) throws IOException {
    TransportResponse response = JdkHttpTransport.create().send(request);
    return LazadaResponse.parse(response.statusCode(), response.body());
  }

  @Test
  void get_isSignedAndAccepted_withEveryParameterInTheQuery() throws Exception {
    standIn.addProduct("Bình hút lộc", Map.of("BT-BHL-25", 1_250_000L), 12);

    LazadaResponse response = send(requests.get(
        standIn.gateway(),
        "/products/get",
        Map.of("filter", "all", "limit", "50"),
        Optional.of(token)));

    assertThat(response.isSuccess()).as(response.errorMessage()).isTrue();
    LazadaStandIn.Received received = standIn.received("/products/get").get(0);
    assertThat(received.method()).isEqualTo("GET");
    assertThat(received.parameters())
        .containsEntry("app_key", APP_KEY)
        .containsEntry("timestamp", "1772330400000")
        .containsEntry("sign_method", "sha256")
        .containsEntry("access_token", token)
        .containsKey("sign");
  }

  @Test
  void postForm_sendsVietnameseAndReservedCharactersIntact() throws Exception {
    String payload = "{\"Request\":{\"Product\":{\"Skus\":{\"Sku\":[{\"ItemId\":\"1\","
        + "\"SellerSku\":\"A&B=C+D %\",\"Quantity\":\"3\"}]}}},\"note\":\"Bình hút lộc ✓\"}";

    send(requests.postForm(
        standIn.gateway(),
        "/product/price_quantity/update",
        Map.of("payload", payload),
        Optional.of(token)));

    LazadaStandIn.Received received =
        standIn.received("/product/price_quantity/update").get(0);
    assertThat(received.method()).isEqualTo("POST");
    assertThat(received.contentType()).startsWith("application/x-www-form-urlencoded");
    assertThat(received.parameters()).containsEntry("payload", payload);
    // The stand-in answered the call itself, so the signature passed its own check.
    assertThat(standIn.received()).hasSize(1);
  }

  @Test
  void postFile_signsTextFieldsButNotTheFile() throws Exception {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10, 0x0D, 0x0A, 0x2D, 0x2D};

    LazadaResponse response = send(requests.postFile(
        standIn.gateway(),
        "/image/upload",
        Map.of(),
        Optional.of(token),
        MultipartPart.file("image", "image-1.jpg", "image/jpeg", jpeg)));

    assertThat(response.isSuccess()).as(response.errorMessage()).isTrue();
    String url = LazadaReplies.imageUrl("/image/upload", response);
    assertThat(standIn.image(url)).hasValueSatisfying(b -> assertThat(b).isEqualTo(jpeg));
  }

  @Test
  void blankParameters_areNotSent() throws Exception {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("filter", "all");
    params.put("search", " ");
    params.put("limit", "");

    LazadaResponse response =
        send(requests.get(standIn.gateway(), "/products/get", params, Optional.of(token)));

    assertThat(response.isSuccess()).isTrue();
    assertThat(standIn.received().get(0).parameters()).doesNotContainKeys("search", "limit");
  }

  @Test
  void tamperedParameter_isRejectedWithIncompleteSignature() throws Exception {
    TransportRequest signed = requests.get(
        standIn.gateway(), "/products/get", Map.of("filter", "all"), Optional.of(token));
    URI tampered = URI.create(signed.uri().toString().replace("filter=all", "filter=live"));

    LazadaResponse response = send(TransportRequest.get(tampered));

    assertThat(response.errorCode()).isEqualTo("IncompleteSignature");
    assertThat(response.type()).contains("ISV");
  }

  @Test
  void wrongSecret_isRejectedWithIncompleteSignature() throws Exception {
    LazadaRequests wrong =
        new LazadaRequests(APP_KEY, LazadaSigner.of("another-secret"), CLOCK, new Random(1));

    LazadaResponse response = send(
        wrong.get(standIn.gateway(), "/products/get", Map.of("filter", "all"), Optional.of(token)));

    assertThat(response.errorCode()).isEqualTo("IncompleteSignature");
  }

  @Test
  void timestampOutsideTheWindow_isRejected() throws Exception {
    Clock late = Clock.offset(CLOCK, Duration.ofSeconds(7201));
    LazadaRequests skewed =
        new LazadaRequests(APP_KEY, LazadaSigner.of(SECRET), late, new Random(1));

    LazadaResponse response = send(skewed.get(
        standIn.gateway(), "/products/get", Map.of("filter", "all"), Optional.of(token)));

    assertThat(response.errorCode()).isEqualTo("InvalidTimestamp");
  }

  @Test
  void expiredAccessToken_isRejectedAsIllegalAccessToken() throws Exception {
    standIn.expire(token);

    LazadaResponse response = send(requests.get(
        standIn.gateway(), "/products/get", Map.of("filter", "all"), Optional.of(token)));

    assertThat(response.isTokenRejected()).isTrue();
    assertThat(response.errorMessage())
        .isEqualTo("The specified access token is invalid or expired");
  }

  @Test
  void tokenCall_withoutAccessToken_isSignedWithAppKeyOnly() throws Exception {
    standIn.issueAuthCode("0_100132_EXAMPLE", "200123456");

    LazadaResponse response = send(requests.postForm(
        standIn.gateway(),
        LazadaOAuth.TOKEN_CREATE,
        Map.of("code", "0_100132_EXAMPLE"),
        Optional.empty()));

    assertThat(response.isSuccess()).as(response.errorMessage()).isTrue();
    assertThat(standIn.received().get(0).parameters()).doesNotContainKey("access_token");
    LazadaTokenGrant grant =
        LazadaTokenGrant.parse(LazadaOAuth.TOKEN_CREATE, response.root(), CLOCK.instant());
    assertThat(grant.expiresAt()).isEqualTo(CLOCK.instant().plusSeconds(30L * 86400));
    assertThat(grant.sellerId("vn")).contains("200123456");
  }
}
