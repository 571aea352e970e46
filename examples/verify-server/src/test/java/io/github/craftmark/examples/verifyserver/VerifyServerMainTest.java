package io.github.craftmark.examples.verifyserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.craftmark.examples.verifyserver.VerifyServerMain.Running;
import io.github.craftmark.examples.verifyserver.VerifyServerMain.Settings;
import io.github.craftmark.provenance.ledger.jdbc.H2Ledgers;
import io.github.craftmark.provenance.tag.IssuedTag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyServerMainTest {
  @TempDir
  Path dataDir;

  private final TestVillage village = new TestVillage();
  private final HttpClient http = HttpClient.newHttpClient();

  /** The data directory as a village would lay it out: roots, trust list, catalogue. */
  private void writeDataDirectory() throws IOException {
    Files.writeString(dataDir.resolve("roots.pem"), village.root.publicKey().toSpkiPem());
    Files.write(dataDir.resolve("trust-list.cbor"), village.trustList);
    try (InputStream catalogue = getClass().getResourceAsStream("/catalogue.json")) {
      Files.copy(catalogue, dataDir.resolve("catalogue.json"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private String page(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void start_fromDataDirectory_verifiesAndKeepsTheLedgerAcrossRestarts() throws Exception {
    writeDataDirectory();
    Settings settings = Settings.parse(
        "--data-dir", dataDir.toString(), "--prefix", "https://battrang.vn/T/", "--port=0");
    IssuedTag tag = village.vaseTag();

    try (Running running = VerifyServerMain.start(settings, TestVillage.CLOCK)) {
      assertThat(page(running.server().pageUri(tag.text())))
          .contains("<h1>Tem thật</h1>")
          .contains("Bình hút lộc men rạn đắp nổi");
    }
    try (Running running = VerifyServerMain.start(settings, TestVillage.CLOCK)) {
      assertThat(page(running.server().pageUri(tag.text())))
          .contains("Tem đã được quét 2 lần trong 30 ngày qua");
    }

    assertThat(dataDir.resolve(H2Ledgers.FILE_NAME + ".mv.db")).exists();
    try (var saved = Files.list(dataDir.resolve("trust-store"))) {
      assertThat(saved.map(p -> p.getFileName().toString()))
          .singleElement()
          .asString()
          .endsWith(".cose");
    }
  }

  @Test
  void start_withPostgresUrl_recordsInPostgres() throws Exception {
    String url = System.getenv("CRAFTMARK_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CRAFTMARK_TEST_POSTGRES_URL is not set: CI must run the PostgreSQL ledger test");
      }
      Assumptions.abort("CRAFTMARK_TEST_POSTGRES_URL is not set (see .ci/postgres-start)");
    }
    writeDataDirectory();
    Settings settings = Settings.parse(
        "--data-dir",
        dataDir.toString(),
        "--prefix",
        "HTTPS://BATTRANG.VN/T/",
        "--port",
        "0",
        "--postgres-url",
        url);
    IssuedTag tag = village.vaseTag();

    try (Running running = VerifyServerMain.start(settings, TestVillage.CLOCK)) {
      assertThat(running.ledger().toString()).contains("PostgreSQL");
      page(running.server().pageUri(tag.text()));
      assertThat(page(running.server().pageUri(tag.text())))
          .contains("Tem đã được quét 2 lần trong 30 ngày qua");
    }
    assertThat(dataDir.resolve(H2Ledgers.FILE_NAME + ".mv.db")).doesNotExist();
  }

  @Test
  void start_whenRootsMissing_namesTheFile() throws Exception {
    writeDataDirectory();
    Files.delete(dataDir.resolve("roots.pem"));
    Settings settings =
        Settings.parse("--data-dir", dataDir.toString(), "--prefix", "HTTPS://BATTRANG.VN/T/");

    assertThatThrownBy(() -> VerifyServerMain.start(settings, TestVillage.CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("roots.pem");
  }

  @Test
  void start_whenTrustListSignedByAnotherRoot_refusesToStart() throws Exception {
    writeDataDirectory();
    Files.writeString(
        dataDir.resolve("roots.pem"), new TestVillage().root.publicKey().toSpkiPem());
    Settings settings =
        Settings.parse("--data-dir", dataDir.toString(), "--prefix", "HTTPS://BATTRANG.VN/T/");

    assertThatThrownBy(() -> VerifyServerMain.start(settings, TestVillage.CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trust-list.cbor was refused");
    assertThat(dataDir.resolve(H2Ledgers.FILE_NAME + ".mv.db")).doesNotExist();
  }

  @Test
  void trustStore_readsEveryRootInRootsPem() throws Exception {
    writeDataDirectory();
    Files.writeString(
        dataDir.resolve("roots.pem"),
        new TestVillage().root.publicKey().toSpkiPem() + "\n"
            + village.root.publicKey().toSpkiPem());

    assertThat(VerifyServerMain.trustStore(dataDir, TestVillage.CLOCK).snapshot())
        .isNotNull();
  }

  @Test
  void parse_readsConfigFileAndOptionsWin() throws Exception {
    Path config = dataDir.resolve("verify-server.properties");
    Files.writeString(
        config,
        "data-dir=/srv/verify\nprefix=HTTPS://BATTRANG.VN/T/\nport=9000\nbind=0.0.0.0\n",
        StandardCharsets.UTF_8);

    Settings settings = Settings.parse("--config", config.toString(), "--port", "9001");

    assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/verify"));
    assertThat(settings.prefix().value()).isEqualTo("HTTPS://BATTRANG.VN/T/");
    assertThat(settings.bind().getPort()).isEqualTo(9001);
    assertThat(settings.bind().getAddress().isAnyLocalAddress()).isTrue();
    assertThat(settings.postgresUrl()).isEmpty();
  }

  @Test
  void parse_defaultsTo127001Port8080() {
    Settings settings = Settings.parse("--data-dir", "d", "--prefix", "HTTPS://BATTRANG.VN/T/");

    assertThat(settings.bind().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(settings.bind().getPort()).isEqualTo(8080);
  }

  @Test
  void parse_whenSettingBad_namesIt() {
    assertThatThrownBy(() -> Settings.parse("--prefix", "HTTPS://BATTRANG.VN/T/"))
        .hasMessageContaining("--data-dir is required");
    assertThatThrownBy(() -> Settings.parse("--data-dir", "d"))
        .hasMessageContaining("--prefix is required");
    assertThatThrownBy(() -> Settings.parse("--data-dir", "d", "--prefix", "http://x/"))
        .hasMessageContaining("--prefix");
    assertThatThrownBy(() ->
            Settings.parse("--data-dir", "d", "--prefix", "HTTPS://B.VN/T/", "--port", "70000"))
        .hasMessageContaining("--port must be 0..65535");
    assertThatThrownBy(() -> Settings.parse("--data-dir", "d", "--colour", "red"))
        .hasMessageContaining("unknown option --colour");
    assertThatThrownBy(() -> Settings.parse("--data-dir"))
        .hasMessageContaining("--data-dir needs a value");
    assertThatThrownBy(() -> Settings.parse(
            "--data-dir", "d", "--prefix", "HTTPS://B.VN/T/", "--postgres-url", "jdbc:h2:mem:x"))
        .hasMessageContaining("must start with jdbc:postgresql:");
  }

  @Test
  void settings_toStringHidesThePostgresUrl() {
    Settings settings = Settings.parse(
        "--data-dir",
        "d",
        "--prefix",
        "HTTPS://B.VN/T/",
        "--postgres-url",
        "jdbc:postgresql://db/ledger?user=u&password=s3cret");

    assertThat(settings.toString()).doesNotContain("s3cret").contains("postgresUrl=set");
  }
}
