package io.github.craftmark.examples.verifyserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.craftmark.provenance.ledger.jdbc.H2Ledgers;
import io.github.craftmark.provenance.ledger.jdbc.JdbcScanLedger;
import io.github.craftmark.provenance.tag.IssuedTag;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages in a real headless Chromium, on a phone-sized screen: a genuine tag, a tampered one,
 * a claim and a second claim. Each step leaves a screenshot in {@code
 * target/browser-screenshots/}.
 */
class VerifyServerBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  @TempDir
  Path dataDir;

  private final TestVillage village = new TestVillage();
  private JdbcScanLedger ledger;
  private VerifyServer server;
  private HeadlessChromium browser;

  @BeforeEach
  void start() throws Exception {
    Optional<Path> chromium = HeadlessChromium.find();
    if (chromium.isEmpty()) {
      String why = "no Chromium installed (looked for CHROMIUM_BIN, /usr/bin/chromium,"
          + " /usr/bin/chromium-browser, /usr/bin/google-chrome); install Debian's chromium";
      if ("true".equals(System.getenv("CI"))) {
        fail(why + ": CI must run the browser test");
      }
      Assumptions.abort(why);
    }
    ledger = H2Ledgers.inDirectory(dataDir);
    server = VerifyServer.builder()
        .prefix(TestVillage.PREFIX)
        .trustStore(village.trustStore())
        .ledger(ledger)
        .directory(TestVillage.catalogue())
        .clock(TestVillage.CLOCK)
        .build()
        .start();
    Files.createDirectories(SCREENSHOTS);
    browser = HeadlessChromium.launch(chromium.get(), SCREENSHOTS.resolve("chromium.log"));
  }

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (ledger != null) {
      ledger.close();
    }
  }

  @Test
  void genuineTamperedClaimAndSecondClaim_inChromium() throws Exception {
    IssuedTag tag = village.vaseTag();
    URI page = server.pageUri(tag.text());

    browser.open(page);
    browser.screenshot(SCREENSHOTS.resolve("1-genuine.png"));
    assertThat(browser.text())
        .contains("Tem thật")
        .contains("Bình hút lộc men rạn đắp nổi")
        .contains("Làng gốm Bát Tràng")
        .contains("Xưởng gốm Minh Long")
        .contains("★★★★☆")
        .contains("Còn hiệu lực đến 15/03/2027")
        .contains("Đây là lần quét đầu tiên của tem này trong 30 ngày qua.");

    browser.open(server.pageUri(TestVillage.tampered(tag.text())));
    browser.screenshot(SCREENSHOTS.resolve("2-tampered.png"));
    assertThat(browser.text())
        .contains("Không phải tem thật")
        .contains("Chữ ký không khớp với nội dung tem")
        .doesNotContain("Bình hút lộc");

    browser.open(page);
    browser.type("code", "7kq3-m9xd-2hvb");
    browser.click("button[type=submit]");
    browser.awaitLoad();
    browser.screenshot(SCREENSHOTS.resolve("3-claimed.png"));
    assertThat(browser.text())
        .contains("Kết quả xác nhận")
        .contains("Đã xác nhận: sản phẩm này nay đã được đăng ký cho bạn (lúc 10:00 ngày"
            + " 01/03/2026).");

    browser.open(page);
    browser.type("code", TestVillage.CLAIM_CODE);
    browser.click("button[type=submit]");
    browser.awaitLoad();
    browser.screenshot(SCREENSHOTS.resolve("4-claimed-again.png"));
    assertThat(browser.text())
        .contains("Tem thật, nhưng đã có người xác nhận")
        .contains("Sản phẩm này đã được xác nhận lúc 10:00 ngày 01/03/2026.");

    browser.open(URI.create(page + "?lang=en"));
    browser.screenshot(SCREENSHOTS.resolve("5-english.png"));
    assertThat(browser.text()).contains("Genuine tag").contains("Claimed at");

    for (String shot : new String[] {"1-genuine", "2-tampered", "3-claimed", "4-claimed-again"}) {
      byte[] png = Files.readAllBytes(SCREENSHOTS.resolve(shot + ".png"));
      assertThat(png).as(shot).startsWith(0x89, 'P', 'N', 'G');
    }
  }
}
