package io.github.craftmark.platform.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.craftmark.platform.internal.tiktok.QueryString;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in must reject what TikTok Shop rejects, or the end-to-end tests prove nothing. */
class TikTokShopStandInTest {
  private static final Instant NOW = Instant.parse("2024-06-03T05:00:00Z");
  private static final String SHOP_ID = "7494049642642441621";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final TikTokShopSigner signer = TikTokShopSigner.of(TikTokShopStandIn.APP_SECRET);
  private TikTokShopStandIn standIn;
  private String accessToken;

  @BeforeEach
  void start() throws Exception {
    standIn = TikTokShopStandIn.start(NOW);
    accessToken = standIn.issueTokens(SHOP_ID)[0];
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private JsonNode call(String method, String path, Map<String, String> query, byte[] body)
      throws Exception {
    return call(method, path, query, body, signer.sign(path, query, "application/json", body));
  }

  private JsonNode call(
      String method, String path, Map<String, String> query, byte[] body, String sign)
      throws Exception {
    Map<String, String> signed = new LinkedHashMap<>(query);
    signed.put("sign", sign);
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(standIn.baseUri() + path + "?" + QueryString.encode(signed)))
        .header("Content-Type", "application/json")
        .header("x-tts-access-token", accessToken)
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    JsonNode reply = json.readTree(response.body());
    ((com.fasterxml.jackson.databind.node.ObjectNode) reply).put("http", response.statusCode());
    return reply;
  }

  private Map<String, String> query(String... extra) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("app_key", TikTokShopStandIn.APP_KEY);
    query.put("timestamp", Long.toString(NOW.getEpochSecond()));
    for (int i = 0; i < extra.length; i += 2) {
      query.put(extra[i], extra[i + 1]);
    }
    return query;
  }

  @Test
  void authorizedShops_whenSignedCorrectly_givesTheCipher() throws Exception {
    JsonNode reply = call("GET", "/authorization/202309/shops", query(), new byte[0]);

    assertThat(reply.path("code").asLong()).isZero();
    assertThat(reply.path("data").path("shops").get(0).path("cipher").asText())
        .isEqualTo("ROW_EXAMPLEcipher01");
  }

  @Test
  void anyCall_whenSignIsWrong_isRejectedWith106001() throws Exception {
    JsonNode reply = call(
        "GET",
        "/authorization/202309/shops",
        query(),
        new byte[0],
        "0000000000000000000000000000000000000000000000000000000000000000");

    assertThat(reply.path("http").asInt()).isEqualTo(401);
    assertThat(reply.path("code").asLong()).isEqualTo(106001);
  }

  @Test
  void anyCall_whenBodyDiffersFromTheSignedBytes_isRejected() throws Exception {
    Map<String, String> query = query("shop_cipher", "ROW_EXAMPLEcipher01", "page_size", "10");
    String sign = signer.sign(
        "/product/202309/products/search",
        query,
        "application/json",
        "{\"status\":\"ALL\"}".getBytes(StandardCharsets.UTF_8));

    JsonNode reply = call(
        "POST",
        "/product/202309/products/search",
        query,
        "{\"status\": \"ALL\"}".getBytes(StandardCharsets.UTF_8),
        sign);

    assertThat(reply.path("code").asLong()).isEqualTo(106001);
  }

  @Test
  void anyCall_whenTimestampIsOlderThanFiveMinutes_isRejected() throws Exception {
    Map<String, String> query = query();
    query.put("timestamp", Long.toString(NOW.getEpochSecond() - 301));

    JsonNode reply = call("GET", "/authorization/202309/shops", query, new byte[0]);

    assertThat(reply.path("code").asLong()).isEqualTo(36009004);
    assertThat(reply.path("message").asText()).startsWith("Invalid timestamp.");
  }

  @Test
  void anyCall_whenAccessTokenExpired_isRejectedWith105002() throws Exception {
    standIn.expireAccessTokens();

    JsonNode reply = call("GET", "/authorization/202309/shops", query(), new byte[0]);

    assertThat(reply.path("code").asLong()).isEqualTo(105002);
  }

  @Test
  void shopCall_withoutShopCipher_isRejected() throws Exception {
    JsonNode reply = call(
        "POST",
        "/product/202309/products/search",
        query("page_size", "10"),
        "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(reply.path("code").asLong()).isEqualTo(36009004);
    assertThat(reply.path("message").asText()).contains("shop_cipher");
  }

  @Test
  void failNextWithRateLimit_failsOnceWith429() throws Exception {
    standIn.failNextWithRateLimit("/authorization/202309/shops");

    JsonNode first = call("GET", "/authorization/202309/shops", query(), new byte[0]);
    JsonNode second = call("GET", "/authorization/202309/shops", query(), new byte[0]);

    assertThat(first.path("http").asInt()).isEqualTo(429);
    assertThat(first.path("code").asLong()).isEqualTo(36009002);
    assertThat(second.path("code").asLong()).isZero();
  }

  @Test
  void tokenGet_givesAbsoluteExpiryTimes() throws Exception {
    String code = standIn.issueAuthCode(SHOP_ID);
    URI uri = URI.create(standIn.baseUri()
        + "/api/v2/token/get?"
        + QueryString.encode(Map.of(
            "app_key",
            TikTokShopStandIn.APP_KEY,
            "app_secret",
            TikTokShopStandIn.APP_SECRET,
            "auth_code",
            code,
            "grant_type",
            "authorized_code")));

    JsonNode reply = json.readTree(http.send(
            HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
        .body());

    assertThat(reply.path("data").path("access_token_expire_in").asLong())
        .isEqualTo(NOW.plus(TikTokShopStandIn.ACCESS_TOKEN_LIFETIME).getEpochSecond());
    assertThat(reply.path("data").path("refresh_token_expire_in").asLong())
        .isEqualTo(NOW.plus(TikTokShopStandIn.REFRESH_TOKEN_LIFETIME).getEpochSecond());
  }

  @Test
  void sendWebhook_signsAsTheSdkExpects() throws Exception {
    List<String> headers = new CopyOnWriteArrayList<>();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hooks/tiktok", exchange -> {
      headers.add(exchange.getRequestHeaders().getFirst("Authorization"));
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    receiver.start();
    byte[] body = "{\"type\":1,\"shop_id\":\"7494049642642441621\",\"timestamp\":1717390800}"
        .getBytes(StandardCharsets.UTF_8);
    try {
      int status = standIn.sendWebhook(
          URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/tiktok"),
          body);

      assertThat(status).isEqualTo(200);
    } finally {
      receiver.stop(0);
    }
    assertThat(headers).containsExactly(signer.webhookSignature(TikTokShopStandIn.APP_KEY, body));
  }
}
