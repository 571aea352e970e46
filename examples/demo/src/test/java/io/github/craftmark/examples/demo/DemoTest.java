package io.github.craftmark.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.ledger.ClaimOutcome;
import io.github.craftmark.provenance.ledger.CopyRule;
import io.github.craftmark.provenance.ledger.ScanVerdict;
import io.github.craftmark.provenance.qr.QrImageDecoder;
import io.github.craftmark.provenance.tag.RejectionReason;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
  @TempDir
  static Path dir;

  private static Demo.Result result;
  private static String account;
  private static Path out;

  @BeforeAll
  static void runTheDemo() throws Exception {
    out = dir.resolve("demo-out");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    result = new Demo(out, log, Clock.systemUTC(), new SecureRandom()).run();
    account = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void verdicts_tellGenuineTamperedAndPhotocopiedApart() {
    assertThat(result.genuine().status()).isEqualTo(ScanVerdict.Status.GENUINE_FIRST_SCAN);
    assertThat(result.tampered().status()).isEqualTo(ScanVerdict.Status.NOT_GENUINE);
    assertThat(result.tampered().tagVerdict().rejectionReason())
        .contains(RejectionReason.BAD_SIGNATURE);
    assertThat(result.photocopied().status()).isEqualTo(ScanVerdict.Status.SUSPECTED_COPY);
    assertThat(result.photocopied().copyAssessment().orElseThrow().fired(CopyRule.TOO_MANY_PLACES))
        .isTrue();
  }

  @Test
  void firstClaimWins_andTheSecondIsEvidenceOfACopy() {
    assertThat(result.firstClaim()).isInstanceOf(ClaimOutcome.Claimed.class);
    assertThat(result.secondClaim()).isInstanceOf(ClaimOutcome.AlreadyClaimed.class);
  }

  @Test
  void outputs_areWritten_andTheQrImagesDecodeToTheTags() throws Exception {
    assertThat(out.resolve("labels.pdf")).isNotEmptyFile();
    assertThat(out.resolve("claim-codes.pdf")).isNotEmptyFile();
    assertThat(out.resolve("authority/trust-list.cbor")).isNotEmptyFile();
    assertThat(out.resolve("batch-2412/tags.csv")).isNotEmptyFile();
    try (Stream<Path> pngs = Files.list(out.resolve("qr"))) {
      assertThat(pngs.count()).isEqualTo(result.items().size());
    }
    var first = result.items().get(0).tag();
    byte[] png = Files.readAllBytes(out.resolve("qr").resolve(first.claims().serial() + ".png"));
    assertThat(QrImageDecoder.decodeImage(png)).contains(first.text());
  }

  @Test
  void listings_carryTheProvenanceLine_andTheIncompleteProductIsReportedNotSent() {
    assertThat(result.listings()).hasSize(3);
    assertThat(account)
        .contains("Khăn lụa tơ tằm Vạn Phúc")
        .contains("not listed")
        .contains("MISSING_WEIGHT");
    assertThat(account)
        .contains("Nguồn gốc: làng nghề Bát Tràng · thương hiệu Gốm Bát Tràng · OCOP 4 sao");
  }

  @Test
  void account_isReadable_andNeverShowsAClaimCode() {
    assertThat(account)
        .contains("1. Village authority", "6. Listings on the fake marketplace", "Done.");
    for (var item : result.items()) {
      assertThat(account).doesNotContain(item.claimCode());
    }
  }

  @Test
  void serve_opensTheTagPagesOverHttp_fromTheDemosLedger() throws Exception {
    Demo demo = new Demo(
        out,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        Clock.systemUTC(),
        new SecureRandom());
    try (Demo.Served served =
        demo.serve(result, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      HttpClient http = HttpClient.newHttpClient();
      String claimed = result.items().get(0).tag().text();
      HttpResponse<String> page = http.send(
          HttpRequest.newBuilder(served.server().pageUri(claimed)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Bình hút lộc men rạn đắp nổi").contains("Bát Tràng");
      HttpResponse<String> json = http.send(
          HttpRequest.newBuilder(served.server().pageUri(claimed))
              .header("Accept", "application/json")
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(json.body()).contains("GENUINE");
    }
  }

  @Test
  void run_refusesAFolderItDidNotMake() throws Exception {
    Path foreign = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(foreign.resolve("thesis.txt"), "keep me");
    Demo demo = new Demo(
        foreign,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        Clock.systemUTC(),
        new SecureRandom());
    assertThatThrownBy(demo::run).hasMessageContaining("was not made by the demo");
    assertThat(foreign.resolve("thesis.txt")).hasContent("keep me");
  }
}
