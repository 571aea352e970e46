package io.github.craftmark.examples.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WorkshopCliTest {
  private static final String PASSPHRASE = "correct-horse-battery";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private Path authority;
  private Path catalogue;

  record Run(int exitCode, String out, String err) {}

  private Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = WorkshopCli.commandLine(new WorkshopCli(CLOCK, new SecureRandom(), env));
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run run(String... args) {
    return run(Map.of(WorkshopCli.PASSPHRASE_ENV, PASSPHRASE), args);
  }

  @BeforeEach
  void setUp() {
    authority = dir.resolve("auth");
    catalogue = dir.resolve("catalogue.json");
    assertThat(run("sample-catalogue", "--out", catalogue.toString()).exitCode())
        .isZero();
    Run created = run(
        "create-authority",
        "--dir",
        authority.toString(),
        "--id",
        "battrang-association",
        "--name",
        "Hiệp hội Gốm sứ Bát Tràng",
        "--prefix",
        "HTTPS://BATTRANG.VN/T/",
        "--brand",
        "7:gom-bat-trang:Gốm sứ Bát Tràng");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(run(
                "enrol-member",
                "--dir",
                authority.toString(),
                "--producer",
                "hh-bat-trang-001",
                "--brand",
                "7",
                "--valid-from",
                "2025-01-01")
            .exitCode())
        .isZero();
    assertThat(run("publish-trust-list", "--dir", authority.toString()).out())
        .contains("Published trust list 1 with 1 members");
  }

  private Path issue(int count, String folder, String... extra) {
    Path out = dir.resolve(folder);
    List<String> args = new java.util.ArrayList<>(List.of(
        "issue",
        "--dir",
        authority.toString(),
        "--member",
        "hh-bat-trang-001",
        "--catalogue",
        catalogue.toString(),
        "--product",
        "binh-hut-loc-01",
        "--batch",
        "2412",
        "--count",
        Integer.toString(count),
        "--out",
        out.toString()));
    args.addAll(List.of(extra));
    Run issued = run(args.toArray(String[]::new));
    assertThat(issued.exitCode()).as(issued.err()).isZero();
    return out;
  }

  @Test
  void issueThenVerify_genuineTagIsAccepted_andTamperedIsRejected() throws Exception {
    Path batch = issue(3, "batch", "--claim-codes");
    List<String> texts = TagBatch.readTagTexts(batch.resolve(TagBatch.TAGS_FILE));
    assertThat(texts).hasSize(3).allMatch(t -> t.startsWith("HTTPS://BATTRANG.VN/T/1"));
    assertThat(Files.readAllLines(batch.resolve(TagBatch.CLAIM_CODES_FILE))).hasSize(4);

    Run genuine = run("verify", "--dir", authority.toString(), texts.get(0) + "\r\n");
    assertThat(genuine.exitCode()).isZero();
    assertThat(genuine.out()).startsWith("GENUINE: BT-BHL-25, batch 2412").contains("OCOP 4★");

    String text = texts.get(0);
    String tampered = text.substring(0, text.length() - 2)
        + (text.charAt(text.length() - 2) == '0' ? '1' : '0')
        + text.charAt(text.length() - 1);
    Run rejected = run("verify", "--dir", authority.toString(), tampered);
    assertThat(rejected.exitCode()).isEqualTo(1);
    assertThat(rejected.out()).startsWith("REJECTED (");
  }

  @Test
  void verify_fromAPhotoOfTheLabel_isAccepted() throws Exception {
    Path batch = issue(1, "batch");
    Path pdf = dir.resolve("labels.pdf");
    assertThat(run(
                "labels",
                "--dir",
                authority.toString(),
                "--batch",
                batch.toString(),
                "--catalogue",
                catalogue.toString(),
                "--out",
                pdf.toString())
            .exitCode())
        .isZero();
    Path png = dir.resolve("page.png");
    javax.imageio.ImageIO.write(LabelSheetScanTest.render(pdf, 0, 300), "png", png.toFile());
    Run verified = run("verify", "--dir", authority.toString(), png.toString());
    assertThat(verified.exitCode()).as(verified.out()).isZero();
    assertThat(verified.out()).startsWith("GENUINE");
  }

  @Test
  void issue_intoAnExistingFolder_failsAndLeavesItAlone() throws Exception {
    Path existing = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(existing.resolve("keep.txt"), "mine");
    Run run = run(
        "issue",
        "--dir",
        authority.toString(),
        "--member",
        "hh-bat-trang-001",
        "--catalogue",
        catalogue.toString(),
        "--product",
        "binh-hut-loc-01",
        "--batch",
        "1",
        "--count",
        "2",
        "--out",
        existing.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("already exists");
    try (var files = Files.list(existing)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void withoutPassphrase_saysHowToGiveOne() {
    Run run = run(Map.of(), "publish-trust-list", "--dir", authority.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no passphrase: set CRAFTMARK_PASSPHRASE");
  }

  @Test
  void wrongPassphrase_isRefused_andNeverEchoed() throws Exception {
    byte[] before = Files.readAllBytes(authority.resolve(Workspace.TRUST_LIST_FILE));
    Run run = run(
        Map.of(WorkshopCli.PASSPHRASE_ENV, "not-the-passphrase"),
        "publish-trust-list",
        "--dir",
        authority.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("cannot open the authority root key")
        .doesNotContain("not-the-passphrase");
    assertThat(Files.readAllBytes(authority.resolve(Workspace.TRUST_LIST_FILE))).isEqualTo(before);
  }

  @Test
  void passphraseFile_isReadInsteadOfTheEnvironment() throws Exception {
    Path file = dir.resolve("passphrase.txt");
    Files.writeString(file, PASSPHRASE + "\n", StandardCharsets.UTF_8);
    Run run = run(
        Map.of(),
        "publish-trust-list",
        "--dir",
        authority.toString(),
        "--passphrase-file",
        file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Published trust list 2");
  }

  @Test
  void check_sampleCatalogue_hasNoErrors_andBrokenCsvNamesLineAndField() throws Exception {
    Run clean = run("check", catalogue.toString(), "--date", "2026-12-07");
    assertThat(clean.exitCode()).as(clean.out()).isZero();
    assertThat(clean.out()).contains("4 products checked, 0 with errors").contains("TAX_WITHHELD");

    Path csv = dir.resolve("products.csv");
    Files.writeString(
        csv,
        "id,sku,name_vi,category,price,producer\n"
            + "binh-01,BT-1,Bình gốm,ceramics,450.000 ₫,hh-bat-trang-001\n"
            + "binh-02,BT-2,Bình gốm,ceramics,bốn trăm,hh-bat-trang-001\n",
        StandardCharsets.UTF_8);
    Run broken = run("check", csv.toString(), "--producers", catalogue.toString());
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains("products.csv line 3 field price");
  }

  @Test
  void check_unknownProducer_isAnError() throws Exception {
    Path csv = dir.resolve("products.csv");
    Files.writeString(
        csv,
        "id,sku,name_vi,category,price,producer\n"
            + "binh-01,BT-1,Bình gốm,ceramics,450000,hh-khong-co\n",
        StandardCharsets.UTF_8);
    Run run = run("check", csv.toString(), "--producers", catalogue.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("PRODUCER_UNKNOWN");
  }

  @Test
  void enrol_sameMemberTwice_isRefused() {
    Run again = run(
        "enrol-member",
        "--dir",
        authority.toString(),
        "--producer",
        "hh-bat-trang-001",
        "--brand",
        "7");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already enrolled");
  }

  @Test
  void issue_byAMemberNotEnrolled_saysSo() {
    Run run = run(
        "issue",
        "--dir",
        authority.toString(),
        "--member",
        "dn-gom-xanh",
        "--catalogue",
        catalogue.toString(),
        "--product",
        "binh-hut-loc-01",
        "--batch",
        "1",
        "--count",
        "1",
        "--out",
        dir.resolve("b").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("member dn-gom-xanh is not enrolled");
  }
}
