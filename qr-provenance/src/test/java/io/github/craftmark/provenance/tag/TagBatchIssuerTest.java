package io.github.craftmark.provenance.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.craftmark.provenance.key.TagKeyPair;
import io.github.craftmark.provenance.testing.ProvenanceFixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagBatchIssuerTest {
  private static final TagKeyPair KEY = ProvenanceFixtures.ed25519Rfc8032();

  private static TagBatchIssuer batch(SecureRandom random) {
    TagIssuer issuer =
        TagIssuer.builder().signer(KEY).prefix(ProvenanceFixtures.PREFIX).build();
    return TagBatchIssuer.builder().issuer(issuer).random(random).build();
  }

  @Test
  void issue_writesOneTagLineAndOneManifestRowPerItem() throws IOException {
    StringWriter lines = new StringWriter();
    StringWriter csv = new StringWriter();
    TagBatchIssuer.BatchSummary summary =
        batch(new SecureRandom()).issue(ProvenanceFixtures.vase(), 500, lines, csv);

    assertThat(summary).isEqualTo(new TagBatchIssuer.BatchSummary(500, 0));
    String[] texts = lines.toString().split("\n", -1);
    assertThat(texts).hasSize(501);
    assertThat(texts[500]).isEmpty();
    String[] rows = csv.toString().split("\r\n", -1);
    assertThat(rows).hasSize(502);
    assertThat(rows[0]).isEqualTo(TagBatchIssuer.MANIFEST_HEADER);
    assertThat(rows[501]).isEmpty();

    Set<TagSerial> serials = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      UnverifiedTag tag = TagParser.parseWithoutVerifying(texts[i]);
      assertThat(KEY.publicKey().verify(tag.sigStructure(), tag.signature())).isTrue();
      assertThat(tag.claims().withSerial(ProvenanceFixtures.SERIAL))
          .isEqualTo(ProvenanceFixtures.vase());
      serials.add(tag.claims().serial());
      assertThat(rows[i + 1])
          .isEqualTo(tag.claims().serial() + ",BT-VASE-0042,,240,2025-07-01,7,,,," + texts[i]);
    }
    assertThat(serials).hasSize(500);
  }

  @Test
  void issue_whenARandomSerialRepeats_drawsAgain() throws IOException {
    // Serials A, A, B, A, C: the repeats of A are drawn again.
    byte[][] draws = {serial(1), serial(1), serial(2), serial(1), serial(3)};
    SecureRandom scripted = new SecureRandom() {
      private static final long serialVersionUID = 1L;
      private int next;

      @Override
      public void nextBytes(byte[] bytes) {
        System.arraycopy(draws[next++], 0, bytes, 0, bytes.length);
      }
    };
    StringWriter lines = new StringWriter();
    TagBatchIssuer.BatchSummary summary =
        batch(scripted).issue(ProvenanceFixtures.vase(), 3, lines, new StringWriter());
    assertThat(summary).isEqualTo(new TagBatchIssuer.BatchSummary(3, 2));
    List<TagSerial> serials = new ArrayList<>();
    for (String text : lines.toString().split("\n")) {
      serials.add(TagParser.parseWithoutVerifying(text).claims().serial());
    }
    assertThat(serials)
        .containsExactly(TagSerial.of(serial(1)), TagSerial.of(serial(2)), TagSerial.of(serial(3)));
  }

  private static byte[] serial(int last) {
    byte[] bytes = new byte[10];
    bytes[0] = (byte) last; // within the 8 bytes the run's fingerprint looks at
    return bytes;
  }

  @Test
  void issue_writesEveryClaimToTheManifest_quotingWhatNeedsIt() throws IOException {
    TagClaims prototype = ProvenanceFixtures.everyClaim().toBuilder()
        .claimCommitment(null)
        .ocopCertificate("EXAMPLE 12/QĐ, \"A\"")
        .build();
    StringWriter lines = new StringWriter();
    StringWriter csv = new StringWriter();
    batch(new SecureRandom()).issue(prototype, 1, lines, csv);
    String text = lines.toString().strip();
    String serial = TagParser.parseWithoutVerifying(text).claims().serial().toString();
    assertThat(csv.toString().split("\r\n")[1])
        .isEqualTo(serial
            + ",,08934602001122,L-2025-07,2025-07-01,300,4,\"EXAMPLE 12/QĐ, \"\"A\"\"\",ceramics,"
            + text);
  }

  @Test
  void issue_whenArgumentsAreWrong_isRejected() {
    TagBatchIssuer batch = batch(new SecureRandom());
    StringWriter w = new StringWriter();
    assertThatThrownBy(() -> batch.issue(ProvenanceFixtures.everyClaim(), 1, w, w))
        .hasMessageStartingWith(
            "prototype.claimCommitment must be absent: each item needs its own claim code: ");
    assertThatThrownBy(() -> batch.issue(ProvenanceFixtures.vase(), 0, w, w))
        .hasMessage("count must be 1..1000000: 0");
    assertThatThrownBy(() -> batch.issue(ProvenanceFixtures.vase(), 1_000_001, w, w))
        .hasMessage("count must be 1..1000000: 1000001");
    assertThatThrownBy(() -> batch.issue(null, 1, w, w))
        .hasMessage("prototype must not be null: null");
    assertThatThrownBy(() -> batch.issue(ProvenanceFixtures.vase(), 1, null, w))
        .hasMessage("tagLines must not be null: null");
    assertThatThrownBy(() -> batch.issue(ProvenanceFixtures.vase(), 1, w, null))
        .hasMessage("manifest must not be null: null");
    assertThat(w.toString()).isEmpty();
  }

  @Test
  void build_whenASettingIsMissingOrBad_namesIt() {
    TagIssuer issuer =
        TagIssuer.builder().signer(KEY).prefix(ProvenanceFixtures.PREFIX).build();
    assertThatThrownBy(() -> TagBatchIssuer.builder().random(new SecureRandom()).build())
        .hasMessage("issuer must not be null: null");
    assertThatThrownBy(() -> TagBatchIssuer.builder().issuer(issuer).build())
        .hasMessage("random must not be null: null");
    assertThatThrownBy(() -> TagBatchIssuer.builder()
            .issuer(issuer)
            .random(new SecureRandom())
            .serialLength(17)
            .build())
        .hasMessage("serialLength must be 8..16: 17");
  }

  @Test
  void serialLength_setsTheLengthOfEverySerial() throws IOException {
    TagBatchIssuer batch =
        batch(new SecureRandom()).toBuilder().serialLength(16).build();
    StringWriter lines = new StringWriter();
    batch.issue(ProvenanceFixtures.vase(), 3, lines, new StringWriter());
    for (String text : lines.toString().split("\n")) {
      assertThat(TagParser.parseWithoutVerifying(text).claims().serial().length())
          .isEqualTo(16);
    }
  }

  @Test
  void issue_of100000Tags_runsIn64MegabytesOfHeap(@TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(
            java,
            "-Xmx64m",
            "-cp",
            System.getProperty("java.class.path"),
            BatchIssuerMain.class.getName(),
            dir.toString(),
            "100000")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.log").toFile())
        .start();
    boolean finished = process.waitFor(15, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String log = Files.readString(dir.resolve("out.log"));
    assertThat(finished).as("child JVM finished; its output: %s", log).isTrue();
    assertThat(process.exitValue()).as("exit code; output: %s", log).isZero();
    assertThat(log).contains("issued 100000");
    long maxHeap = Long.parseLong(log.substring(log.indexOf("max heap ") + 9).strip());
    assertThat(maxHeap).isLessThanOrEqualTo(64L * 1024 * 1024);

    assertThat(countLines(dir.resolve("tags.txt"))).isEqualTo(100_000);
    assertThat(countLines(dir.resolve("manifest.csv"))).isEqualTo(100_001);
    try (BufferedReader reader = Files.newBufferedReader(dir.resolve("tags.txt"))) {
      String last = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        last = line;
      }
      assertThat(TagParser.parseWithoutVerifying(last).claims().batch()).isEqualTo("240");
    }
  }

  private static long countLines(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return reader.lines().count();
    }
  }

  @Test
  void batchSummary_whenNegative_namesTheField() {
    assertThatThrownBy(() -> new TagBatchIssuer.BatchSummary(-1, 0))
        .hasMessage("count must not be negative: -1");
    assertThatThrownBy(() -> new TagBatchIssuer.BatchSummary(1, -2))
        .hasMessage("serialsRedrawn must not be negative: -2");
  }
}
