package io.github.craftmark.examples.verifyserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.craftmark.core.id.ProducerId;
import io.github.craftmark.core.id.ProductId;
import io.github.craftmark.core.id.Sku;
import io.github.craftmark.core.money.Money;
import io.github.craftmark.core.product.CraftCategory;
import io.github.craftmark.core.product.Product;
import io.github.craftmark.provenance.ledger.InMemoryScanLedger;
import io.github.craftmark.provenance.ledger.ScanLedger;
import io.github.craftmark.provenance.ledger.jdbc.H2Ledgers;
import io.github.craftmark.provenance.ledger.jdbc.JdbcScanLedger;
import io.github.craftmark.provenance.tag.IssuedTag;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dataDir;

  private final TestVillage village = new TestVillage();
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private JdbcScanLedger ledger;
  private VerifyServer server;

  @BeforeEach
  void start() {
    ledger = H2Ledgers.inDirectory(dataDir);
    server = serverOn(ledger, TestVillage.catalogue());
  }

  @AfterEach
  void stop() {
    server.close();
    ledger.close();
  }

  private VerifyServer serverOn(ScanLedger scanLedger, ProductDirectory directory) {
    return VerifyServer.builder()
        .prefix(TestVillage.PREFIX)
        .trustStore(village.trustStore())
        .ledger(scanLedger)
        .directory(directory)
        .clock(TestVillage.CLOCK)
        .build()
        .start();
  }

  @Test
  void get_whenTagGenuine_showsProductVillageProducerOcopAndFirstScan() throws Exception {
    IssuedTag tag = village.vaseTag();

    HttpResponse<String> page = get(server.pageUri(tag.text()));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("<html lang=\"vi\">")
        .contains("<h1>Tem thật</h1>")
        .contains("Chữ ký hợp lệ của Xưởng gốm Minh Long, thành viên được Hiệp hội Gốm sứ Bát"
            + " Tràng chứng nhận.")
        .contains("Đây là lần quét đầu tiên của tem này trong 30 ngày qua.")
        .contains("Bình hút lộc men rạn đắp nổi")
        .contains("BT-VASE-0042")
        .contains("Làng gốm Bát Tràng")
        .contains("Gốm sứ Bát Tràng")
        .contains("Nhãn hiệu tập thể “Gốm Bát Tràng”")
        .contains("★★★★☆")
        .contains("EXAMPLE-153/2024/GCN-OCOP")
        .contains("Còn hiệu lực đến 15/03/2027")
        .contains("1 lượt quét, chưa rõ ở đâu")
        .contains("<form method=\"post\"");
  }

  @Test
  void get_whenPathUpperOrLowerCase_verifiesTheSameTag() throws Exception {
    IssuedTag tag = village.vaseTag();
    String digits = tag.text().substring(TestVillage.PREFIX.value().length());

    HttpResponse<String> upper = get(server.uri().resolve("T/" + digits));
    HttpResponse<String> lower = get(server.uri().resolve("t/" + digits));

    assertThat(upper.body()).contains("<h1>Tem thật</h1>");
    assertThat(lower.body()).contains("<h1>Tem thật</h1>").contains("2 lượt quét");
  }

  @Test
  void get_whenLangEn_showsEnglish() throws Exception {
    IssuedTag tag = village.vaseTag();

    HttpResponse<String> page = get(URI.create(server.pageUri(tag.text()) + "?lang=en"));

    assertThat(page.body())
        .contains("<html lang=\"en\">")
        .contains("<h1>Genuine tag</h1>")
        .contains("Crackle-glaze fortune vase with relief")
        .contains("Valid until 15 Mar 2027")
        .contains("Tiếng Việt");
  }

  @Test
  void get_whenTagTampered_isNotGenuineAndSaysWhy() throws Exception {
    IssuedTag tag = village.vaseTag();

    HttpResponse<String> page = get(server.pageUri(TestVillage.tampered(tag.text())));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>Không phải tem thật</h1>")
        .contains("Chữ ký không khớp với nội dung tem: tem đã bị sửa hoặc bị làm giả.")
        .contains("bad-signature")
        .doesNotContain("Bình hút lộc")
        .doesNotContain("<form")
        .doesNotContain("lượt quét");
  }

  @Test
  void get_whenTagFromAnotherAuthority_isUnknownIssuer() throws Exception {
    IssuedTag stranger = new TestVillage().vaseTag();

    HttpResponse<String> page = get(URI.create(server.pageUri(stranger.text()) + "?lang=en"));

    assertThat(page.body())
        .contains("Not a genuine tag")
        .contains("No trusted member certificate has the tag&#39;s key id.");
  }

  @Test
  void get_whenProductNameHoldsMarkup_escapesIt() throws Exception {
    server.close();
    Product hostile = Product.builder()
        .id(ProductId.of("xss-01"))
        .sku(Sku.of("BT-XSS-1"))
        .nameVi("<script>alert('x')</script> Bình & \"chén\"")
        .category(CraftCategory.CERAMICS)
        .price(Money.ofDong(100_000))
        .stock(1)
        .producer(ProducerId.of("xuong-gom-minh-long"))
        .build();
    server =
        serverOn(ledger, InMemoryProductDirectory.builder().addProduct(hostile).build());

    HttpResponse<String> page = get(server.pageUri(village.tagFor("BT-XSS-1").text()));

    assertThat(page.body())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Bình &amp; &quot;chén&quot;");
  }

  @Test
  void responses_carrySecurityHeaders() throws Exception {
    HttpResponse<String> page = get(server.pageUri(village.vaseTag().text()));
    HttpResponse<String> error = get(server.uri().resolve("nothing-here"));

    for (HttpResponse<String> response : java.util.List.of(page, error)) {
      assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
          .startsWith("default-src 'none'; style-src 'sha256-")
          .contains("form-action 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
    assertThat(page.body()).doesNotContain("<script").doesNotContain(" style=");
  }

  @Test
  void contentSecurityPolicy_allowsExactlyThePagesStyleSheet() throws Exception {
    HttpResponse<String> page = get(server.pageUri(village.vaseTag().text()));
    String body = page.body();
    String style = body.substring(body.indexOf("<style>") + 7, body.indexOf("</style>"));
    String hash = java.util.Base64.getEncoder()
        .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
            .digest(style.getBytes(StandardCharsets.UTF_8)));

    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("style-src 'sha256-" + hash + "'");
    assertThat(body.indexOf("<style>")).isEqualTo(body.lastIndexOf("<style>"));
  }

  @Test
  void get_withAcceptJson_returnsTheSameVerdict() throws Exception {
    IssuedTag tag = village.vaseTag();

    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(server.pageUri(tag.text()))
            .header("Accept", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    JsonNode json = JSON.readTree(response.body());
    assertThat(json.get("tag").asText()).isEqualTo(tag.text());
    assertThat(json.get("genuine").asBoolean()).isTrue();
    assertThat(json.get("status").asText()).isEqualTo("GENUINE_FIRST_SCAN");
    assertThat(json.get("ledger").asText()).isEqualTo("RECORDED");
    assertThat(json.get("serial").asText()).isEqualTo(tag.claims().serial().toString());
    assertThat(json.at("/product/nameVi").asText()).isEqualTo("Bình hút lộc men rạn đắp nổi");
    assertThat(json.at("/village/name").asText()).isEqualTo("Làng gốm Bát Tràng");
    assertThat(json.at("/producer/name").asText()).isEqualTo("Xưởng gốm Minh Long");
    assertThat(json.at("/ocop/stars").asInt()).isEqualTo(4);
    assertThat(json.at("/ocop/status").asText()).isEqualTo("ACTIVE");
    assertThat(json.at("/scans/inWindow").asInt()).isEqualTo(1);
    assertThat(json.get("copySignals")).isEmpty();
    assertThat(json.get("claimable").asBoolean()).isTrue();

    HttpResponse<String> tampered = http.send(
        HttpRequest.newBuilder(server.pageUri(TestVillage.tampered(tag.text())))
            .header("Accept", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode rejected = JSON.readTree(tampered.body());
    assertThat(rejected.get("genuine").asBoolean()).isFalse();
    assertThat(rejected.get("status").asText()).isEqualTo("NOT_GENUINE");
    assertThat(rejected.at("/rejection/code").asText()).isEqualTo("bad-signature");
  }

  @Test
  void get_whenScannedInManyProvinces_showsCopySignal() throws Exception {
    IssuedTag tag = village.vaseTag();
    for (String province : new String[] {"01", "79", "48", "31"}) {
      get(URI.create(server.pageUri(tag.text()) + "?province=" + province));
    }

    HttpResponse<String> page = get(URI.create(server.pageUri(tag.text()) + "?province=92"));

    assertThat(page.body())
        .contains("<h1>Nghi tem bị sao chép</h1>")
        .contains("Được quét ở quá nhiều nơi khác nhau")
        .contains("Thành phố Hồ Chí Minh: 1 lượt")
        .contains("5 lượt quét, ở 5 nơi");
  }

  @Test
  void post_claimOnceThenAgain_isClaimedThenAlreadyClaimed() throws Exception {
    IssuedTag tag = village.vaseTag();
    URI page = server.pageUri(tag.text());
    get(page);

    HttpResponse<String> first = post(page, "code=7kq3-m9xd-2hvb&province=01");
    HttpResponse<String> second = post(page, "code=" + TestVillage.CLAIM_CODE);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body())
        .contains("Đã xác nhận: sản phẩm này nay đã được đăng ký cho bạn (lúc 10:00 ngày"
            + " 01/03/2026).");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body())
        .contains("<h1>Tem thật, nhưng đã có người xác nhận</h1>")
        .contains("Sản phẩm này đã được xác nhận lúc 10:00 ngày 01/03/2026.")
        .contains("1 lượt quét, 2 lần nhập mã xác nhận")
        .doesNotContain("<form");
  }

  @Test
  void post_whenCodeWrong_saysSoThenThrottles() throws Exception {
    URI page = server.pageUri(village.vaseTag().text());

    HttpResponse<String> wrong = post(page, "code=AAAABBBBCCCC");
    for (int i = 0; i < 4; i++) {
      post(page, "code=AAAABBBBCCCC");
    }
    HttpResponse<String> throttled = post(URI.create(page + "?lang=en"), "code=AAAABBBBCCCC");

    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body()).contains("Mã xác nhận không đúng với sản phẩm này.");
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).hasValue("3600");
    assertThat(throttled.body())
        .contains("Too many wrong codes for this item; try again after 1 Mar 2026, 11:00.");
  }

  @Test
  void post_withJson_returnsTheClaimOutcome() throws Exception {
    URI page = server.pageUri(village.vaseTag().text());

    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(page)
            .header("Accept", "application/json")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("code=" + TestVillage.CLAIM_CODE))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    JsonNode json = JSON.readTree(response.body());
    assertThat(json.at("/claim/outcome").asText()).isEqualTo("claim-won");
    assertThat(json.at("/claim/at").asText()).isEqualTo("2026-03-01T03:00:00Z");
  }

  @Test
  void whenLedgerUnavailable_pageSaysCopiesUncheckedAndClaimUnavailable() throws Exception {
    server.close();
    JdbcScanLedger closed = H2Ledgers.inDirectory(dataDir.resolve("closed"));
    closed.close();
    server = serverOn(closed, TestVillage.catalogue());
    URI page = server.pageUri(village.vaseTag().text());

    HttpResponse<String> view = get(page);
    HttpResponse<String> claim = post(page, "code=" + TestVillage.CLAIM_CODE);

    assertThat(view.body())
        .contains("<h1>Tem thật — chưa kiểm tra được bản sao</h1>")
        .contains("Hiện không đọc được sổ quét.");
    assertThat(claim.statusCode()).isEqualTo(503);
    assertThat(claim.body()).contains("Hiện không thể kiểm tra yêu cầu xác nhận");
  }

  @Test
  void whenProductNotInDirectory_showsSignedFactsOnly() throws Exception {
    server.close();
    server = serverOn(
        InMemoryScanLedger.create(new java.security.SecureRandom()),
        InMemoryProductDirectory.builder().build());

    HttpResponse<String> page = get(server.pageUri(village.vaseTag().text()));

    assertThat(page.body())
        .contains("<h1>Tem thật</h1>")
        .contains("Chưa có trong danh mục của máy chủ này")
        .contains("xuong-gom-minh-long")
        .contains("Không tìm thấy giấy chứng nhận trong danh mục");
  }

  @Test
  void badPaths_get404PagesWithoutDetails() throws Exception {
    for (String path :
        new String[] {"nothing-here", "T/", "T/12ab", "T/1/2", "X/123", "T/%2e%2e/etc"}) {
      HttpResponse<String> response = get(server.uri().resolve(path));

      assertThat(response.statusCode()).as(path).isBetween(400, 404);
      assertThat(response.body())
          .as(path)
          .contains("<section class=\"verdict rejected\" id=\"error\">")
          .doesNotContain("Exception")
          .doesNotContain("at io.github");
    }
  }

  @Test
  void get_withUnknownProvince_is400() throws Exception {
    HttpResponse<String> response =
        get(URI.create(server.pageUri(village.vaseTag().text()) + "?province=99"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Tỉnh/thành không hợp lệ");
  }

  @Test
  void get_whenTargetTooLong_is414() throws Exception {
    HttpResponse<String> response = get(server.uri().resolve("T/" + "1".repeat(3000)));

    assertThat(response.statusCode()).isEqualTo(414);
  }

  @Test
  void wrongMethods_get405WithAllow() throws Exception {
    URI page = server.pageUri(village.vaseTag().text());
    for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(page)
              .method(method, HttpRequest.BodyPublishers.ofString("code=x"))
              .build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
    }
    HttpResponse<String> postHome = post(server.uri(), "code=x");
    assertThat(postHome.statusCode()).isEqualTo(405);
  }

  @Test
  void post_whenBodyTooLarge_is413AndClaimsNothing() throws Exception {
    URI page = server.pageUri(village.vaseTag().text());
    String huge = "code=" + TestVillage.CLAIM_CODE + "&pad=" + "x".repeat(10_000);

    HttpResponse<String> response = post(page, huge);
    HttpResponse<String> claim = post(page, "code=" + TestVillage.CLAIM_CODE);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(claim.body()).contains("Đã xác nhận");
  }

  @Test
  void post_whenChunkedBodyTooLarge_is413() throws Exception {
    URI page = server.pageUri(village.vaseTag().text());
    // No Content-Length: the server must stop reading at its limit all the same.
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(page)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                ("code=" + "x".repeat(100_000)).getBytes(StandardCharsets.UTF_8))))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void post_whenNotAForm_is415_andWithoutCode_is400() throws Exception {
    URI page = server.pageUri(village.vaseTag().text());

    HttpResponse<String> json = http.send(
        HttpRequest.newBuilder(page)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"x\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> noCode = post(page, "province=01");
    HttpResponse<String> blank = post(page, "code=%20");

    assertThat(json.statusCode()).isEqualTo(415);
    assertThat(noCode.statusCode()).isEqualTo(400);
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("Mã xác nhận hoặc mã người mua không đúng định dạng.");
  }

  @Test
  void garbageRequestLine_doesNotBreakTheServer() throws Exception {
    try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
      socket.getOutputStream().write("NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      socket.setSoTimeout(5000);
      try {
        socket.getInputStream().readAllBytes();
      } catch (IOException ignored) {
        // A reset is as good an answer as a 400.
      }
    }

    assertThat(get(server.uri()).statusCode()).isEqualTo(200);
  }

  @Test
  void badEscapeInQuery_is400WithoutStackTrace() throws Exception {
    String tagPath = server.pageUri(village.vaseTag().text()).getRawPath();
    try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(("GET " + tagPath + "?lang=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      // The JDK's server refuses such a target itself, before any handler, with a one-line page.
      assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("\tat ");
    }
  }

  @Test
  void pageUri_whenTagHasAnotherPrefix_fails() {
    assertThatThrownBy(() -> server.pageUri("HTTPS://ELSEWHERE.VN/T/1123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HTTPS://BATTRANG.VN/T/");
  }

  @Test
  void builder_whenSettingMissing_namesIt() {
    assertThatThrownBy(() -> VerifyServer.builder().prefix(TestVillage.PREFIX).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ledger");
  }

  @Test
  void normaliseClaimCode_dropsSeparatorsAndUpperCases() {
    assertThat(VerifyServer.normaliseClaimCode(" 7kq3-m9xd 2hvb ")).isEqualTo("7KQ3M9XD2HVB");
    assertThat(VerifyServer.normaliseClaimCode(" - ")).isEqualTo(" - ");
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI uri, String form) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
